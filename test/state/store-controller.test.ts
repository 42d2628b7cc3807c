import { expect, fixture, html } from '@open-wc/testing';
import { ConnectionsProvider } from '../../src/elements/provider/connections-provider.js';
import { defaultMessages } from '../../src/i18n/messages.js';
import { connection, FakeApi } from './fake-api.js';
import type { TestConsumer } from './test-consumer.js';
import { shown } from './test-consumer.js';

ConnectionsProvider.define('connections-provider');

async function mount(api: FakeApi) {
  const provider = await fixture<ConnectionsProvider>(
    html`<connections-provider .api=${api}><test-consumer></test-consumer></connections-provider>`,
  );
  const consumer = provider.querySelector('test-consumer') as TestConsumer;
  await consumer.updateComplete;
  return { provider, consumer, store: provider.store! };
}

describe('StoreController', () => {
  describe('outside a provider', () => {
    it('has no store, the idle state and the default messages', async () => {
      const el = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
      expect(el.store.value).to.equal(undefined);
      expect(el.store.state.list.status).to.equal('idle');
      expect(el.i18n.messages).to.equal(defaultMessages);
      expect(shown(el)).to.equal('idle|Connections');
    });
  });

  describe('inside a provider', () => {
    it('gets the provider store and re-renders when its state changes', async () => {
      const api = new FakeApi();
      const { provider, consumer, store } = await mount(api);
      expect(consumer.store.value).to.equal(provider.store);
      // The consumer saw 'idle' and loaded.
      expect(api.callsOf('listConnections').length).to.equal(1);
      expect(shown(consumer)).to.equal('loading|Connections');
      const before = consumer.renders;
      api.last('listConnections').resolve([connection('a')]);
      await store.loadConnections();
      await consumer.updateComplete;
      expect(shown(consumer)).to.equal('ready|Connections');
      expect(consumer.renders).to.be.greaterThan(before);
    });

    it('unsubscribes on disconnect and stops re-rendering', async () => {
      const api = new FakeApi();
      const { consumer, store } = await mount(api);
      expect(store.subscriberCount).to.equal(1);
      consumer.remove();
      expect(store.subscriberCount).to.equal(0);
      const before = consumer.renders;
      api.last('listConnections').resolve([connection('a')]);
      await store.loadConnections();
      await consumer.updateComplete;
      expect(consumer.renders).to.equal(before);
    });

    it('re-subscribes when the provider provides another store', async () => {
      const api = new FakeApi();
      const { provider, consumer, store: first } = await mount(api);
      const parent = provider.parentNode!;
      provider.remove(); // disposes the first store
      parent.appendChild(provider); // a new store
      await consumer.updateComplete;
      const second = provider.store!;
      expect(second).not.to.equal(first);
      expect(consumer.store.value).to.equal(second);
      expect(first.subscriberCount).to.equal(0);
      expect(second.subscriberCount).to.equal(1);
      const before = consumer.renders;
      api.last('listConnections').resolve([]);
      await second.loadConnections();
      await consumer.updateComplete;
      expect(shown(consumer)).to.equal('ready|Connections');
      expect(consumer.renders).to.be.greaterThan(before);
    });
  });
});

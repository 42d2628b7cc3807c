import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConnectionRequest } from '../../../src/api/types.js';
import { ConnectionsProvider } from '../../../src/elements/provider/connections-provider.js';
import { ConnectionRequests } from '../../../src/elements/requests/connection-requests.js';
import type { ConnectionRequestConnectEvent } from '../../../src/events.js';
import { formatDateTime } from '../../../src/i18n/format.js';
import { registerLocale } from '../../../src/i18n/locale.js';
import { defaultMessages } from '../../../src/i18n/messages.js';
import { parts, text } from '../../helpers/dom.js';
import { FakeApi, settle } from '../../state/fake-api.js';
import { waitUntil } from '../../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
ConnectionRequests.define('connection-requests');

const CANCEL_NOTE = 'Only your agency can cancel a request that asked you to connect an app.';
const LIT_LOGO = '/node_modules/lit/logo.svg';

function req(id: string, overrides: Partial<ConnectionRequest> = {}): ConnectionRequest {
  return {
    id,
    app: { key: 'hubspot', name: 'HubSpot' },
    requestedAt: '2024-01-02T09:30:00.000Z',
    requestedBy: 'Ada Lovelace',
    connectUrl: `https://connect.example.com/r/${id}`,
    ...overrides,
  };
}

const SLACK = req('r1', {
  app: { key: 'slack', name: 'Slack', iconUrl: LIT_LOGO },
  requestedAt: '2024-03-04T15:45:00.000Z',
  requestedBy: 'Grace Hopper',
  connectUrl: 'https://connect.example.com/r/r1?state=a b',
});
const HUBSPOT = req('r2', { requestedBy: null });

interface Mounted {
  el: ConnectionRequests;
  api: FakeApi;
  root: ShadowRoot;
}

/** The panel inside a provider; `answer` settles the requests load (omit it to leave it loading). */
async function mount(
  answer?: ConnectionRequest[] | 'error',
  template = html`<connection-requests></connection-requests>`,
): Promise<Mounted> {
  const api = new FakeApi();
  const provider = await fixture<ConnectionsProvider>(
    html`<connections-provider .api=${api}>${template}</connections-provider>`,
  );
  const el = provider.querySelector('connection-requests') as ConnectionRequests;
  await el.updateComplete;
  if (answer === 'error') api.last('listConnectionRequests').fail('server');
  else if (answer) api.last('listConnectionRequests').resolve(answer);
  await settle();
  await el.updateComplete;
  return { el, api, root: el.shadowRoot! };
}

const within = (node: Element, name: string) =>
  node.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every attribute value of every element in the shadow root. */
function allAttributeValues(root: ShadowRoot): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap((node) =>
    Array.from(node.attributes).map((attribute) => attribute.value),
  );
}

/**
 * Records whether a click reached the document with its default prevented, then prevents it
 * anyway so that no test ever opens a tab. Returns the recorded values and a remover.
 */
function watchClicks(): { seen: boolean[]; stop(): void } {
  const seen: boolean[] = [];
  const listener = (event: Event) => {
    seen.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { seen, stop: () => document.removeEventListener('click', listener) };
}

describe('connection-requests', () => {
  describe('rendering', () => {
    it('labels the section by its heading "Outstanding connection requests"', async () => {
      const { root } = await mount([SLACK]);
      const section = root.querySelector('section')!;
      const heading = parts(root, 'heading')[0];
      expect(section.getAttribute('part')).to.equal('panel');
      expect(heading.tagName).to.equal('H2');
      expect(text(heading)).to.equal('Outstanding connection requests');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    it('takes its heading level from heading-level, and falls back to 2 outside 2–6', async () => {
      const { root, el } = await mount(
        [SLACK],
        html`<connection-requests heading-level="3"></connection-requests>`,
      );
      expect(parts(root, 'heading')[0].tagName).to.equal('H3');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(parts(root, 'heading')[0].tagName).to.equal('H6');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(parts(root, 'heading')[0].tagName).to.equal('H2');
      el.setAttribute('heading-level', 'h4');
      await el.updateComplete;
      expect(parts(root, 'heading')[0].tagName).to.equal('H2');
    });

    it('lists each request: app, who asked, when, and a Connect link', async () => {
      const { root } = await mount([SLACK, HUBSPOT]);
      const items = root.querySelectorAll('ul > li');
      expect(items.length).to.equal(2);
      const [slack, hubspot] = parts(root, 'request');
      expect(slack).to.equal(items[0]);

      expect(text(within(slack, 'app'))).to.equal('Slack');
      expect(text(within(slack, 'requested-by'))).to.equal('Requested by Grace Hopper');
      const time = within(slack, 'requested-at')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-03-04T15:45:00.000Z');
      // No lang on the page: English, whatever the browser's language.
      expect(text(time)).to.equal(formatDateTime('2024-03-04T15:45:00.000Z', 'en'));
      expect(text(time)).to.match(/2024/);
      expect(text(within(slack, 'requested-at'))).to.equal(text(time));

      expect(text(within(hubspot, 'app'))).to.equal('HubSpot');
      const hubspotTime = within(hubspot, 'requested-at')!.querySelector('time')!;
      expect(hubspotTime.getAttribute('datetime')).to.equal('2024-01-02T09:30:00.000Z');
      expect(text(hubspotTime)).not.to.equal('');
    });

    it('shows nothing for who when requestedBy is null, and labels the date "Requested"', async () => {
      const { root } = await mount([HUBSPOT]);
      const item = parts(root, 'request')[0];
      expect(within(item, 'requested-by')).to.equal(null);
      expect(item.textContent).not.to.contain('Requested by');
      const at = within(item, 'requested-at')!;
      expect(text(at)).to.equal(`Requested ${formatDateTime(HUBSPOT.requestedAt, 'en')}`);
    });

    it('shows no date for an invalid requestedAt, and never "Invalid Date"', async () => {
      const { root } = await mount([req('bad', { requestedAt: 'yesterday-ish' })]);
      const item = parts(root, 'request')[0];
      expect(within(item, 'requested-at')).to.equal(null);
      expect(root.querySelector('time')).to.equal(null);
      expect(item.textContent).not.to.contain('Invalid');
      expect(text(within(item, 'requested-by'))).to.equal('Requested by Ada Lovelace');
    });

    it('formats the date in the language of the text: the closest lang once its locale is registered', async () => {
      const { el, root } = await mount(
        [SLACK],
        html`<div lang="de-DE"><connection-requests></connection-requests></div>`,
      );
      const time = root.querySelector('time')!;
      // No German registered: the text is English, and so is the date.
      expect(text(within(parts(root, 'request')[0], 'requested-by'))).to.equal(
        'Requested by Grace Hopper',
      );
      expect(text(time)).to.equal(formatDateTime(SLACK.requestedAt, 'en'));
      expect(text(time)).to.match(/^Mar \d{1,2}, 2024, \d{1,2}:\d{2}\s[AP]M$/);

      registerLocale('de', { ...defaultMessages, requestedBy: (who) => `Angefragt von ${who}` });
      await el.updateComplete;
      expect(text(within(parts(root, 'request')[0], 'requested-by'))).to.equal(
        'Angefragt von Grace Hopper',
      );
      expect(text(time)).to.equal(formatDateTime(SLACK.requestedAt, 'de-DE'));
      expect(text(time)).to.match(/^\d{2}\.03\.2024, \d{2}:\d{2}$/);
    });

    it('links Connect to the normalised connectUrl in a new tab, without opener or referrer', async () => {
      const { root } = await mount([SLACK]);
      const link = parts(root, 'connect-link')[0] as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(link.getAttribute('href')).to.equal('https://connect.example.com/r/r1?state=a%20b');
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(text(link)).to.equal('Connect Slack');
      const hidden = link.querySelector('.visually-hidden')!;
      expect(hidden.textContent).to.equal(' Slack');
      // The visible word comes first, the context after it.
      expect(link.textContent!.indexOf('Connect')).to.equal(0);
    });

    it('resolves a relative connectUrl against the page', async () => {
      const { root } = await mount([req('rel', { connectUrl: '/connect/rel' })]);
      const link = parts(root, 'connect-link')[0];
      expect(link.getAttribute('href')).to.equal(new URL('/connect/rel', document.baseURI).href);
    });

    it('shows the app icon with alt="" when its URL is safe', async () => {
      const { root } = await mount([SLACK]);
      const icon = parts(root, 'icon')[0] as HTMLImageElement;
      expect(icon.tagName).to.equal('IMG');
      expect(icon.getAttribute('alt')).to.equal('');
      expect(icon.getAttribute('src')).to.equal(new URL(LIT_LOGO, document.baseURI).href);
    });

    it('shows a monogram when there is no icon, or when it fails to load', async () => {
      const { root } = await mount([
        HUBSPOT,
        req('broken', { app: { key: 'x', name: 'xero', iconUrl: '/no-such-icon-here.png' } }),
      ]);
      const [hubspot, broken] = parts(root, 'request');
      const monogram = within(hubspot, 'icon')!;
      expect(monogram.tagName).to.equal('SPAN');
      expect(text(monogram)).to.equal('H');
      expect(monogram.getAttribute('aria-hidden')).to.equal('true');
      await waitUntil(() => within(broken, 'icon')!.tagName === 'SPAN', 'icon never fell back');
      expect(text(within(broken, 'icon'))).to.equal('X');
    });

    it('says once that only the agency can cancel a request', async () => {
      const { root } = await mount([SLACK, HUBSPOT]);
      const notes = parts(root, 'note');
      expect(notes.length).to.equal(1);
      expect(text(notes[0])).to.equal(CANCEL_NOTE);
    });

    it('offers no cancel action', async () => {
      const { root } = await mount([SLACK, HUBSPOT]);
      expect(root.querySelectorAll('button').length).to.equal(0);
      const links = Array.from(root.querySelectorAll('a, [role="button"], [role="link"]'));
      expect(links.length).to.equal(2);
      for (const link of links) expect(text(link)).not.to.match(/cancel/i);
    });

    it("renders the host's messages", async () => {
      const api = new FakeApi();
      const provider = await fixture<ConnectionsProvider>(
        html`<connections-provider
          .api=${api}
          .messages=${{ requestsTitle: 'Offene Anfragen', connect: 'Verbinden' }}
          ><connection-requests></connection-requests
        ></connections-provider>`,
      );
      const el = provider.querySelector('connection-requests') as ConnectionRequests;
      await el.updateComplete;
      api.last('listConnectionRequests').resolve([SLACK]);
      await settle();
      await el.updateComplete;
      expect(text(parts(el.shadowRoot!, 'heading')[0])).to.equal('Offene Anfragen');
      expect(text(parts(el.shadowRoot!, 'connect-link')[0])).to.equal('Verbinden Slack');
    });
  });

  describe('visibility', () => {
    /** Takes no space and shows nothing, without ever setting an attribute on itself. */
    function expectNothing(el: ConnectionRequests) {
      const root = el.shadowRoot!;
      expect(root.querySelector('section, [part~="placeholder"]')).to.equal(null);
      expect(root.textContent!.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.hasAttribute('hidden')).to.equal(false);
    }

    it('loads the requests once and shows a placeholder panel while they load for the first time', async () => {
      const { el, api, root } = await mount();
      expect(api.callsOf('listConnectionRequests').length).to.equal(1);
      const placeholder = root.querySelector('[part~="placeholder"]')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(root.querySelector('section')).to.equal(null);
      expect(root.textContent!.trim()).to.equal('');
      // About a one-request panel: the panel arriving moves what is below it little.
      expect(el.getBoundingClientRect().height).to.be.within(80, 160);
      expect(el.hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows nothing and takes no space when there are no requests', async () => {
      const { el, api } = await mount([]);
      expectNothing(el);
      expect(api.callsOf('listConnectionRequests').length).to.equal(1);
    });

    it('shows nothing, with no error block, when the requests failed to load', async () => {
      const { el, root } = await mount('error');
      expectNothing(el);
      expect(root.querySelector('[role="alert"], [role="status"]')).to.equal(null);
    });

    it('keeps its requests while reloading, and shows the new ones after', async () => {
      const { el, root, api } = await mount([SLACK]);
      const provider = el.parentElement as ConnectionsProvider;
      void provider.store!.reloadRequests();
      await el.updateComplete;
      expect(parts(root, 'request').length).to.equal(1);
      expect(root.querySelector('[part~="placeholder"]')).to.equal(null);
      api.last('listConnectionRequests').resolve([]);
      await settle();
      await el.updateComplete;
      expectNothing(el);
    });

    it('shows its placeholder outside a provider (as on a server, before any data)', async () => {
      const el = await fixture<ConnectionRequests>(
        html`<connection-requests></connection-requests>`,
      );
      expect(el.shadowRoot!.querySelector('[part~="placeholder"]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires connection-request-connect with { request } on a plain click, and lets the link open', async () => {
      const { root, el } = await mount([SLACK]);
      const events: ConnectionRequestConnectEvent[] = [];
      el.addEventListener('connection-request-connect', (event) => events.push(event));
      const clicks = watchClicks();
      try {
        parts(root, 'connect-link')[0].click();
      } finally {
        clicks.stop();
      }
      expect(events.length).to.equal(1);
      expect(events[0].detail).to.deep.equal({ request: SLACK });
      expect(events[0].detail.request).to.equal(SLACK);
      expect(events[0].bubbles).to.equal(true);
      expect(events[0].composed).to.equal(true);
      expect(events[0].cancelable).to.equal(true);
      expect(clicks.seen).to.deep.equal([false]);
    });

    it("prevents the click's default when the event is prevented (the host opens it)", async () => {
      const { root } = await mount([SLACK]);
      const onConnect = (event: Event) => event.preventDefault();
      document.addEventListener('connection-request-connect', onConnect);
      const clicks = watchClicks();
      try {
        parts(root, 'connect-link')[0].click();
      } finally {
        clicks.stop();
        document.removeEventListener('connection-request-connect', onConnect);
      }
      expect(clicks.seen).to.deep.equal([true]);
    });

    it('fires on Enter from the keyboard', async () => {
      const { root, el } = await mount([SLACK, HUBSPOT]);
      const seen: string[] = [];
      el.addEventListener('connection-request-connect', (event) => {
        seen.push(event.detail.request.id);
        event.preventDefault();
      });
      const clicks = watchClicks();
      try {
        parts(root, 'connect-link')[1].focus();
        await sendKeys({ press: 'Enter' });
      } finally {
        clicks.stop();
      }
      expect(seen).to.deep.equal(['r2']);
      expect(clicks.seen).to.deep.equal([true]);
    });

    it('fires nothing on a modified click (the user opens it their own way)', async () => {
      const { root, el } = await mount([SLACK]);
      let fired = 0;
      el.addEventListener('connection-request-connect', () => fired++);
      const clicks = watchClicks();
      try {
        parts(root, 'connect-link')[0].dispatchEvent(
          new MouseEvent('click', {
            bubbles: true,
            composed: true,
            cancelable: true,
            ctrlKey: true,
          }),
        );
      } finally {
        clicks.stop();
      }
      expect(fired).to.equal(0);
      expect(clicks.seen).to.deep.equal([false]);
    });
  });

  describe('hostile data', () => {
    const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Evil';

    it('renders an app name with markup as text', async () => {
      const { root } = await mount([
        req('evil', { app: { key: 'e', name: HOSTILE_NAME }, requestedBy: '<b>Mallory</b>' }),
      ]);
      const item = parts(root, 'request')[0];
      expect(text(within(item, 'app'))).to.equal(HOSTILE_NAME);
      expect(text(within(item, 'requested-by'))).to.equal('Requested by <b>Mallory</b>');
      expect(root.querySelector('img[src="x"], b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(text(parts(root, 'connect-link')[0])).to.equal(`Connect ${HOSTILE_NAME}`);
    });

    const UNSAFE = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];

    for (const url of UNSAFE) {
      it(`never places ${JSON.stringify(url)} in the page, and says "Connect link unavailable"`, async () => {
        const { root, el } = await mount([
          req('bad', {
            connectUrl: url,
            app: { key: 'e', name: 'Evil', iconUrl: url },
          }),
        ]);
        for (const value of allAttributeValues(root)) {
          expect(value.toLowerCase().replace(/\s/g, '')).not.to.contain('javascript:');
          expect(value.toLowerCase()).not.to.contain('data:');
          expect(value.toLowerCase()).not.to.contain('vbscript:');
        }
        expect(root.querySelectorAll('a, [href], [src]').length).to.equal(0);
        expect(parts(root, 'connect-link').length).to.equal(0);
        const unavailable = parts(root, 'connect-unavailable');
        expect(unavailable.length).to.equal(1);
        expect(text(unavailable[0])).to.equal('Connect link unavailable');
        expect(text(within(parts(root, 'request')[0], 'icon'))).to.equal('E');

        let fired = 0;
        el.addEventListener('connection-request-connect', () => fired++);
        unavailable[0].click();
        expect(fired).to.equal(0);
      });
    }

    it('keeps the safe requests linked beside an unsafe one', async () => {
      const { root } = await mount([SLACK, req('bad', { connectUrl: 'javascript:alert(1)' })]);
      const [slack, bad] = parts(root, 'request');
      expect(within(slack, 'connect-link')!.getAttribute('href')).to.equal(
        'https://connect.example.com/r/r1?state=a%20b',
      );
      expect(within(bad, 'connect-link')).to.equal(null);
      expect(text(within(bad, 'connect-unavailable'))).to.equal('Connect link unavailable');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean with requests', async () => {
      const { el } = await mount([SLACK, HUBSPOT]);
      await expect(el).to.be.accessible();
    });

    it('is axe-clean with an unavailable Connect link', async () => {
      const { el } = await mount([req('bad', { connectUrl: 'javascript:alert(1)' }), HUBSPOT]);
      await expect(el).to.be.accessible();
    });

    it('is axe-clean when empty after a failure', async () => {
      const { el } = await mount('error');
      await expect(el).to.be.accessible();
    });

    it('gives the Connect link the accessible name "Connect <app>", visible word first', async () => {
      const { root } = await mount([HUBSPOT]);
      const link = parts(root, 'connect-link')[0];
      expect(text(link)).to.equal('Connect HubSpot');
      expect(link.hasAttribute('aria-label')).to.equal(false);
    });
  });
});

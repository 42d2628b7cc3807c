import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultMessages, type Messages } from '../i18n/messages.js';
import { messagesContext, storeContext } from './context.js';
import { initialState, type ConnectionsStore, type StoreState } from './store.js';

export type PortalControllerHost = ReactiveControllerHost & HTMLElement;

/**
 * What an element needs from the provider above it: the store (re-rendering the element whenever
 * the store's state changes) and the messages. `private portal = new PortalController(this)`.
 * Outside a provider `store` is undefined, `state` is the idle initial state and `messages` are
 * the defaults, so an element can render on its own without crashing.
 */
export class PortalController implements ReactiveController {
  private readonly host: PortalControllerHost;
  private readonly storeConsumer: ContextConsumer<typeof storeContext, PortalControllerHost>;
  private readonly messagesConsumer: ContextConsumer<typeof messagesContext, PortalControllerHost>;
  private subscribed?: ConnectionsStore;
  private unsubscribe?: () => void;

  constructor(host: PortalControllerHost) {
    this.host = host;
    host.addController(this);
    // subscribe: true, so a provider that swaps its store (reconnect) reaches us; the consumer
    // calls back on every (re)connection, which is when we subscribe to the store.
    this.storeConsumer = new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => this.attach(store),
    });
    this.messagesConsumer = new ContextConsumer(host, {
      context: messagesContext,
      subscribe: true,
    });
  }

  /** The provider's store; undefined outside a provider. */
  get store(): ConnectionsStore | undefined {
    return this.storeConsumer.value;
  }

  get state(): StoreState {
    return this.storeConsumer.value?.state ?? initialState;
  }

  get messages(): Messages {
    return this.messagesConsumer.value ?? defaultMessages;
  }

  hostDisconnected(): void {
    this.detach();
  }

  private attach(store: ConnectionsStore | undefined): void {
    if (store === this.subscribed && this.unsubscribe) return;
    this.detach();
    if (!store) return;
    this.subscribed = store;
    this.unsubscribe = store.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }
}

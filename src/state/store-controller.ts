import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storeContext } from '../context.js';
import { selectDetail, selectList, type DetailView, type ListView } from './selectors.js';
import type { Shown } from './shown.js';
import type { ConnectionsStore } from './store.js';
import {
  initialState,
  type PendingAction,
  type RequestsState,
  type StoreState,
} from './store-state.js';

export type StoreControllerHost = ReactiveControllerHost & HTMLElement;

/**
 * How an element reads the store of the provider above it: `private store = new StoreController(this)`.
 * It re-renders the element whenever the store's state changes and answers the selectors (`list`,
 * `requests`, `detail(id)`, `pendingAction(id)`), so elements never read the state's raw shape.
 * Outside a provider `value` is undefined and every view is the idle one, so an element can render
 * on its own without crashing.
 */
export class StoreController implements ReactiveController {
  readonly #host: StoreControllerHost; // `#`: the bundle renames it (`host` is too common a word)
  private readonly storeConsumer: ContextConsumer<typeof storeContext, StoreControllerHost>;
  private subscribed?: ConnectionsStore;
  private readonly showsNow?: () => Shown | undefined;
  private unsubscribeStore?: () => void;

  /**
   * @param options.shows what the host shows now (the list, or one connection), asked after each of
   * its updates: live updates read only what is shown.
   */
  constructor(host: StoreControllerHost, options: { shows?: () => Shown | undefined } = {}) {
    this.#host = host;
    this.showsNow = options.shows;
    host.addController(this);
    // subscribe: true, so a provider that swaps its store (reconnect) reaches us; the consumer
    // calls back on every (re)connection, which is when we subscribe to the store.
    this.storeConsumer = new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => this.attachStore(store),
    });
  }

  /** The provider's store, for its actions and loads; undefined outside a provider. */
  get value(): ConnectionsStore | undefined {
    return this.storeConsumer.value;
  }

  /** The raw snapshot, for tests and tools; elements ask the selectors below. */
  get state(): StoreState {
    return this.storeConsumer.value?.state ?? initialState;
  }

  get list(): ListView {
    return selectList(this.state);
  }

  get requests(): RequestsState {
    return this.state.requests;
  }

  detail(id: string): DetailView {
    return selectDetail(this.state, id);
  }

  pendingAction(id: string): PendingAction | undefined {
    return this.state.pending.get(id);
  }

  hostUpdated(): void {
    if (this.showsNow) this.subscribed?.shown.set(this.#host, this.showsNow());
  }

  hostDisconnected(): void {
    this.detachStore();
  }

  private attachStore(store: ConnectionsStore | undefined): void {
    // `subscribed` is set exactly while subscribed: the same store again changes nothing.
    if (store === this.subscribed) return;
    this.detachStore();
    if (!store) return;
    this.subscribed = store;
    this.unsubscribeStore = store.subscribe(() => this.#host.requestUpdate());
    this.#host.requestUpdate();
  }

  private detachStore(): void {
    this.subscribed?.shown.set(this.#host, undefined);
    this.unsubscribeStore?.();
    this.unsubscribeStore = undefined;
    this.subscribed = undefined;
  }
}

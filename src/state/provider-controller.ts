import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withoutCause } from '../api/errors.js';
import { HttpConnectionsApi } from '../api/http-api.js';
import type { ConnectionsApi } from '../api/types.js';
import { emit } from '../events.js';
import { localeOf, warmUpIntl } from '../i18n/format.js';
import { localized, watchLanguage } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { messagesContext, storeContext, toasterContext, type Toaster } from '../context.js';
import { windowClock, type Clock } from '../utils/clock.js';
import { liveModeOf, startLive, type LiveConfig, type LiveSession } from './live-session.js';
import { pollIntervalOf } from './live-updates.js';
import { ConnectionsStore } from './store.js';

/** The configuration attributes and properties shared by `connections-provider` and `connections-portal`. */
export interface ProviderConfig {
  apiBaseUrl?: string | null;
  workspaceId?: string | null;
  getSessionToken?: (() => Promise<string>) | null;
  api?: ConnectionsApi | null;
  messages?: Partial<Messages> | null;
  /** `auto` (default), `poll` or `off`: see `LiveUpdates`. */
  live?: string | null;
  /** Milliseconds between polls while something shown is pending (default 5000, at least 1000). */
  pollInterval?: number | null;
  /** The cross-tab channel; default `portal-connections:{api-base-url}:{workspace-id}`. */
  syncChannel?: string | null;
  /** The time source of live updates (epoch ms); tests pass a manual one. */
  clock?: Clock | null;
}

export type ProviderControllerHost = ReactiveControllerHost & HTMLElement;

/**
 * The providing logic of `connections-provider` and `connections-portal`: builds the api from the
 * host's configuration, owns ONE store, provides it and the messages to the elements inside, and
 * fires `connections-auth-required` on the host.
 *
 * The store lives while the host is connected: it is created on connect and disposed on disconnect
 * (aborting every request), so nothing is left running after the host leaves the page. A change of
 * api, workspace or token function resets it (everything reloads).
 */
export class ProviderController implements ReactiveController {
  readonly #host: ProviderControllerHost; // `#`: the bundle renames it (`host` is too common a word)
  private readonly readConfig: () => ProviderConfig;
  private readonly storeProvider: ContextProvider<typeof storeContext, ProviderControllerHost>;
  private readonly messagesProvider: ContextProvider<
    typeof messagesContext,
    ProviderControllerHost
  >;
  private readonly hostToaster: Toaster;
  private currentStore?: ConnectionsStore;
  private apiKey?: readonly unknown[];
  private liveSession?: LiveSession;
  /** True from an `unauthorized` failure until a request succeeds or the configuration changes. */
  private authEpisode?: boolean;

  /**
   * @param findToaster returns the host's own toast region, which the elements inside reach through
   * `toasterContext`; a proxy is provided so the region may render after the consumers connect.
   */
  constructor(
    host: ProviderControllerHost,
    readConfig: () => ProviderConfig,
    findToaster: () => Toaster | null | undefined = () => undefined,
  ) {
    this.#host = host;
    this.readConfig = readConfig;
    // `?.show?.`: the region's tag may not be upgraded yet (or ever, when a host registers only
    // some elements); a toast then has nowhere to go, which must not break the action.
    this.hostToaster = { show: (options) => findToaster()?.show?.(options) };
    // Added before the context providers, so the store exists when they announce themselves.
    host.addController(this);
    this.storeProvider = new ContextProvider(host, { context: storeContext });
    this.messagesProvider = new ContextProvider(host, {
      context: messagesContext,
      initialValue: readConfig().messages ?? undefined,
    });
    new ContextProvider(host, { context: toasterContext, initialValue: this.hostToaster });
  }

  /** The toaster handed to the elements inside: the host's toast region. */
  get toaster(): Toaster {
    return this.hostToaster;
  }

  /** The store of the current connection of the host; undefined while disconnected. */
  get store(): ConnectionsStore | undefined {
    return this.currentStore;
  }

  /** The host's messages: the language of its closest `lang`, with its `.messages` on top. */
  get messages(): Messages {
    return localized(localeOf(this.#host), this.readConfig().messages).messages;
  }

  hostConnected(): void {
    const config = this.readConfig();
    this.apiKey = keyOf(config);
    this.authEpisode = false;
    const store = new ConnectionsStore(buildApi(config), { clock: config.clock ?? windowClock });
    // Disposing the store drops these listeners.
    store.onError((error) => {
      if (error.kind !== 'unauthorized' || this.authEpisode) return;
      this.authEpisode = true;
      emit(this.#host, 'connections-auth-required', { error: withoutCause(error) });
    });
    store.onSuccess(() => (this.authEpisode = false));
    this.currentStore = store;
    this.storeProvider.setValue(store);
    watchLanguage(this.#host, true);
    warmUpIntl();
    this.hostUpdate();
  }

  /**
   * Runs before every render of the host: picks up configuration changes. A new api, workspace or
   * token function resets the store; live updates start afresh with it, or for a new channel,
   * scope or clock, or when turned on or off; a new mode or interval only reconfigures them.
   */
  hostUpdate(): void {
    const store = this.currentStore;
    if (!store) return;
    const config = this.readConfig();
    // The override only: each element inside lays it over its own `lang`'s language.
    this.messagesProvider.setValue(config.messages ?? undefined);
    const key = keyOf(config);
    const newApi = !this.apiKey!.every((value, i) => Object.is(value, key[i]));
    if (newApi) {
      this.apiKey = key;
      this.authEpisode = false;
      store.reset(buildApi(config));
    }
    const live = liveConfigOf(config);
    const now = this.liveSession?.config;
    // The same api means the same scope (both come from the base URL and the workspace).
    const same =
      !newApi &&
      now &&
      now.channel === live.channel &&
      now.clock === live.clock &&
      (now.live === 'off') === (live.live === 'off');
    if (same) return this.liveSession!.configure(live);
    this.liveSession?.dispose();
    this.liveSession = startLive(store, this.#host, live, this.hostToaster, () => this.messages);
  }

  hostDisconnected(): void {
    watchLanguage(this.#host, false);
    this.liveSession?.dispose();
    this.liveSession = undefined;
    this.currentStore?.dispose();
    this.currentStore = undefined;
    // Consumers that stay connected elsewhere must not keep a dead store.
    this.storeProvider.setValue(undefined);
  }
}

/** What the api is built from: a change of any of these is a new api (and a reset store). */
function keyOf(config: ProviderConfig): readonly unknown[] {
  return [
    config.api ?? null,
    config.apiBaseUrl || null,
    config.workspaceId || null,
    config.getSessionToken ?? null,
  ];
}

function liveConfigOf(config: ProviderConfig): LiveConfig {
  const fromAttributes = !config.api && config.apiBaseUrl && config.workspaceId;
  return {
    live: liveModeOf(config.live),
    pollInterval: pollIntervalOf(config.pollInterval),
    clock: config.clock ?? windowClock,
    channel:
      config.syncChannel ||
      (fromAttributes
        ? `portal-connections:${config.apiBaseUrl}:${config.workspaceId}`
        : undefined),
    scope: `${config.apiBaseUrl ?? ''} ${config.workspaceId ?? ''}`,
  };
}

/** `.api` wins; else an HttpConnectionsApi when both the base URL and the workspace are set. */
function buildApi(config: ProviderConfig): ConnectionsApi | null {
  if (config.api) return config.api;
  if (!config.apiBaseUrl || !config.workspaceId) return null;
  return new HttpConnectionsApi({
    baseUrl: config.apiBaseUrl,
    workspaceId: config.workspaceId,
    getSessionToken: config.getSessionToken || undefined,
  });
}

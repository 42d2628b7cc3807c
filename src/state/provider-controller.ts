import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withoutCause, type ApiError } from '../api/errors.js';
import { HttpConnectionsApi } from '../api/http-api.js';
import type { ConnectionsApi } from '../api/types.js';
import { emit } from '../events.js';
import { localeOf } from '../i18n/format.js';
import { localized, watchLanguage } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { messagesContext, storeContext, toasterContext, type Toaster } from '../context.js';
import { windowClock, type Clock } from '../utils/clock.js';
import { liveModeOf, LiveSession, type LiveConfig } from './live-session.js';
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
  private readonly host: ProviderControllerHost;
  private readonly readConfig: () => ProviderConfig;
  private readonly storeProvider: ContextProvider<typeof storeContext, ProviderControllerHost>;
  private readonly messagesProvider: ContextProvider<
    typeof messagesContext,
    ProviderControllerHost
  >;
  private readonly toasterProvider: ContextProvider<typeof toasterContext, ProviderControllerHost>;
  private currentStore?: ConnectionsStore;
  private apiKey?: readonly unknown[];
  private stopListening?: () => void;
  private live?: LiveSession;
  /** True from an `unauthorized` failure until a request succeeds or the configuration changes. */
  private authEpisode = false;

  /**
   * @param findToaster returns the host's own toast region, which the elements inside reach through
   * `toasterContext`; a proxy is provided so the region may render after the consumers connect.
   */
  constructor(
    host: ProviderControllerHost,
    readConfig: () => ProviderConfig,
    findToaster: () => Toaster | null | undefined = () => undefined,
  ) {
    this.host = host;
    this.readConfig = readConfig;
    // Added before the context providers, so the store exists when they announce themselves.
    host.addController(this);
    this.storeProvider = new ContextProvider(host, { context: storeContext });
    this.messagesProvider = new ContextProvider(host, {
      context: messagesContext,
      initialValue: readConfig().messages ?? undefined,
    });
    this.toasterProvider = new ContextProvider(host, {
      context: toasterContext,
      // `?.show?.`: the region's tag may not be upgraded yet (or ever, when a host registers only
      // some elements); a toast then has nowhere to go, which must not break the action.
      initialValue: { show: (options) => findToaster()?.show?.(options) },
    });
  }

  /** The toaster handed to the elements inside: the host's toast region. */
  get toaster(): Toaster {
    return this.toasterProvider.value as Toaster;
  }

  /** The store of the current connection of the host; undefined while disconnected. */
  get store(): ConnectionsStore | undefined {
    return this.currentStore;
  }

  /** The host's messages: the language of its closest `lang`, with its `.messages` on top. */
  get messages(): Messages {
    return localized(localeOf(this.host), this.readConfig().messages).messages;
  }

  hostConnected(): void {
    const config = this.readConfig();
    this.apiKey = keyOf(config);
    this.authEpisode = false;
    const store = new ConnectionsStore(buildApi(config), { clock: config.clock ?? windowClock });
    const offError = store.onError((error) => this.onStoreError(error));
    const offSuccess = store.onSuccess(() => (this.authEpisode = false));
    this.stopListening = () => {
      offError();
      offSuccess();
    };
    this.currentStore = store;
    this.storeProvider.setValue(store);
    watchLanguage(this.host, true);
    this.syncMessages(config);
    this.startLive(store, config);
  }

  /** Runs before every render of the host: picks up configuration changes. */
  hostUpdate(): void {
    const store = this.currentStore;
    if (!store) return;
    const config = this.readConfig();
    this.syncMessages(config);
    const key = keyOf(config);
    if (sameKey(key, this.apiKey)) {
      this.updateLive(store, config);
      return;
    }
    this.apiKey = key;
    this.authEpisode = false;
    store.reset(buildApi(config));
    this.startLive(store, config);
  }

  hostDisconnected(): void {
    watchLanguage(this.host, false);
    this.live?.dispose();
    this.live = undefined;
    this.stopListening?.();
    this.stopListening = undefined;
    this.currentStore?.dispose();
    this.currentStore = undefined;
    // Consumers that stay connected elsewhere must not keep a dead store.
    this.storeProvider.setValue(undefined);
  }

  /** Live updates for this store and api (a new api, workspace or channel starts them afresh). */
  private startLive(store: ConnectionsStore, config: ProviderConfig): void {
    this.live?.dispose();
    this.live = new LiveSession(
      store,
      this.host,
      liveConfigOf(config),
      () => this.toaster,
      () => this.messages,
    );
  }

  private updateLive(store: ConnectionsStore, config: ProviderConfig): void {
    const next = liveConfigOf(config);
    const current = this.live?.config;
    const same =
      current && (['channel', 'scope', 'clock'] as const).every((k) => current[k] === next[k]);
    if (same && (current.live === 'off') === (next.live === 'off')) this.live!.configure(next);
    else this.startLive(store, config);
  }

  /** The override only: each element inside lays it over its own `lang`'s language. */
  private syncMessages(config: ProviderConfig): void {
    this.messagesProvider.setValue(config.messages ?? undefined);
  }

  private onStoreError(error: ApiError): void {
    if (error.kind !== 'unauthorized' || this.authEpisode) return;
    this.authEpisode = true;
    emit(this.host, 'connections-auth-required', { error: withoutCause(error) });
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

function sameKey(a: readonly unknown[], b: readonly unknown[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
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
    ...(config.getSessionToken ? { getSessionToken: config.getSessionToken } : {}),
  });
}

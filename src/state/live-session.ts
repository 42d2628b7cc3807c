/**
 * The live side of a provider, for one store and one api: live updates (polling, push), the
 * cross-tab channel, and what the host hears of them: `connection-status-changed` once per change
 * that did not come from an action here, with its `source`, and a polite toast when the server
 * changed a status (`poll`, `push`; a change from another tab is not announced: the user made it).
 */
import type { Toaster } from '../context.js';
import { emit } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import { statusText } from '../i18n/status-text.js';
import type { Clock } from '../utils/clock.js';
import { LiveUpdates, type LiveMode } from './live-updates.js';
import type { Write } from './store-state.js';
import type { ChangeSource } from './store-state.js';
import type { ConnectionsStore } from './store.js';
import { TabSync } from './tab-sync.js';

export interface LiveConfig {
  live: LiveMode;
  pollInterval: number;
  clock: Clock;
  /** The cross-tab channel's name; none: no cross-tab sync. */
  channel?: string;
  /** Names the API and workspace in cross-tab messages. */
  scope: string;
}

const LIVE_SOURCES: ReadonlySet<ChangeSource> = new Set(['poll', 'push', 'other-tab']);

/** `live` as the host wrote it: `auto` unless it says `poll` or `off`. */
export function liveModeOf(value: unknown): LiveMode {
  return value === 'poll' || value === 'off' ? value : 'auto';
}

export class LiveSession {
  private readonly updates: LiveUpdates;
  private readonly sync?: TabSync;
  private readonly offWrite: () => void;

  constructor(
    private readonly store: ConnectionsStore,
    private readonly host: HTMLElement,
    readonly config: LiveConfig,
    private readonly toaster: () => Toaster,
    private readonly messages: () => Messages,
  ) {
    this.updates = new LiveUpdates(store, {
      mode: config.live,
      pollInterval: config.pollInterval,
      clock: config.clock,
    });
    if (config.channel && config.live !== 'off' && typeof BroadcastChannel === 'function') {
      this.sync = new TabSync(store, config.channel, config.scope);
    }
    this.offWrite = store.onWrite((write) => this.onWrite(write));
  }

  /** A new mode or interval, same api and channel. */
  configure(config: Pick<LiveConfig, 'live' | 'pollInterval'>): void {
    this.updates.configure({ mode: config.live, pollInterval: config.pollInterval });
  }

  dispose(): void {
    this.offWrite();
    this.updates.dispose();
    this.sync?.close();
  }

  private onWrite({ connection, previous, source }: Write): void {
    if (!LIVE_SOURCES.has(source as ChangeSource) || !previous) return;
    if (previous.status === connection.status) return;
    // An action of this tab is running on it: this is the action's own effect, arriving first by
    // push or poll. The action reports it (source 'action'), once.
    if (this.store.state.pending.has(connection.id)) return;
    const changeSource = source as ChangeSource;
    emit(this.host, 'connection-status-changed', {
      connection,
      previousStatus: previous.status,
      source: changeSource,
    });
    if (changeSource === 'other-tab') return;
    const messages = this.messages();
    const word = statusText(connection.status, messages).word;
    this.toaster().show({
      variant: 'success',
      title: messages.statusChanged(connection.app.name, word),
    });
  }
}

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
import { liveUpdates, type LiveMode } from './live-updates.js';
import type { ConnectionsStore } from './store.js';
import type { Write } from './store-state.js';
import { syncTabs } from './tab-sync.js';

export interface LiveConfig {
  live: LiveMode;
  pollInterval: number;
  clock: Clock;
  /** The cross-tab channel's name; none: no cross-tab sync. */
  channel?: string;
  /** Names the API and workspace in cross-tab messages. */
  scope: string;
}

export interface LiveSession {
  readonly config: LiveConfig;
  /** A new mode or interval, same api and channel. */
  configure(config: LiveConfig): void;
  dispose(): void;
}

/** `live` as the host wrote it: `auto` unless it says `poll` or `off`. */
export function liveModeOf(value: unknown): LiveMode {
  return value === 'poll' || value === 'off' ? value : 'auto';
}

export function startLive(
  store: ConnectionsStore,
  host: HTMLElement,
  config: LiveConfig,
  toaster: Toaster,
  messages: () => Messages,
): LiveSession {
  const updates = liveUpdates(store, config);
  const stopSync =
    config.channel && config.live !== 'off' && typeof BroadcastChannel === 'function'
      ? syncTabs(store, config.channel, config.scope)
      : undefined;
  const offWrite = store.onWrite((writes) => writes.forEach(announce));
  function announce({ connection, previous, source }: Write): void {
    if (source === 'read' || source === 'action' || previous?.status === connection.status) return;
    // An action of this tab is running on it: this is the action's own effect, arriving first by
    // push or poll. The action reports it (source 'action'), once.
    if (!previous || store.state.pending.has(connection.id)) return;
    emit(host, 'connection-status-changed', {
      connection,
      previousStatus: previous.status,
      source,
    });
    if (source === 'other-tab') return;
    const words = messages();
    toaster.show({
      variant: 'success',
      title: words.statusChanged(connection.app.name, statusText(connection.status, words).word),
    });
  }
  return {
    config,
    configure: updates.configure,
    dispose() {
      offWrite();
      updates.dispose();
      stopSync?.();
    },
  };
}

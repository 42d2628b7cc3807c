/**
 * Every tab agrees: results this store writes from an action or a live read are posted on a
 * `BroadcastChannel`, and results posted by other tabs of the same API and workspace are applied
 * here without a request. A message is `{ scope, at, connection }`: connection data only, never a
 * token. A tab ignores another scope, applies a message only when it is newer than its own last
 * write of that connection, and never posts again what it received.
 */
import type { Connection } from '../api/types.js';
import { parseConnection } from '../api/validate.js';
import type { ConnectionsStore } from './store.js';

export interface TabMessage {
  /** The API and workspace the message is about. */
  scope: string;
  /** Epoch ms at which the read or action that brought `connection` started. */
  at: number;
  connection: Connection;
}

/** Syncs `store` with the other tabs on channel `name`; returns the function that stops it. */
export function syncTabs(store: ConnectionsStore, name: string, scope: string): () => void {
  const channel = new BroadcastChannel(name);
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    // A message of our scope with a valid connection (another tab may run an older version).
    const message = data as Partial<TabMessage> | null | undefined;
    if (message?.scope !== scope || !Number.isFinite(message.at)) return;
    let connection: Connection;
    try {
      connection = parseConnection(message.connection);
    } catch {
      return;
    }
    store.applyFromOtherTab(connection, message.at!);
  };
  const offWrite = store.onWrite((writes) => {
    for (const { source, at, connection } of writes) {
      // Only what this tab learnt from the server itself is posted.
      if (source !== 'read' && source !== 'other-tab') {
        channel.postMessage({ scope, at, connection } satisfies TabMessage);
      }
    }
  });
  return () => {
    offWrite();
    channel.onmessage = null;
    channel.close();
  };
}

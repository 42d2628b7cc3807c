/**
 * Every tab agrees: results this store writes from an action or a live read are posted on a
 * `BroadcastChannel`, and results posted by other tabs of the same API and workspace are applied
 * here without a request. A message is `{ scope, at, connection }`: connection data only, never a
 * token. A tab ignores another scope, applies a message only when it is newer than its own last
 * write of that connection, and never posts again what it received.
 */
import type { Connection } from '../api/types.js';
import { parseConnection } from '../api/validate.js';
import type { Write } from './store-state.js';
import type { ConnectionsStore } from './store.js';

export interface TabMessage {
  /** The API and workspace the message is about. */
  scope: string;
  /** Epoch ms at which the read or action that brought `connection` started. */
  at: number;
  connection: Connection;
}

/** Only what this tab learnt from the server itself is posted. */
const POSTED: ReadonlySet<Write['source']> = new Set(['action', 'poll', 'push']);

export class TabSync {
  private readonly channel: BroadcastChannel;
  private readonly offWrite: () => void;

  constructor(
    store: ConnectionsStore,
    name: string,
    private readonly scope: string,
  ) {
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = this.read(event.data);
      if (message) store.applyFromOtherTab(message.connection, message.at);
    };
    this.offWrite = store.onWrite((write) => {
      if (!POSTED.has(write.source)) return;
      const message: TabMessage = { scope, at: write.at, connection: write.connection };
      this.channel.postMessage(message);
    });
  }

  close(): void {
    this.offWrite();
    this.channel.onmessage = null;
    this.channel.close();
  }

  /** A message of our scope with a valid connection, else undefined (another tab may be older). */
  private read(data: unknown): TabMessage | undefined {
    if (typeof data !== 'object' || data === null) return undefined;
    const { scope, at, connection } = data as Record<string, unknown>;
    if (scope !== this.scope || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
    try {
      return { scope, at, connection: parseConnection(connection) };
    } catch {
      return undefined;
    }
  }
}

/**
 * The store's write rules, written once. A read takes a stamp when it STARTS (`seq`, and `at` in
 * epoch ms) and writes a connection only if it started after that connection's last write; `at`
 * never goes back. Each write is kept until the state that holds it is set, then the store tells
 * its `onWrite` listeners all of them in one call.
 */
import type { Connection } from '../api/types.js';
import type { Stamp } from './latest-request.js';
import type { Write, WriteSource } from './store-state.js';

export class WriteLog {
  private readonly stamps = new Map<string, Stamp>(); // each connection's last write
  private unannounced: Write[] = [];

  /** When the read or action behind the last write of `id` started (epoch ms), if it was written. */
  lastAt(id: string): number | undefined {
    return this.stamps.get(id)?.at;
  }

  /**
   * `connections` (the state's) with `incoming` written in, each only if the read that brought it
   * started after that connection's last write; each write is kept for `take()`.
   */
  write(
    connections: ReadonlyMap<string, Connection>,
    incoming: readonly Connection[],
    stamp: Stamp,
    source: WriteSource,
  ): Map<string, Connection> {
    const map = new Map(connections);
    for (const connection of incoming) {
      const last = this.stamps.get(connection.id);
      if (last && stamp.seq <= last.seq) continue;
      // An older action's result still records the newest read it beat. Mostly `at` is the read's
      // own, and so is its stamp: one object for a list, not one a row.
      const at = Math.max(stamp.at, last?.at ?? 0);
      this.stamps.set(connection.id, at === stamp.at ? stamp : { seq: stamp.seq, at });
      const previous = map.get(connection.id);
      map.set(connection.id, connection);
      this.unannounced.push({ connection, previous, at: stamp.at, source });
    }
    return map;
  }

  /** The writes since the last call, to be told now that the state holds them. */
  take(): Write[] {
    const writes = this.unannounced;
    this.unannounced = [];
    return writes;
  }

  /** Forgets every write: a reset of the store. */
  clear(): void {
    this.stamps.clear();
    this.unannounced = [];
  }
}

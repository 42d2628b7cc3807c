/**
 * What the live-update tests share: an api over a map the test changes as the server would, which
 * counts every call, and a way to hide and show the page.
 */
import { ApiError } from '../../src/api/errors.js';
import type { Connection, ConnectionRequest, ConnectionsApi } from '../../src/api/types.js';
import { connection } from '../state/fake-api.js';

export class ScriptedApi implements ConnectionsApi {
  readonly calls: string[] = [];
  private readonly data = new Map<string, Connection>();
  /** Method names that fail (with their ApiError kind) until cleared. */
  failing: Partial<Record<string, ApiError['kind']>> = {};

  constructor(connections: Connection[]) {
    for (const c of connections) this.data.set(c.id, c);
  }

  /** Changes a connection as the provider would (setup finished, token expired). */
  change(id: string, patch: Partial<Connection>): Connection {
    const next = { ...this.data.get(id)!, ...patch };
    this.data.set(id, next);
    return next;
  }

  count(prefix: string): number {
    return this.calls.filter((call) => call.startsWith(prefix)).length;
  }

  async listConnections(): Promise<Connection[]> {
    return this.answer('list', () => [...this.data.values()].map((c) => ({ ...c })));
  }
  async getConnection(id: string): Promise<Connection> {
    return this.answer(`get:${id}`, () => ({ ...this.data.get(id)! }));
  }
  async refreshConnection(id: string): Promise<Connection> {
    return this.answer(`refresh:${id}`, () => this.change(id, { status: 'active' }));
  }
  async revokeConnection(id: string): Promise<Connection> {
    return this.answer(`revoke:${id}`, () =>
      this.change(id, { status: 'revoked', refreshable: false }),
    );
  }
  async listConnectionRequests(): Promise<ConnectionRequest[]> {
    return this.answer('requests', () => []);
  }

  private async answer<T>(call: string, value: () => T): Promise<T> {
    this.calls.push(call);
    await Promise.resolve();
    const method = call.split(':')[0];
    const kind = this.failing[method];
    if (kind) throw new ApiError(kind, `scripted ${kind}`);
    return value();
  }
}

/** `count` connections, every one active except those named pending. */
export function connections(count: number, pending: string[] = []): Connection[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `c${i}`;
    return connection(id, {
      app: { key: `app${i}`, name: `App ${i}` },
      status: pending.includes(id) ? 'pending' : 'active',
    });
  });
}

/** Drives `document.visibilityState` and fires `visibilitychange`; `restore()` undoes it. */
export const page = {
  hide(): void {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  },
  show(): void {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => 'visible',
    });
    document.dispatchEvent(new Event('visibilitychange'));
  },
  restore(): void {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  },
};

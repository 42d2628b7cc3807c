/**
 * Leak probes for mount/unmount tests: counts the listeners on `window` and `document`, the
 * timeouts still pending and the BroadcastChannels still open, by patching the browser's functions
 * while a probe is open.
 */
import { MemoryConnectionsApi } from '../../src/api/memory-api.js';
import { createSeed } from '../../demo/server/seed.js';

type Key = string;

export interface LeakProbe {
  /** Listeners added since the probe opened and not removed (directly, by `once`, or by a signal). */
  listeners(): string[];
  /** Timeouts set since the probe opened that have neither run nor been cleared. */
  pendingTimers(): number;
  /** BroadcastChannels opened since the probe opened and not closed. */
  openChannels(): number;
  /** Puts the original functions back. */
  close(): void;
}

export function openLeakProbe(): LeakProbe {
  const live = new Map<Key, string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => {
    if (!ids.has(value)) ids.set(value, ++nextId);
    return ids.get(value)!;
  };
  const restore: Array<() => void> = [];

  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    // Patched on the object itself, so only calls on window/document are counted.
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      return `${name}:${type}:${idOf(listener as object)}:${capture}`;
    };
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (listener) {
        const key = keyOf(type, listener, options);
        const signal = typeof options === 'object' ? options.signal : undefined;
        if (!signal?.aborted) {
          live.set(key, `${name} ${type}`);
          signal?.addEventListener('abort', () => live.delete(key), { once: true });
          if (typeof options === 'object' && options.once) {
            // Removed by the browser after it runs once.
            add.call(this, type, () => live.delete(key), { once: true, capture: options.capture });
          }
        }
      }
      if (listener) add.call(this, type, listener, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      if (listener) live.delete(keyOf(type, listener, options));
      if (listener) remove.call(this, type, listener, options);
    } as typeof target.removeEventListener;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }

  const pending = new Set<number>();
  const setTimeoutOriginal = window.setTimeout;
  const clearTimeoutOriginal = window.clearTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setTimeoutOriginal(
      (...inner: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clearTimeoutOriginal(id);
  }) as typeof window.clearTimeout;
  restore.push(() => {
    window.setTimeout = setTimeoutOriginal;
    window.clearTimeout = clearTimeoutOriginal;
  });

  const channels = new Set<BroadcastChannel>();
  const OriginalChannel = window.BroadcastChannel;
  window.BroadcastChannel = class extends OriginalChannel {
    constructor(name: string) {
      super(name);
      channels.add(this);
    }
    override close(): void {
      channels.delete(this);
      super.close();
    }
  };
  restore.push(() => {
    window.BroadcastChannel = OriginalChannel;
  });

  return {
    listeners: () => [...live.values()],
    pendingTimers: () => pending.size,
    openChannels: () => channels.size,
    close: () => restore.forEach((undo) => undo()),
  };
}

/** A memory API that records each call's signal and whether it settled: for in-flight checks. */
export class TrackingApi extends MemoryConnectionsApi {
  readonly calls: { signal?: AbortSignal; settled: boolean }[] = [];

  constructor(latencyMs: number) {
    const { connections, requests } = createSeed().acme;
    super({ connections, requests, latencyMs });
    for (const method of [
      'listConnections',
      'getConnection',
      'refreshConnection',
      'revokeConnection',
      'listConnectionRequests',
    ] as const) {
      const original = this[method].bind(this) as (...args: unknown[]) => Promise<unknown>;
      (this as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const options = args[args.length - 1] as { signal?: AbortSignal } | undefined;
        const call = { signal: options?.signal, settled: false };
        this.calls.push(call);
        return original(...args).finally(() => (call.settled = true));
      };
    }
  }

  /** Calls neither answered nor aborted. */
  inFlight(): number {
    return this.calls.filter((c) => !c.settled && !c.signal?.aborted).length;
  }
}

import { Listeners } from './listeners.js';

/** What one element shows: the list, or one connection. Live updates read what is shown. */
export type Shown = { list: true } | { id: string };

/**
 * Which elements show what, so live updates read only what someone sees. Each element registers
 * itself (through `StoreController`'s `shows` option) and is forgotten when it leaves the page.
 * Rows scrolled out of a windowed table count: the list is shown as a whole.
 */
export class ShownRegistry {
  private readonly owners = new Map<object, Shown>();
  private readonly changes = new Listeners();

  /** True when some element shows the list. */
  get list(): boolean {
    return [...this.owners.values()].some((shown) => 'list' in shown);
  }

  /** The connections shown one by one (in a detail). */
  get ids(): ReadonlySet<string> {
    const ids = new Set<string>();
    for (const shown of this.owners.values()) if ('id' in shown) ids.add(shown.id);
    return ids;
  }

  get any(): boolean {
    return this.owners.size > 0;
  }

  /** What `owner` shows now; `undefined` when it shows nothing (or left the page). */
  set(owner: object, shown: Shown | undefined): void {
    const before = this.owners.get(owner);
    if (same(before, shown)) return;
    if (shown) this.owners.set(owner, shown);
    else this.owners.delete(owner);
    this.changes.call();
  }

  onChange(listener: () => void): () => void {
    return this.changes.listen(listener);
  }
}

function same(a: Shown | undefined, b: Shown | undefined): boolean {
  if (!a || !b) return a === b;
  return 'list' in a ? 'list' in b : 'id' in b && a.id === b.id;
}

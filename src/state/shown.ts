import { Listeners } from './listeners.js';

/** What one element shows: the list, or one connection. Live updates read what is shown. */
export type Shown = { list: true } | { id: string };

/**
 * Which elements show what, so live updates read only what someone sees. Each element registers
 * itself (through `StoreController`'s `shows` option) and is forgotten when it leaves the page.
 * Rows scrolled out of a windowed table count: the list is shown as a whole.
 */
export class ShownRegistry {
  /** By owner: `true` for the list, else the id of the connection it shows. */
  private readonly owners = new Map<object, string | true>();
  private readonly changes = new Listeners();

  /** True when some element shows the list. */
  get list(): boolean {
    return [...this.owners.values()].includes(true);
  }

  /** The connections shown one by one (in a detail). */
  get ids(): ReadonlySet<string> {
    return new Set([...this.owners.values()].filter((value) => value !== true) as string[]);
  }

  get any(): boolean {
    return this.owners.size > 0;
  }

  /** What `owner` shows now; `undefined` when it shows nothing (or left the page). */
  set(owner: object, shown: Shown | undefined): void {
    const value = shown && ('id' in shown ? shown.id : true);
    if (this.owners.get(owner) === value) return;
    if (value === undefined) this.owners.delete(owner);
    else this.owners.set(owner, value);
    this.changes.call();
  }

  onChange(listener: () => void): () => void {
    return this.changes.listen(listener);
  }
}

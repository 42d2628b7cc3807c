/** A set of listeners of one kind, called in the order they were added. */
export class Listeners<A extends unknown[] = []> extends Set<(...args: A) => void> {
  private isClosed?: boolean;

  /** Adds `listener` (none once closed); returns the function that removes it. */
  listen(listener: (...args: A) => void): () => void {
    if (this.isClosed) return () => {};
    this.add(listener);
    return () => this.delete(listener);
  }

  /** Calls every listener; one added or removed meanwhile does not change this round. */
  call(...args: A): void {
    for (const listener of [...this]) listener(...args);
  }

  /** Forgets every listener and takes no more. */
  close(): void {
    this.isClosed = true;
    this.clear();
  }
}

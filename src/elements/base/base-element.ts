import { LitElement } from 'lit';
import { withoutCause, type ApiError } from '../../api/errors.js';
import { emit, type PortalEventDetails, type PortalEventName } from '../../events.js';
import { hostStyles } from '../../styles/shared.styles.js';

/** Load failures already reported (see `reportLoadFailure`); a failure is one error object. */
const reportedFailures = new WeakSet<ApiError>();

/**
 * The base of every element: shared host styles, a typed `emit()`, and a `define()` that is safe to
 * call twice. Element classes never register themselves; `src/define.ts` does.
 */
export class BaseElement extends LitElement {
  static override styles = [hostStyles];

  /**
   * Registers this class under `tag` unless that name is taken already (a second copy, a re-import).
   * A class registered already under another name (the define entry took the default tag) is
   * registered through a subclass, since the registry takes each constructor once. A bad tag name
   * throws.
   */
  static define(tag: string): void {
    // Accessors on the prototype even when another copy holds the tag (@lit/react reads them).
    this.finalize();
    if (customElements.get(tag)) return;
    try {
      customElements.define(tag, this);
    } catch (error) {
      // NotSupportedError: this constructor has a name already. (A bad tag name still throws.)
      if (!(error instanceof DOMException) || error.name !== 'NotSupportedError') throw error;
      customElements.define(tag, class extends this {});
    }
  }

  /**
   * The one rule for load failures: each is reported once, by the first element that shows it, with
   * `connections-load-failed`. Re-rendering, or another element showing the same failure later (the
   * table again after the user came back from a detail), does not report it again.
   */
  protected reportLoadFailure(error: ApiError | undefined): void {
    if (!error || reportedFailures.has(error)) return;
    reportedFailures.add(error);
    this.emit('connections-load-failed', { error: withoutCause(error) });
  }

  /** Fires a portal event from this element; false when a listener prevented a cancelable one. */
  protected emit<K extends PortalEventName>(name: K, detail: PortalEventDetails[K]): boolean {
    return emit(this, name, detail);
  }
}

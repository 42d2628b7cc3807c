import { LitElement } from 'lit';
import { emit, type PortalEventDetails, type PortalEventName } from '../../events.js';
import { hostStyles } from '../../styles/shared.styles.js';

/**
 * The base of every element: shared host styles, a typed `emit()`, and a `define()` that is safe to
 * call twice. Element classes never register themselves; `src/define.ts` does.
 */
export class PortalElement extends LitElement {
  static override styles = [hostStyles];

  /** Registers this class under `tag` unless that name is taken already (a second copy, a re-import). */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** Fires a portal event from this element; false when a listener prevented a cancelable one. */
  protected emit<K extends PortalEventName>(name: K, detail: PortalEventDetails[K]): boolean {
    return emit(this, name, detail);
  }
}

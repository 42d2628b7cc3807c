import { LitElement } from 'lit';
import { emit, type PortalEventDetails, type PortalEventName } from '../../events.js';
import { hostStyles } from '../../styles/shared.styles.js';

/**
 * The base of every element: shared host styles, a typed `emit()`, and a `define()` that is safe to
 * call twice. Element classes never register themselves; `src/define.ts` does.
 */
export class PortalElement extends LitElement {
  static override styles = [hostStyles];

  /**
   * Registers this class under `tag` unless that name is taken already (a second copy, a re-import).
   * A class registered already under another name (the define entry took the default tag) is
   * registered through a subclass, since the registry takes each constructor once.
   */
  static define(tag: string): void {
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
   * An `emit` for the end of an action that may outlive this element (the user went back while a
   * refresh or revoke was in flight, and the provider carries on): it fires from this element while
   * it is on the page, else from its closest ancestor (through shadow roots, as they were when the
   * action started) that still is, so the host's listeners hear the result.
   */
  protected emitterForAction(): <K extends PortalEventName>(
    name: K,
    detail: PortalEventDetails[K],
  ) => boolean {
    const chain: Element[] = [this];
    for (let node: Node | null = this.parentNode; node;) {
      if (node instanceof Element) chain.push(node);
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return (name, detail) =>
      emit(chain.find((element) => element.isConnected) ?? this, name, detail);
  }

  /** Fires a portal event from this element; false when a listener prevented a cancelable one. */
  protected emit<K extends PortalEventName>(name: K, detail: PortalEventDetails[K]): boolean {
    return emit(this, name, detail);
  }
}

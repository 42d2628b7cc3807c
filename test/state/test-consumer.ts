import { html, LitElement, type TemplateResult } from 'lit';
import { PortalController } from '../../src/state/portal-controller.js';

/**
 * A minimal element that reads the store the way the real elements will: it renders the list's
 * status and a message, counts its renders, and loads the list whenever it sees it `idle`.
 */
export class TestConsumer extends LitElement {
  portal = new PortalController(this);
  renders = 0;

  override updated(): void {
    const { store } = this.portal;
    if (store && this.portal.state.list.status === 'idle') void store.loadConnections();
  }

  override render(): TemplateResult {
    this.renders++;
    return html`<p>${this.portal.state.list.status}|${this.portal.messages.pageTitle}</p>`;
  }
}

if (!customElements.get('test-consumer')) customElements.define('test-consumer', TestConsumer);

/** The text the consumer rendered. */
export function shown(el: TestConsumer): string {
  return el.shadowRoot!.querySelector('p')!.textContent!;
}

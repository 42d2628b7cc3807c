import { html, LitElement, type TemplateResult } from 'lit';
import { MessagesController } from '../../src/i18n/messages-controller.js';
import { StoreController } from '../../src/state/store-controller.js';

/**
 * A minimal element that reads the store the way the real elements do: it renders the list's
 * status and a message, counts its renders, and loads the list whenever it sees it `idle`.
 */
export class TestConsumer extends LitElement {
  store = new StoreController(this);
  i18n = new MessagesController(this);
  renders = 0;

  override willUpdate(): void {
    if (this.store.list.status === 'idle') void this.store.value?.loadConnections();
  }

  override render(): TemplateResult {
    this.renders++;
    return html`<p>${this.store.list.status}|${this.i18n.messages.pageTitle}</p>`;
  }
}

if (!customElements.get('test-consumer')) customElements.define('test-consumer', TestConsumer);

/** The text the consumer rendered. */
export function shown(el: TestConsumer): string {
  return el.shadowRoot!.querySelector('p')!.textContent!;
}

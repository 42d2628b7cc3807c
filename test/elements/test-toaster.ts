import { ContextProvider } from '@lit/context';
import { html, LitElement, type TemplateResult } from 'lit';
import { toasterContext, type Toaster, type ToastOptions } from '../../src/context.js';

/**
 * Provides the toaster context to everything inside it and records what it was asked to show, so a
 * test reads the exact toast an element asked for.
 */
export class TestToaster extends LitElement implements Toaster {
  readonly calls: ToastOptions[] = [];
  private provider = new ContextProvider(this, { context: toasterContext, initialValue: this });

  show(options: ToastOptions): void {
    this.calls.push(options);
  }

  override render(): TemplateResult {
    void this.provider;
    return html`<slot></slot>`;
  }
}

if (!customElements.get('test-toaster')) customElements.define('test-toaster', TestToaster);

import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { normalizeStatus, statusText } from '../../i18n/status-text.js';

/**
 * The status word in its pill, with a shape per status so colour is never the only cue. Any value
 * this version does not know shows as a neutral "unknown". Style it with `statusMarkStyles`.
 */
export function renderStatusMark(status: unknown, messages: Messages): TemplateResult {
  const known = normalizeStatus(status);
  return html`<span part="badge" class="badge badge--${known}"
    ><span class="shape" aria-hidden="true"></span>${statusText(known, messages).word}</span
  >`;
}

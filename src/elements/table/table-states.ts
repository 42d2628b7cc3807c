/**
 * What `connections-table` shows instead of rows, or above them: no connections yet, no match for
 * the search, and a failed load with Retry. Each takes its words and its handler; the element keeps
 * the state.
 */
import { html, type TemplateResult } from 'lit';
import type { ApiError } from '../../api/errors.js';
import { errorText } from '../../i18n/error-text.js';
import type { Messages } from '../../i18n/messages.js';

/** "No connections yet" and the help page's note. */
export function renderEmpty(m: Messages): TemplateResult {
  return html`<div part="empty" class="empty">
    <p class="empty-title">${m.emptyTitle}</p>
    <p class="empty-note">${m.emptyNote}</p>
  </div>`;
}

/** "No connections match "…"." with "Clear search". */
export function renderNoMatch(m: Messages, query: string, onClear: () => void): TemplateResult {
  return html`<div part="no-match" class="empty">
    <p class="empty-title">${m.searchNoMatch(query.trim())}</p>
    <button part="clear-search" class="button" type="button" @click=${onClear}>
      ${m.searchClear}
    </button>
  </div>`;
}

/** Why the list could not be loaded, with Retry. */
export function renderError(
  m: Messages,
  error: ApiError | undefined,
  onRetry: () => void,
): TemplateResult {
  return html`<div part="error" class="error">
    <p>${m.listLoadFailed} ${errorText(error, m)}</p>
    <button part="retry" class="button" type="button" @click=${onRetry}>${m.retry}</button>
  </div>`;
}

/**
 * The pieces of `connections-table` that only draw: the header row (sortable above the search
 * threshold), the skeleton rows, the spacer rows of the window, the search field with its count,
 * and what shows instead of rows or above them (no connections yet, no match, a failed load). Each
 * takes its words and its handlers; the element keeps the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError } from '../../api/errors.js';
import { errorText } from '../../i18n/error-text.js';
import type { Messages } from '../../i18n/messages.js';
import type { Sort, SortKey } from './table-view.js';

/** A column header; with `onSort`, a button that sorts by `key`. */
function header(
  label: string,
  key?: SortKey,
  onSort?: (key: SortKey) => void,
  sort?: Sort,
): TemplateResult {
  const direction = onSort && sort?.key === key ? sort?.direction : undefined;
  const inner =
    onSort && key
      ? html`<button part="sort-button" class="sort" type="button" @click=${() => onSort(key)}>
          ${label}<span
            class="sort-mark sort-mark--${direction ?? 'none'}"
            aria-hidden="true"
          ></span>
        </button>`
      : label;
  return html`<th role="columnheader" scope="col" aria-sort=${ifDefined(direction)}>${inner}</th>`;
}

/**
 * The column widths and the header row (row 1 of `aria-rowcount`); the App, Label and Status
 * headers sort when there is an `onSort`.
 */
export function renderHead(
  m: Messages,
  onSort: ((key: SortKey) => void) | undefined,
  sort: Sort | undefined,
): TemplateResult {
  return html`<colgroup>
      <col class="col-app" />
      <col class="col-label" />
      <col class="col-status" />
      <col class="col-actions" />
    </colgroup>
    <thead role="rowgroup">
      <tr role="row" aria-rowindex="1">
        ${header(m.columnApp, 'app', onSort, sort)} ${header(m.columnLabel, 'label', onSort, sort)}
        ${header(m.columnStatus, 'status', onSort, sort)} ${header(m.columnActions)}
      </tr>
    </thead>`;
}

const skeletonRow = html`<tr part="row skeleton" role="row" class="skeleton">
  <td role="cell" class="cell-app"><span class="bone bone--app"></span></td>
  <td role="cell" class="cell-label"><span class="bone"></span></td>
  <td role="cell" class="cell-status"><span class="bone bone--status"></span></td>
  <td role="cell" class="cell-actions"><span class="bone bone--manage"></span></td>
</tr>`;

/** The placeholder rows that hold the table's place while the first list loads. */
export const skeletonRows = [skeletonRow, skeletonRow, skeletonRow];

/** A spacer row holding the height of `px` of rows not drawn (none when there are none). */
export function renderSpacer(px: number): TemplateResult | typeof nothing {
  // Set through the CSSOM (the style property's setter takes text: it forwards it to cssText),
  // never a style attribute, which a strict CSP would block.
  const style = `block-size:${px}px` as unknown as CSSStyleDeclaration;
  return px > 0 ? html`<tr class="spacer" aria-hidden="true" .style=${style}></tr>` : nothing;
}

/**
 * The search field, its label, and "{shown} of {total} connections" in a polite live region, its
 * numbers and plural in the language of the messages.
 */
export function renderSearch(
  m: Messages,
  locale: string,
  query: string,
  shown: number,
  total: number,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<div class="search">
    <label class="search-label" for="search">${m.searchLabel}</label>
    <input
      id="search"
      part="search"
      class="search-field"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${query}
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    />
    <p part="search-count" class="search-count muted" aria-live="polite">
      ${m.searchCount(
        shown.toLocaleString(locale),
        total.toLocaleString(locale),
        new Intl.PluralRules(locale).select(total),
      )}
    </p>
  </div>`;
}

/** "No connections yet" and the help page's note. */
export function renderEmpty(m: Messages): TemplateResult {
  return html`<div part="empty" class="empty">
    <p class="empty-title">${m.emptyTitle}</p>
    <p class="empty-note muted">${m.emptyNote}</p>
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

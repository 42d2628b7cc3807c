/**
 * The pieces of `connections-table` that only draw: the header row (sortable above the search
 * threshold), the skeleton rows, the spacer rows of the window, and the search field with its count.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Messages } from '../../i18n/messages.js';
import type { Sort, SortKey } from './table-view.js';

/** How many placeholder rows hold the table's place while the first list loads. */
const SKELETON_ROWS = 3;

export interface HeadSort {
  sort: Sort | undefined;
  onSort: (key: SortKey) => void;
}

function header(label: string, key: SortKey, sorting: HeadSort | undefined): TemplateResult {
  if (!sorting) return html`<th role="columnheader" scope="col">${label}</th>`;
  const direction = sorting.sort?.key === key ? sorting.sort.direction : undefined;
  return html`<th role="columnheader" scope="col" aria-sort=${ifDefined(direction)}>
    <button part="sort-button" class="sort" type="button" @click=${() => sorting.onSort(key)}>
      ${label}<span class="sort-mark sort-mark--${direction ?? 'none'}" aria-hidden="true"></span>
    </button>
  </th>`;
}

/** The column widths and the header row (row 1 of `aria-rowcount`). */
export function renderHead(m: Messages, sorting: HeadSort | undefined): TemplateResult {
  return html`<colgroup>
      <col class="col-app" />
      <col class="col-label" />
      <col class="col-status" />
      <col class="col-actions" />
    </colgroup>
    <thead role="rowgroup">
      <tr role="row" aria-rowindex="1">
        ${header(m.columnApp, 'app', sorting)} ${header(m.columnLabel, 'label', sorting)}
        ${header(m.columnStatus, 'status', sorting)}
        <th role="columnheader" scope="col">${m.columnActions}</th>
      </tr>
    </thead>`;
}

export function renderSkeletonRows(): TemplateResult[] {
  return Array.from(
    { length: SKELETON_ROWS },
    () =>
      html`<tr part="row skeleton" role="row" class="skeleton">
        <td role="cell" class="cell-app"><span class="bone bone--app"></span></td>
        <td role="cell" class="cell-label"><span class="bone"></span></td>
        <td role="cell" class="cell-status"><span class="bone bone--status"></span></td>
        <td role="cell" class="cell-actions"><span class="bone bone--manage"></span></td>
      </tr>`,
  );
}

export interface SearchOptions {
  query: string;
  shown: number;
  total: number;
  onInput: (value: string) => void;
}

/**
 * The search field, its label, and "{shown} of {total} connections" in a polite live region, its
 * numbers and plural in the language of the messages.
 */
export function renderSearch(m: Messages, locale: string, options: SearchOptions): TemplateResult {
  const number = new Intl.NumberFormat(locale);
  return html`<div class="search">
    <label class="search-label" for="search">${m.searchLabel}</label>
    <input
      id="search"
      part="search"
      class="search-field"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${options.query}
      @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
    />
    <p part="search-count" class="search-count" aria-live="polite">
      ${m.searchCount(
        number.format(options.shown),
        number.format(options.total),
        new Intl.PluralRules(locale).select(options.total),
      )}
    </p>
  </div>`;
}

/** A spacer row holding the height of `px` of rows not drawn (none when there are none). */
export function renderSpacer(px: number): TemplateResult | typeof nothing {
  if (px <= 0) return nothing;
  return html`<tr
    class="spacer"
    aria-hidden="true"
    style=${styleMap({ blockSize: `${px}px` })}
  ></tr>`;
}

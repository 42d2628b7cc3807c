import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * A real table on wide containers; below 36rem (a phone, a narrow sidebar) each row becomes a small
 * card (app and status on one line, the label and Manage below), so nothing scrolls sideways at 320px.
 * The breakpoint is a container query, so the table adapts to the space the host gives it, not to
 * the viewport. Rows have a minimum block size that the skeleton rows share, so the data arriving
 * does not move what follows the table. In a card the row holds the inline padding, not the cells:
 * both would leave an app name so little room that "Salesforce" breaks mid-word on a phone.
 */
export const tableStyles = css`
  :host {
    container-type: inline-size;
    font-size: ${token('--pc-font-size-md')};
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .col-app {
    inline-size: 30%;
  }
  .col-label {
    inline-size: 34%;
  }
  .col-status {
    inline-size: 18%;
  }
  .col-actions {
    inline-size: 18%;
  }

  th,
  td {
    padding-block: ${token('--pc-space-2')};
    padding-inline: ${token('--pc-space-3')};
    text-align: start;
    vertical-align: middle;
    /* Long labels wrap; a word is only broken when it cannot fit on a line of its own. */
    overflow-wrap: break-word;
  }
  th {
    font-size: ${token('--pc-font-size-sm')};
    font-weight: ${token('--pc-font-weight-strong')};
    color: ${token('--pc-color-text-muted')};
    border-block-end: 1px solid ${token('--pc-color-border')};
  }
  tbody tr {
    block-size: 3.25rem;
    border-block-end: 1px solid ${token('--pc-color-border')};
  }

  .app {
    display: flex;
    align-items: center;
    gap: ${token('--pc-space-2')};
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .app-name {
    min-inline-size: 0;
  }

  .manage-link {
    color: ${token('--pc-color-accent')};
    font-weight: ${token('--pc-font-weight-strong')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }
  .manage-link:hover {
    color: ${token('--pc-color-accent-hover')};
  }

  /* Rows not drawn (past 100 connections) are held by spacers of their height. */
  tbody tr.spacer {
    border: 0;
  }

  /* Search, above search-threshold connections. */
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--pc-space-2')};
    margin-block-end: ${token('--pc-space-3')};
  }
  .search-label {
    font-size: ${token('--pc-font-size-sm')};
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .search-field {
    flex: 1 1 12rem;
    min-inline-size: 0;
    padding-block: ${token('--pc-space-1')};
    padding-inline: ${token('--pc-space-2')};
    font: inherit;
    color: ${token('--pc-color-text')};
    background: ${token('--pc-color-surface')};
    border: 1px solid ${token('--pc-color-border')};
    border-radius: ${token('--pc-radius')};
  }
  .search-count {
    flex-basis: 100%;
  }

  /* Sortable headers: the whole header is the button. */
  .sort {
    display: inline-flex;
    align-items: center;
    gap: ${token('--pc-space-1')};
    padding: 0;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .sort-mark {
    inline-size: 0;
    block-size: 0;
    border-inline: 0.3em solid transparent;
  }
  .sort-mark--ascending {
    border-block-end: 0.4em solid currentColor;
  }
  .sort-mark--descending {
    border-block-start: 0.4em solid currentColor;
  }

  /* Skeleton rows: bones (shared styles) the size of the text they stand for. */
  .bone--app {
    inline-size: 60%;
  }
  .bone--status {
    inline-size: 4.5em;
    border-radius: 999px;
  }
  .bone--manage {
    inline-size: 4em;
  }

  .empty,
  .error {
    padding-block: ${token('--pc-space-4')};
    padding-inline: ${token('--pc-space-3')};
    border: 1px solid ${token('--pc-color-border')};
    border-radius: ${token('--pc-radius')};
  }
  p {
    margin: 0;
  }
  .empty-title {
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .empty-note {
    margin-block-start: ${token('--pc-space-1')};
  }
  /* "Clear search", under "No connections match …" */
  .empty > .button {
    margin-block-start: ${token('--pc-space-2')};
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('--pc-space-2')};
    margin-block-end: ${token('--pc-space-3')};
    border-inline-start: 4px solid ${token('--pc-color-danger')};
  }

  /* Narrow containers: one card per row, column headers kept for screen readers only. */
  @container (max-width: 35.99rem) {
    colgroup {
      display: none;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    table,
    tbody {
      display: block;
    }
    tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'app status'
        'label actions';
      align-items: center;
      column-gap: ${token('--pc-space-3')};
      row-gap: ${token('--pc-space-1')};
      block-size: auto;
      min-block-size: 4.5rem;
      padding-block: ${token('--pc-space-2')};
      padding-inline: ${token('--pc-space-3')};
    }
    td {
      display: block;
      padding: 0;
    }
    .cell-app {
      grid-area: app;
    }
    .cell-label {
      grid-area: label;
      color: ${token('--pc-color-text-muted')};
      font-size: ${token('--pc-font-size-sm')};
    }
    .cell-status {
      grid-area: status;
      justify-self: end;
    }
    .cell-actions {
      grid-area: actions;
      justify-self: end;
    }
  }
`;

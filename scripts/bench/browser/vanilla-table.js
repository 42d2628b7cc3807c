// The baseline of `npm run bench`: the connections table written by hand, with no library. A custom
// element whose shadow root holds a plain <table>, built with DOM APIs, with the same four columns as
// `connections-table`: the app (its monogram letter and name), the label, the status word, and a
// Manage link (with the same hidden "app, label" context). One shared constructed stylesheet with the
// table's layout rules (the status a coloured pill, without the badge's shape), so that style and
// layout cost about the same. It draws every row at any size: it is the hand-written DOM the table
// is compared with, not a windowed list.

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host {
    display: block; box-sizing: border-box; container-type: inline-size;
    font-size: 1rem; line-height: 1.5; color: #1f2328;
  }
  *, *::before, *::after { box-sizing: inherit; }
  table { inline-size: 100%; border-collapse: collapse; table-layout: fixed; }
  th, td {
    padding: 0.5rem 0.75rem; text-align: start; vertical-align: middle; overflow-wrap: break-word;
  }
  th { font-size: 0.875rem; font-weight: 600; color: #59636e; border-block-end: 1px solid #6e7781; }
  tbody tr { block-size: 3.25rem; border-block-end: 1px solid #6e7781; }
  .app { display: flex; align-items: center; gap: 0.5rem; font-weight: 600; }
  .app-name { min-inline-size: 0; }
  .monogram {
    display: inline-flex; align-items: center; justify-content: center; flex: none;
    inline-size: 1.5rem; block-size: 1.5rem; border-radius: 6px; border: 1px solid #6e7781;
    background: #f3f4f6; font-size: 0.875rem; line-height: 1;
  }
  .status {
    display: inline-flex; padding: 0.125em 0.5rem; border-radius: 999px; white-space: nowrap;
    font-size: 0.875rem; font-weight: 600; line-height: 1.25; vertical-align: middle;
  }
  .status--active { background: #dafbe1; color: #116329; }
  .status--error { background: #ffebe9; color: #a40e26; }
  .status--pending { background: #fff8c5; color: #7d4e00; }
  .status--revoked { background: #eaeef2; color: #424a53; }
  .manage-link { color: #0969da; font-weight: 600; text-underline-offset: 0.15em; }
  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
`);

const COLUMNS = ['App', 'Label', 'Status', 'Actions'];
const WIDTHS = ['30%', '34%', '18%', '18%'];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function monogram(name) {
  const first = Array.from(name.trim())[0];
  return first ? first.toLocaleUpperCase() : '?';
}

export class VanillaConnectionsTable extends HTMLElement {
  #connections = [];
  /** id → the row's status element, for {@link setStatus}. */
  #statusById = new Map();

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }

  /** The rows to draw (objects of the connection contract); drawn at once when connected. */
  set connections(connections) {
    this.#connections = connections;
    if (this.isConnected) this.#render();
  }

  get connections() {
    return this.#connections;
  }

  connectedCallback() {
    this.#render();
  }

  /** Changes one row's status word, as a store subscription would. */
  setStatus(id, status) {
    const cell = this.#statusById.get(id);
    if (!cell) return;
    cell.className = `status status--${status}`;
    cell.textContent = status;
  }

  #render() {
    this.#statusById.clear();
    const table = el('table');
    table.setAttribute('part', 'table');
    const colgroup = el('colgroup');
    for (const width of WIDTHS) {
      const col = el('col');
      col.style.inlineSize = width;
      colgroup.append(col);
    }
    const headRow = el('tr');
    for (const name of COLUMNS) {
      const th = el('th', '', name);
      th.scope = 'col';
      headRow.append(th);
    }
    const thead = el('thead');
    thead.append(headRow);
    const tbody = el('tbody');
    for (const connection of this.#connections) tbody.append(this.#row(connection));
    table.append(colgroup, thead, tbody);
    this.shadowRoot.replaceChildren(table);
  }

  #row(connection) {
    const tr = el('tr');
    tr.setAttribute('part', 'row');

    const app = el('span', 'app');
    const letter = el('span', 'monogram', monogram(connection.app.name));
    letter.setAttribute('aria-hidden', 'true');
    app.append(letter, el('span', 'app-name', connection.app.name));
    const appCell = el('td', 'cell-app');
    appCell.append(app);

    const labelCell = el('td', 'cell-label', connection.label);
    labelCell.setAttribute('part', 'label');

    const status = el('span', `status status--${connection.status}`, connection.status);
    this.#statusById.set(connection.id, status);
    const statusCell = el('td', 'cell-status');
    statusCell.setAttribute('part', 'status');
    statusCell.append(status);

    const link = el('a', 'manage-link', 'Manage');
    link.setAttribute('part', 'manage-link');
    link.href = `/portal/connections/${encodeURIComponent(connection.id)}`;
    link.append(el('span', 'visually-hidden', ` ${connection.app.name}, ${connection.label}`));
    const actionsCell = el('td', 'cell-actions');
    actionsCell.append(link);

    tr.append(appCell, labelCell, statusCell, actionsCell);
    return tr;
  }
}

customElements.define('vanilla-connections-table', VanillaConnectionsTable);

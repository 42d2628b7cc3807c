/**
 * What the table lists once the user searched or sorted: pure functions of the connections, the
 * query and the sort, so a keystroke over 10,000 rows is a filter over precomputed keys.
 */
import type { Connection, ConnectionStatus } from '../../api/types.js';
import type { Messages } from '../../i18n/messages.js';
import { normalizeStatus, statusText } from '../../i18n/status-text.js';

export type SortKey = 'app' | 'label' | 'status';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Status by need of attention: what needs the user first comes first. */
const ATTENTION: Record<ConnectionStatus, number> = {
  error: 0,
  pending: 1,
  revoked: 2,
  active: 3,
  unknown: 4,
};

/** Lower case, accents dropped: "Économie" finds "economie". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

// The folded search text of each connection object, per messages (the status word is searched).
const keys = new WeakMap<Messages, WeakMap<Connection, string>>();

function searchKey(connection: Connection, messages: Messages): string {
  let byConnection = keys.get(messages);
  if (!byConnection) keys.set(messages, (byConnection = new WeakMap()));
  let key = byConnection.get(connection);
  if (key === undefined) {
    const word = statusText(connection.status, messages).word;
    key = fold(`${connection.app.name}\n${connection.label}\n${word}`);
    byConnection.set(connection, key);
  }
  return key;
}

/** The connections whose app name, label or status word contains the query. */
export function filterConnections(
  connections: readonly Connection[],
  query: string,
  messages: Messages,
): readonly Connection[] {
  const needle = fold(query.trim());
  if (!needle) return connections;
  return connections.filter((connection) => searchKey(connection, messages).includes(needle));
}

/** A stable sort (the API's order breaks ties); undefined keeps the API's order. */
export function sortConnections(
  connections: readonly Connection[],
  sort: Sort | undefined,
  locale: string | undefined,
): readonly Connection[] {
  if (!sort) return connections;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const compare = {
    app: (a: Connection, b: Connection) => collator.compare(a.app.name, b.app.name),
    label: (a: Connection, b: Connection) => collator.compare(a.label, b.label),
    status: (a: Connection, b: Connection) =>
      ATTENTION[normalizeStatus(a.status)] - ATTENTION[normalizeStatus(b.status)],
  }[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...connections].sort((a, b) => sign * compare(a, b));
}

/** A click on a column: ascending, then descending, then the API's order again. */
export function nextSort(current: Sort | undefined, key: SortKey): Sort | undefined {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : undefined;
}

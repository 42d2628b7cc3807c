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
const ATTENTION: readonly ConnectionStatus[] = ['error', 'pending', 'revoked', 'active', 'unknown'];

/** Lower case, accents dropped: "Économie" finds "economie". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

// The folded search text of each connection object, with the messages whose status word it holds.
const keys = new WeakMap<Connection, [Messages, string]>();

function searchKey(connection: Connection, messages: Messages): string {
  let key = keys.get(connection);
  if (key?.[0] !== messages) {
    const word = statusText(connection.status, messages).word;
    key = [messages, fold(`${connection.app.name}\n${connection.label}\n${word}`)];
    keys.set(connection, key);
  }
  return key[1];
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
  const { compare } = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const value = ({ app, label, status }: Connection) =>
    sort.key === 'app'
      ? app.name
      : sort.key === 'label'
        ? label
        : `${ATTENTION.indexOf(normalizeStatus(status))}`;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...connections].sort((a, b) => sign * compare(value(a), value(b)));
}

/** A click on a column: ascending, then descending, then the API's order again. */
export function nextSort(current: Sort | undefined, key: SortKey): Sort | undefined {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : undefined;
}

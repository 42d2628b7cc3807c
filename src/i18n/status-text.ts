import { KNOWN_STATUSES, type ConnectionStatus } from '../api/types.js';
import { messageText, type Messages } from './messages.js';

/** What the help page says about one status: the badge word, its description, what to do. */
export interface StatusText {
  /** The badge word, lower case as on the help page: "active", "error", … */
  readonly word: string;
  /** "Connected and working.", "Reconnection needed.", … */
  readonly description: string;
  /** The help page's "What to do" ("Nothing." for active, so none). */
  readonly advice?: string;
}

/**
 * Any value, from the server or an attribute, as a status this version knows; anything else
 * (another word, another case, empty, not a string) is `'unknown'`, shown as a neutral badge.
 */
export function normalizeStatus(status: unknown): ConnectionStatus {
  return (KNOWN_STATUSES as readonly unknown[]).includes(status)
    ? (status as ConnectionStatus)
    : 'unknown';
}

/**
 * The words for `status`, shared by the badge, the table and the detail view. The keys are named
 * by status (`statusActive`, `descriptionActive`, `adviceError`…); active and unknown have no advice.
 */
export function statusText(status: unknown, messages: Messages): StatusText {
  const known = normalizeStatus(status);
  let texts = cache.get(messages);
  if (!texts) cache.set(messages, (texts = {}));
  const text = (prefix: string) => messageText(messages, prefix, known);
  return (texts[known] ??= {
    word: text('status')!,
    description: text('description')!,
    advice: text('advice'),
  });
}

// Built once per messages object and status: the search reads the word of 10,000 rows at a
// keystroke, where three key lookups by name each time cost 9 ms.
const cache = new WeakMap<Messages, Partial<Record<ConnectionStatus, StatusText>>>();

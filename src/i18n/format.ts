/**
 * Locale-aware formatting of the dates a user reads ("Requested …", "Last refreshed …"), through
 * `Intl`, so every element shows a date the same way. The elements pass the language of their
 * messages (`MessagesController.lang`), so a date is never in another language than the text.
 */

/** A locale tag, a list of them, or `undefined` for the browser's own. */
export type LocaleInput = string | readonly string[] | undefined;

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** One formatter per locale: building an `Intl.DateTimeFormat` is the costly part. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: LocaleInput): Intl.DateTimeFormat {
  // Empty tags in a list are skipped (Intl would throw on them and lose the tags that are good).
  const tags = typeof locale == 'string' ? locale : locale?.filter(Boolean);
  const key = String(tags);
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(tags as string | string[], DATE_TIME_OPTIONS);
    } catch {
      // A malformed or empty tag (`lang="en_US"`) throws a RangeError: fall back to the browser's
      // locale rather than showing no date at all.
      formatter = new Intl.DateTimeFormat(undefined, DATE_TIME_OPTIONS);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

let warming = false;

/**
 * Builds a first formatter when the page is next idle, once per page. The first number or date
 * formatter a page builds loads the engine's locale data (40 to 90 ms on a 2-core machine, whatever
 * the locale); done while the first data loads, after the placeholder is drawn, it is not part of
 * the task that draws the first rows. (Safari has no `requestIdleCallback`: the next task there.)
 */
export function warmUpIntl(): void {
  if (!warming) (globalThis.requestIdleCallback ?? setTimeout)(() => formatterFor(undefined));
  warming = true;
}

/** The date `value` stands for, or `undefined` when it is not a string or not a valid date. */
export function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * `value` as a normalised ISO 8601 string (`2024-01-02T09:30:00.000Z`), valid for a `<time datetime>`
 * attribute; `undefined` when it is not a valid date.
 */
export function isoDateTime(value: unknown): string | undefined {
  return parseDateTime(value)?.toISOString();
}

/**
 * A human, locale-aware date and time (`Jan 2, 2024, 9:30 AM` in en-US): medium date, short time,
 * in the user's time zone. Returns `''` when `iso` is not a valid date, so a bad value from the
 * server shows nothing rather than "Invalid Date". A malformed `locale` falls back to the browser's.
 */
export function formatDateTime(iso: unknown, locale?: LocaleInput): string {
  const date = parseDateTime(iso);
  return date ? formatterFor(locale).format(date) : '';
}

/** Set beside the `lang` with which an element marks its English (src/i18n/messages-controller.ts). */
export const LANG_MARK = 'data-lang-mark';

/**
 * The language that applies to `element`: the `lang` of its closest ancestor that has one, looking
 * through shadow roots up to the document, past our own marks; `undefined` (the browser's locale)
 * when there is none or it is empty (`lang=""` means "unknown").
 */
export function localeOf(element: Element): string | undefined {
  let current: Element | null = element;
  // `?.closest`: a server-side DOM shim has no `closest`; there is no `lang` to find there.
  while (current?.closest) {
    const withLang = current.closest(`[lang]:not([${LANG_MARK}])`);
    if (withLang) return withLang.getAttribute('lang')?.trim() || undefined;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

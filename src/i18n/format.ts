/**
 * A date and time for people: medium date, short time, in `locale` (default: the browser's), e.g.
 * "Jan 5, 2024, 3:04 PM". Returns '' for a missing or unparsable value, so the caller can leave the
 * row out instead of showing "Invalid Date".
 */
export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      date,
    );
  } catch {
    // An invalid locale tag: fall back to the browser's.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      date,
    );
  }
}

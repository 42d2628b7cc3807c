/**
 * The ONE URL policy (DESIGN.md, "What every element keeps true"): every URL that reaches an `href`
 * or `src` goes through {@link safeUrl}. Only http:, https: and relative URLs pass; everything else
 * (javascript:, data:, vbscript:, blob:, file:, …) never reaches the page.
 */

/**
 * C0 controls, DEL and the C1 range. A real link never holds them raw; browsers strip some of them
 * while parsing (`java\tscript:` parses as `javascript:`), so any of them means a crafted value.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns `value` resolved against `base` (default: `document.baseURI`) and normalised (the parsed
 * `href`) when it is an http(s) URL or a relative one that resolves to http(s); otherwise `undefined`.
 *
 * The decision is taken on the URL as the browser will parse it, never on the raw text, so case,
 * whitespace and entity tricks (` jAvAsCrIpT:`) cannot slip through a prefix check.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || CONTROL_CHARACTERS.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, base ?? document.baseURI);
  } catch {
    return undefined;
  }
  return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
}

/**
 * The same policy, keeping the URL as written: for the elements' own links (`/portal/connections/…`),
 * whose relative form is what a user sees on hover and what a host's router matches on. The browser
 * resolves the written text exactly as {@link safeUrl} did, so the decision holds.
 */
export function safeHref(value: unknown, base?: string): string | undefined {
  return safeUrl(value, base) === undefined ? undefined : (value as string).trim();
}

/**
 * Whether a connection id can be one path segment of a URL that stays the connection's own: not
 * empty, not `.` or `..` (a browser resolves those away, even encoded, and the request would go to
 * another endpoint), and well-formed UTF-16 (`encodeURIComponent` throws on a lone surrogate). A
 * connection whose id fails this is left out of the list, and no request is ever made for it.
 */
export function isUrlSafeId(id: string): boolean {
  if (id === '' || id === '.' || id === '..') return false;
  try {
    encodeURIComponent(id);
    return true;
  } catch {
    return false;
  }
}

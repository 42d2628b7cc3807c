/**
 * In-app navigation between the list and a connection's detail. `connections-portal` provides one;
 * elements used on their own (no router) keep their links as plain page links.
 */
export interface PortalRouter {
  /** The href of the list (`null`) or of one connection's detail: `{base-path}/{encodeURIComponent(id)}`. */
  hrefFor(connectionId: string | null): string;
  /** Shows the list (`null`) or a detail, updating the URL when routing is `history`. */
  navigate(connectionId: string | null): void;
}

export const DEFAULT_BASE_PATH = '/portal/connections';

/** `{base-path}/{encodeURIComponent(id)}`; the list's href is the base path itself. */
export function connectionHref(basePath: string, connectionId: string | null): string {
  const base = basePath.replace(/\/+$/, '');
  return connectionId === null ? base || '/' : `${base}/${encodeURIComponent(connectionId)}`;
}

/**
 * The connection id a pathname points at, `null` for the list, or `undefined` when the path is
 * outside the base path (someone else's page: leave it alone).
 */
export function connectionIdFromPath(
  basePath: string,
  pathname: string,
): string | null | undefined {
  const base = basePath.replace(/\/+$/, '');
  if (pathname === base || pathname === `${base}/`) return null;
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const rest = pathname.slice(base.length + 1).replace(/\/$/, '');
  // An encoded id is one path segment; anything deeper is not a detail URL, so it shows the list.
  if (rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/**
 * True for a click the browser should handle itself: a modifier (new tab or window), a button other
 * than the main one, or an already handled event.
 */
export function isModifiedClick(event: MouseEvent): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  );
}

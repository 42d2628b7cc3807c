// The reference REST server: an in-memory implementation of the contract in docs/openapi.yaml, used by
// `npm start` (demo/serve.js), by the browser tests (web-test-runner.config.mjs) and as an example
// for agencies writing their own backend. Plain Node, no dependencies.
import { handleControl } from './control.js';
import { HttpError, parseUrl, sendError } from './http-helpers.js';
import { DEFAULT_KEEP_ALIVE_MS } from './live.js';
import { handleWorkspaceRequest } from './router.js';
import { createSeed } from './seed.js';
import { WorkspaceStore } from './workspaces.js';

export { createSeed } from './seed.js';

/**
 * @param {{ basePath?: string, control?: boolean, seed?: Record<string, import('./seed.js').WorkspaceSeed>, keepAliveMs?: number, settlePendingAfterMs?: number }} [options]
 *   control: also serve the test/demo control endpoints under {basePath}/__control.
 *   seed: the workspaces to start (and reset) with; copied, never mutated.
 *   keepAliveMs: how often an open event stream sends a `: keep-alive` comment (15 s by default).
 *   settlePendingAfterMs: when set, a pending connection becomes active on its own this long after
 *     its workspace was (re)seeded or created, or after it became pending, as when the user finishes
 *     the provider's consent screen. Unset (the default): pending connections stay pending.
 * @returns {{ handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>, middleware: (ctx: any, next: () => Promise<unknown>) => Promise<void>, reset: () => void, close: () => void }}
 *   close(): ends every open event stream and stops the settle timers, so that a server closing
 *   does not wait for streams that never end on their own. The server still answers afterwards.
 */
export function createReferenceServer({
  basePath = '/api',
  control = false,
  seed = createSeed(),
  keepAliveMs = DEFAULT_KEEP_ALIVE_MS,
  settlePendingAfterMs = undefined,
} = {}) {
  if (!(Number.isFinite(keepAliveMs) && keepAliveMs > 0)) {
    throw new RangeError('keepAliveMs must be a positive number.');
  }
  if (
    settlePendingAfterMs !== undefined &&
    !(Number.isFinite(settlePendingAfterMs) && settlePendingAfterMs >= 0)
  ) {
    throw new RangeError('settlePendingAfterMs must be a number ≥ 0, or undefined.');
  }
  const baseSegments = basePath.split('/').filter((segment) => segment !== '');
  const pristine = JSON.stringify(seed);
  const store = new WorkspaceStore(() => JSON.parse(pristine), {
    keepAliveMs,
    settlePendingAfterMs,
  });

  /**
   * Answers the request when its URL is under basePath; resolves false otherwise, so a caller can
   * fall through to its other handlers.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<boolean>}
   */
  async function handle(req, res) {
    let parsed;
    try {
      parsed = parseUrl(req.url ?? '/');
    } catch {
      // A malformed escape under our base path is the client's mistake: 400, never a 500.
      const raw = (req.url ?? '/').split('?')[0];
      if (raw !== basePath && !raw.startsWith(`${basePath}/`)) return false;
      sendError(res, new HttpError(400, 'bad_request', 'The path is not valid percent-encoding.'));
      return true;
    }
    const { segments, rawPath, query } = parsed;
    if (!baseSegments.every((segment, i) => segments[i] === segment)) return false;
    const rest = segments.slice(baseSegments.length);
    const method = (req.method ?? 'GET').toUpperCase();
    try {
      if (rest[0] === '__control' && control) {
        await handleControl(store, req, res, method, rest.slice(1));
      } else if (rest[0] === 'workspaces' && rest.length >= 2) {
        // The raw path after /workspaces/{ws}: the segment count is the same before and after
        // decoding, because we split the raw path first.
        const rawSegments = rawPath.split('/').filter((segment) => segment !== '');
        const rawSubPath = `/${rawSegments.slice(baseSegments.length + 2).join('/')}`;
        await handleWorkspaceRequest(store, req, res, rest[1], rest.slice(2), rawSubPath, query);
      } else {
        throw new HttpError(404, 'not_found', 'No such endpoint.');
      }
    } catch (error) {
      if (error instanceof HttpError) sendError(res, error);
      else {
        console.error('reference server:', error);
        sendError(res, new HttpError(500, 'internal_error', 'Internal error.'));
      }
    }
    return true;
  }

  /** Koa-style middleware for @web/dev-server / web-test-runner. */
  async function middleware(ctx, next) {
    if (await handle(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  }

  return { handle, middleware, reset: () => store.reset(), close: () => store.close() };
}

// The reference REST server: an in-memory implementation of the contract in docs/openapi.yaml, used by
// `npm start` (demo/serve.js), by the browser tests (web-test-runner.config.mjs) and as an example
// for agencies writing their own backend. Plain Node, no dependencies.
import { handleControl } from './control.js';
import { HttpError, parseUrl, sendError } from './http-helpers.js';
import { handleWorkspaceRequest } from './router.js';
import { createSeed } from './seed.js';
import { WorkspaceStore } from './workspaces.js';

export { createSeed } from './seed.js';

/**
 * @param {{ basePath?: string, control?: boolean, seed?: Record<string, import('./seed.js').WorkspaceSeed> }} [options]
 *   control: also serve the test/demo control endpoints under {basePath}/__control.
 *   seed: the workspaces to start (and reset) with; copied, never mutated.
 */
export function createReferenceServer({
  basePath = '/api',
  control = false,
  seed = createSeed(),
} = {}) {
  const baseSegments = basePath.split('/').filter((segment) => segment !== '');
  const pristine = JSON.stringify(seed);
  const store = new WorkspaceStore(() => JSON.parse(pristine));

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
      return false;
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

  return { handle, middleware, reset: () => store.reset() };
}

// `npm start`: the demo agency portal and the in-memory reference REST server on one origin.
//   /portal/connections (and every path under it)  → the demo host page (deep links and reloads work)
//   /api/...                                       → the reference REST server, seeded at every start
//   /demo/..., /dist/...                           → the page's own files and the built bundle
import { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createStaticHandler } from './static.js';
import { createReferenceServer } from './server/index.js';

/** The strict policy every element must work under (DESIGN.md). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** How long after start (or after "Reset the demo data") the seeded pending Google Drive settles. */
export const DEMO_SETTLE_AFTER_MS = 20_000;

/** An HTTP server whose close() first ends the reference server's event streams, which never end on their own. */
class DemoServer extends Server {
  /** @param {ReturnType<typeof createReferenceServer>} reference */
  constructor(reference, listener) {
    super(listener);
    this.reference = reference;
  }

  close(callback) {
    this.reference.close();
    return super.close(callback);
  }
}

/**
 * @param {{ settlePendingAfterMs?: number }} [options]  passed to createReferenceServer; `npm start`
 *   sets settlePendingAfterMs, the end-to-end tests leave it unset so nothing changes under them.
 */
export function createDemoServer({ settlePendingAfterMs } = {}) {
  const reference = createReferenceServer({
    basePath: '/api',
    control: true,
    settlePendingAfterMs,
  });
  const serveStatic = createStaticHandler({ csp: CSP });
  return new DemoServer(reference, async (req, res) => {
    try {
      if (await reference.handle(req, res)) return;
      await serveStatic(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error');
    }
  });
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const port = Number(process.env.PORT ?? 8000);
  // This machine only, unless HOST says otherwise: the demo's control endpoints can change its data.
  const host = process.env.HOST || '127.0.0.1';
  const server = createDemoServer({ settlePendingAfterMs: DEMO_SETTLE_AFTER_MS });
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Stop the other server or run with PORT=8001 npm start.`
        : error,
    );
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(`Listening on ${host}:${port} (HOST and PORT change it).`);
    console.log(`Demo portal: http://localhost:${port}/portal/connections`);
    console.log(
      `Reference REST API: http://localhost:${port}/api (seeded in memory; a restart resets it)`,
    );
    console.log(
      `Google Drive (pending) finishes its setup ${DEMO_SETTLE_AFTER_MS / 1000} s after start or a reset.`,
    );
    console.log('Press Ctrl-C to stop.');
  });
  const stop = () => {
    console.log('\nStopping.');
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

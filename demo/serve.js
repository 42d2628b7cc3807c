// `npm start`: the demo agency portal and the in-memory reference REST server on one origin.
//   /portal/connections (and every path under it)  → the demo host page (deep links and reloads work)
//   /api/...                                       → the reference REST server, seeded at every start
//   /demo/..., /dist/...                           → the page's own files and the built bundle
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createStaticHandler } from './static.js';
import { createReferenceServer } from './server/index.js';

/** The strict policy every element must work under (DESIGN.md). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export function createDemoServer() {
  const reference = createReferenceServer({ basePath: '/api', control: true });
  const serveStatic = createStaticHandler({ csp: CSP });
  return createServer(async (req, res) => {
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
  const server = createDemoServer();
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Stop the other server or run with PORT=8001 npm start.`
        : error,
    );
    process.exit(1);
  });
  server.listen(port, () => {
    console.log(`Demo portal: http://localhost:${port}/portal/connections`);
    console.log(
      `Reference REST API: http://localhost:${port}/api (seeded in memory; a restart resets it)`,
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

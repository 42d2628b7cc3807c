// Serves the demo's files and the built bundle. Only files under demo/public and dist/ are reachable.
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MOUNTS = [
  { prefix: '/demo/', dir: resolve(ROOT, 'demo/public') },
  { prefix: '/dist/', dir: resolve(ROOT, 'dist') },
];
const PAGE_PATH = '/portal/connections';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

async function send(res, file, headers = {}) {
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headers,
    });
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

export function createStaticHandler({ csp }) {
  return async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/' || pathname === '/portal' || pathname === '/portal/') {
      res.writeHead(302, { Location: PAGE_PATH });
      return res.end();
    }
    if (pathname === PAGE_PATH || pathname.startsWith(`${PAGE_PATH}/`)) {
      return send(res, resolve(ROOT, 'demo/public/index.html'), {
        'Content-Security-Policy': csp,
      });
    }
    const mount = MOUNTS.find(({ prefix }) => pathname.startsWith(prefix));
    if (!mount) return notFound(res);
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(mount.prefix.length));
    } catch {
      // A malformed escape (`/demo/%E0%A4%A`): the client's mistake, not a server error.
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Bad request: the path is not valid percent-encoding.');
    }
    const file = resolve(mount.dir, normalize(relative));
    if (!file.startsWith(mount.dir + sep)) return notFound(res);
    return send(res, file);
  };
}

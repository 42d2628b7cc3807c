// The package as a consumer gets it: `npm pack`, installed into an empty folder, then
// - the tarball holds exactly what a consumer needs;
// - the TypeScript types resolve for `import { HttpConnectionsApi } from 'portal-connections'`;
// - a plain HTML page served with the strict CSP of DESIGN.md loads the installed bundle and a user
//   lists, opens a detail, refreshes and revokes without a single CSP violation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createReferenceServer } from '../../demo/server/index.js';
import { launchBrowser, watchPage } from './browser.js';
import { expectText, walkThroughPortal } from './walk.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = ['de', 'fr', 'es', 'pt-BR', 'ja', 'ar'];
const CSP =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

let work;
let files;
let installed;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-connections-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT }).toString(),
  );
  files = packed.files.map((file) => file.path);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }));
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)],
    { cwd: work, stdio: 'ignore' },
  );
  installed = join(work, 'node_modules', 'portal-connections');
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds exactly what a consumer needs', () => {
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/define.d.ts',
    'dist/portal-connections.bundle.js',
    'dist/elements/portal/connections-portal.js',
    'dist/elements/portal/connections-portal.d.ts',
    ...LOCALES.flatMap((lang) => [`dist/locales/${lang}.js`, `dist/locales/${lang}.d.ts`]),
  ]) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  const stray = files.filter(
    (file) =>
      !file.startsWith('dist/') &&
      !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json'].includes(
        file,
      ),
  );
  assert.deepEqual(stray, [], 'nothing but dist/ and the package files');
  assert.ok(!files.some((file) => /\.test\.|\.stories\./.test(file)), 'no tests or stories');
  const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(
    Object.keys(exports).filter((name) => name.startsWith('./locales/')),
    LOCALES.map((lang) => `./locales/${lang}`),
  );
});

test('the TypeScript types resolve for a consumer (and the built dist/index.d.ts exports both ConnectionDetail names)', () => {
  const index = readFileSync(join(ROOT, 'dist', 'index.d.ts'), 'utf8');
  const events = readFileSync(join(ROOT, 'dist', 'events.d.ts'), 'utf8');
  assert.match(
    index,
    /export \{ ConnectionDetail \} from '\.\/elements\/detail\/connection-detail\.js'/,
  );
  assert.match(index, /export \* from '\.\/events\.js'/);
  assert.match(events, /export interface ConnectionEventDetail \{/);
  assert.doesNotMatch(events, /interface ConnectionDetail\b/, 'no interface for export * to drop');
  writeFileSync(
    join(work, 'consumer.ts'),
    `import {
  HttpConnectionsApi,
  ApiError,
  ConnectionDetail,
  PortalController,
  StoreController,
  registerLocale,
  type Messages,
  type Connection,
  type ConnectionEventDetail,
  type ConnectionsApi,
} from 'portal-connections';
import 'portal-connections/define';
${LOCALES.map((lang, i) => `import locale${i} from 'portal-connections/locales/${lang}';`).join('\n')}
const api: ConnectionsApi = new HttpConnectionsApi({ baseUrl: '/api', workspaceId: 'acme' });
const list: Promise<Connection[]> = api.listConnections();
const portal: HTMLElementTagNameMap['connections-portal'] = document.createElement('connections-portal');
portal.addEventListener('connection-revoked', (event) => event.detail.connection.id.toUpperCase());
// The element class and the event-detail interface are two names, both exported.
const detailElement: ConnectionDetail = document.createElement('connection-detail');
const revoked = (detail: ConnectionEventDetail): string => detail.connection.label;
// The 0.1 name still works, deprecated, for one release.
const controllers: (typeof StoreController)[] = [PortalController];
// Each language is an entry point of its own, a complete Messages.
const locales: Messages[] = [${LOCALES.map((_, i) => `locale${i}`).join(', ')}];
registerLocale('${LOCALES[0]}', locale0);
export { list, portal, ApiError, detailElement, revoked, controllers, locales };
`,
  );
  for (const moduleResolution of ['bundler', 'node16']) {
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2021',
          module: moduleResolution === 'bundler' ? 'esnext' : 'node16',
          moduleResolution,
          lib: ['es2022', 'dom'],
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: work, stdio: 'pipe' });
  }
});

/**
 * Serves a plain host page under the strict CSP (`page` at every path under /portal/connections,
 * `files` by path as `[type, body]`, the seed's icons, the reference API under /api), opens a
 * browser, and runs `visit(tab, url)`; then closes everything.
 */
async function withPlainHost(page, files, visit) {
  const reference = createReferenceServer({ basePath: '/api' });
  const server = createServer(async (req, res) => {
    if (await reference.handle(req, res)) return;
    const { pathname } = new URL(req.url, 'http://localhost');
    const send = (type, body) => {
      res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP });
      res.end(body);
    };
    if (files[pathname]) return send(...files[pathname]);
    if (pathname.startsWith('/demo/icons/') && /^[\w-]+\.svg$/.test(pathname.slice(12))) {
      return send(
        'image/svg+xml',
        readFileSync(join(ROOT, 'demo/public/icons', pathname.slice(12))),
      );
    }
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    if (pathname.startsWith('/portal/connections')) return send('text/html', page);
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await visit(tab, `http://127.0.0.1:${server.address().port}/portal/connections`);
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const installedFile = (...path) => readFileSync(join(installed, 'dist', ...path));

test('a plain HTML page under the strict CSP lists, opens, refreshes and revokes', async () => {
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plain host</title>
    <script src="/csp-watch.js"></script>
    <script type="module" src="/portal-connections.bundle.js"></script>
  </head>
  <body>
    <connections-portal api-base-url="/api" workspace-id="acme"></connections-portal>
  </body>
</html>`;
  const watcher = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});`;
  const files = {
    '/portal-connections.bundle.js': [
      'text/javascript',
      installedFile('portal-connections.bundle.js'),
    ],
    '/csp-watch.js': ['text/javascript', watcher],
  };
  await withPlainHost(page, files, async (tab, url) => {
    const problems = watchPage(tab);
    await tab.goto(url);
    await walkThroughPortal(tab, 'HubSpot');
    assert.deepEqual(await tab.evaluate(() => globalThis.cspViolations), []);
    assert.deepEqual(problems, []);
  });
});

test('a plain page adds a language from the installed package; the bundle holds no translation', async () => {
  const bundle = installedFile('portal-connections.bundle.js').toString();
  for (const word of [
    'Verbindungen',
    'Connexions',
    'Conexiones',
    'Conexões',
    '接続',
    'الاتصالات',
  ]) {
    assert.ok(!bundle.includes(word), `${word} is not in the bundle`);
  }
  const page = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>Plain host in German</title>
    <script type="module" src="/main.js"></script>
  </head>
  <body>
    <connections-portal api-base-url="/api" workspace-id="acme"></connections-portal>
  </body>
</html>`;
  // What a host without a bundler writes: the bundle and one locale module, both as files.
  const main = `import { registerLocale } from '/portal-connections.bundle.js';
import de from '/locales/de.js';
registerLocale('de', de);`;
  const files = {
    '/portal-connections.bundle.js': ['text/javascript', bundle],
    '/locales/de.js': ['text/javascript', installedFile('locales', 'de.js')],
    '/main.js': ['text/javascript', main],
  };
  await withPlainHost(page, files, async (tab, url) => {
    const problems = watchPage(tab);
    await tab.goto(url);
    const portal = tab.locator('connections-portal');
    await expectText(portal.getByRole('heading', { name: 'Verbindungen' }), 'Verbindungen');
    await portal.locator('[part~="manage-link"]').first().waitFor();
    const columns = await portal.locator('connections-table th').allTextContents();
    assert.deepEqual(
      columns.map((column) => column.trim()),
      ['Anwendung', 'Bezeichnung', 'Zustand', 'Aktionen'],
    );
    assert.deepEqual(problems, []);
  });
});

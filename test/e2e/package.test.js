// The package as a consumer gets it: `npm pack`, installed into an empty folder, then
// - the tarball holds exactly what a consumer needs;
// - the TypeScript types resolve for `import { HttpConnectionsApi } from 'portal-connections'`;
// - installed beside React 19, a TSX file type-checks with the wrappers of `portal-connections/react`
//   and with the bare tags typed by `portal-connections/jsx`; beside Vue, `portal-connections/vue`
//   types the tags as global components;
// - a plain HTML page served with the strict CSP of DESIGN.md loads the installed bundle and a user
//   lists, opens a detail, refreshes and revokes without a single CSP violation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    'dist/react/index.js',
    'dist/react/index.d.ts',
    'dist/jsx.d.ts',
    'dist/vue.d.ts',
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
  // React and @lit/react are optional peers: a host that does not use React gets neither (nor the
  // @types/react that @lit/react would bring).
  for (const absent of ['react', '@lit/react', '@types/react']) {
    assert.ok(!existsSync(join(work, 'node_modules', absent)), `${absent} is not installed`);
  }
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
    typeCheck('tsconfig.json');
  }
});

test('beside React 19, a TSX file type-checks with the wrappers and the bare tags; beside Vue, the global components', () => {
  // The versions this repository tests with, from the npm cache that `npm ci` filled.
  const version = (name) =>
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  const hostPackages = [
    'react',
    'react-dom',
    '@types/react',
    '@types/react-dom',
    '@lit/react',
    'vue',
  ];
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...hostPackages.map((name) => `${name}@${version(name)}`),
    ],
    { cwd: work, stdio: 'ignore' },
  );
  writeFileSync(join(work, 'host.tsx'), REACT_HOST);
  writeFileSync(join(work, 'vue-host.ts'), VUE_HOST);
  // One program for both, to spend one tsc start: React 19's JSX is React.JSX, so the global JSX
  // that the Vue typings declare does not reach the TSX file.
  writeFileSync(
    join(work, 'tsconfig.hosts.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        types: [],
        jsx: 'react-jsx',
      },
      files: ['host.tsx', 'vue-host.ts'],
    }),
  );
  typeCheck('tsconfig.hosts.json');
});

/** Runs this repository's tsc on a tsconfig of the consumer folder; fails with its diagnostics. */
function typeCheck(tsconfig) {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', tsconfig], { cwd: work, stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${tsconfig}:\n${error.stdout}${error.stderr}`);
  }
}

/** A React 19 host: the wrappers with typed props and event props, and the bare tags. */
const REACT_HOST = `import { useCallback, useState } from 'react';
import {
  ConnectionDetail,
  ConnectionRequests,
  ConnectionStatusBadge,
  ConnectionsPortal,
  ConnectionsProvider,
  ConnectionsTable,
  RevokeDialog,
} from 'portal-connections/react';
import type { ConnectionsBackEvent, ConnectionRevokedEvent } from 'portal-connections';
import type { CustomElements } from 'portal-connections/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Host({ token }: { token: string }) {
  const [connectionId, setConnectionId] = useState('');
  const getSessionToken = useCallback(async () => token, [token]);
  const revoked = (event: ConnectionRevokedEvent): string => event.detail.connection.label;
  const back = (event: ConnectionsBackEvent): string => event.detail.connectionId;
  return (
    <>
      <ConnectionsPortal
        apiBaseUrl="/api"
        workspaceId="acme"
        routing="none"
        connectionId={connectionId}
        searchThreshold={20}
        getSessionToken={getSessionToken}
        messages={{ backToConnections: 'Back' }}
        className="portal"
        onConnectionManage={(event) => {
          event.preventDefault();
          setConnectionId(event.detail.connection.id);
        }}
        onConnectionsBack={() => setConnectionId('')}
        onConnectionRevoked={revoked}
        onConnectionStatusChanged={(event) => event.detail.previousStatus.toUpperCase()}
        onConnectionRefreshFailed={(event) => event.detail.error.kind}
        onConnectionRequestConnect={(event) => event.detail.request.connectUrl}
        onConnectionsAuthRequired={(event) => event.detail.error.message}
      />
      <ConnectionsProvider apiBaseUrl="/api" workspaceId="acme" live="poll" pollInterval={2000}>
        <ConnectionRequests headingLevel={3} onConnectionRequestConnect={(event) => event.detail.request.id} />
        <ConnectionsTable searchThreshold={5} onConnectionManage={(event) => event.detail.connection.app.name} />
        <ConnectionDetail connectionId="conn_1" onConnectionsBack={back} />
        <RevokeDialog onConnectionRevokeCancelled={(event) => event.detail.connection.id} />
        <ConnectionStatusBadge status="error" withDescription />
      </ConnectionsProvider>
      <connections-portal
        api-base-url="/api"
        workspace-id="acme"
        routing="history"
        getSessionToken={getSessionToken}
        onconnection-revoked={(event) => event.detail.connection.id}
      />
      <connection-status-badge status="active" with-description />
    </>
  );
}

// @ts-expect-error routing is 'history' or 'none'
export const badRouting = <ConnectionsPortal routing="sideways" />;
// @ts-expect-error the table fires no connection-revoked
export const notTheTablesEvent = <ConnectionsTable onConnectionRevoked={() => {}} />;
// @ts-expect-error a revoke's detail holds a connection, not a request
export const badDetail = <ConnectionsPortal onConnectionRevoked={(event) => event.detail.request} />;
// @ts-expect-error the bare tag's attributes are typed too
export const badBareTag = <connections-portal routing="sideways" />;
// @ts-expect-error so are its events
export const badBareEvent = <connections-portal onconnection-manage={(event) => event.detail.request} />;
`;

/** A Vue host's types: the tags as global components, with typed props. */
const VUE_HOST = `import type { GlobalComponents } from 'vue';
import type {} from 'portal-connections/vue';

type PortalProps = InstanceType<GlobalComponents['connections-portal']>['$props'];
export const portal: PortalProps = {
  'api-base-url': '/api',
  'workspace-id': 'acme',
  routing: 'none',
  'onconnection-revoked': (event) => event.detail.connection.id,
};
// @ts-expect-error routing is 'history' or 'none'
export const badRouting: PortalProps = { routing: 'sideways' };
type BadgeProps = InstanceType<GlobalComponents['connection-status-badge']>['$props'];
export const badge: BadgeProps = { status: 'active', 'with-description': true };
`;

/**
 * Serves a plain host page under the strict CSP (`page` at every path under /portal/connections,
 * `files` by path as `[type, body]`, the seed's icons, the reference API under /api), opens a
 * browser, and runs `visit(tab, url)`; then closes everything.
 */
async function withPlainHost(page, files, visit, seed = undefined) {
  const reference = createReferenceServer({ basePath: '/api', seed });
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

test('under the strict CSP a list past 100 rows sizes its spacer rows through the CSSOM', async () => {
  // Past 100 rows the table draws a window, held by spacer rows whose height is set through the
  // CSSOM (a `.style` property): a `style` attribute would be blocked by style-src 'self'.
  const connections = Array.from({ length: 150 }, (_, i) => ({
    id: `c${i}`,
    app: { key: 'slack', name: 'Slack', iconUrl: null },
    label: `Workspace ${i}`,
    status: 'active',
    externalAccountEmail: null,
    lastRefreshedAt: null,
    refreshable: true,
  }));
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plain host, a long list</title>
    <script src="/csp-watch.js"></script>
    <script type="module" src="/portal-connections.bundle.js"></script>
  </head>
  <body>
    <connections-portal api-base-url="/api" workspace-id="long"></connections-portal>
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
  const seed = { long: { connections, requests: [], pageSize: 100 } };
  await withPlainHost(
    page,
    files,
    async (tab, url) => {
      const problems = watchPage(tab);
      await tab.goto(url);
      const table = tab.locator('connections-table');
      await table.locator('[part~="manage-link"]').first().waitFor();
      const spacer = table.locator('tr.spacer').last();
      await spacer.waitFor({ state: 'attached' });
      const height = await spacer.evaluate((row) => row.getBoundingClientRect().height);
      assert.ok(
        height > 1000,
        `the spacer below the window holds the rows not drawn (${height}px)`,
      );
      await tab.evaluate(() => globalThis.scrollTo(0, globalThis.document.body.scrollHeight));
      await table.getByRole('link', { name: 'Manage Slack, Workspace 149' }).waitFor();
      assert.deepEqual(await tab.evaluate(() => globalThis.cspViolations), []);
      assert.deepEqual(problems, []);
    },
    seed,
  );
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

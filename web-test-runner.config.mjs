// Runs test/**/*.test.ts in three engines: Chromium, Firefox and WebKit (GTK). The reference REST
// server is mounted under /api so that HttpConnectionsApi is tested over real HTTP on loopback; the
// runner picks a free port itself. BROWSERS=chromium,firefox runs a subset (scripts/test-browsers.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { findFirefox, findWebKit } from './scripts/find-browsers.js';
import { locate, startWebKitDriver, wantedEngines } from './scripts/test-browsers.js';
import { createReferenceServer } from './demo/server/index.js';

// No settlePendingAfterMs: pending connections change only when a test asks (the control endpoints).
const reference = createReferenceServer({ basePath: '/api', control: true });

/**
 * WebKitGTK over WebDriver classic (this build has no BiDi), one test file at a time in one window.
 * The launcher has no concurrency option of its own and picks its one-window mode from the config's
 * concurrency, so both are set to 1 here.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;
  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit'; // rather than the capabilities' browserName, MiniBrowser
  }
}

const engines = wantedEngines();
const skipped = [];
const browsers = [];
let webkitDriver;

if (engines.has('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
      // Test files run side by side in tabs; without focus emulation only the front tab gets focus
      // events, and focus tests would pass or fail by chance.
      async createPage({ browser }) {
        const page = await browser.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  );
}

const firefox = engines.has('firefox') && locate('Firefox', findFirefox, skipped);
if (firefox) {
  browsers.push(
    chromeLauncher({
      // puppeteer-core drives Firefox over WebDriver BiDi; one file at a time, so the page under
      // test is the front one and has the focus (there is no focus emulation without CDP).
      puppeteer: await import('puppeteer-core'),
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  );
}

const webkit = engines.has('webkit') && locate('WebKit', findWebKit, skipped);
if (webkit) {
  webkitDriver = await startWebKitDriver(webkit);
  browsers.push(
    new WebKitLauncher({
      hostname: '127.0.0.1',
      port: webkitDriver.port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

const cdpSessions = new WeakMap();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Chromium runs two test files at a time; Firefox and WebKit one. Two browsers at a time (the
  // default, said here): Chromium and Firefox start, WebKit takes Chromium's place when it is done.
  concurrency: 2,
  concurrentBrowsers: 2,
  testsFinishTimeout: 180_000,
  // A guard against a hung test, not a speed check: a test may wait up to 5 s for each of several
  // things (test/helpers/wait-until.ts) on a CI machine where three engines share two cores.
  testFramework: { config: { timeout: 20_000 } },
  // Every test file starts with test/helpers/setup.ts (see why there).
  testRunnerHtml: (testFramework) => `<html><body>
    <script type="module" src="/test/helpers/setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    // Event streams never end on their own: end them when the server stops.
    { name: 'reference-server', serverStop: () => reference.close() },
    {
      // `executeServerCommand('emulate-forced-colors', { active })`: Windows' high-contrast mode,
      // through CDP (puppeteer's own emulateMediaFeatures refuses `forced-colors`). Chromium only.
      name: 'forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        const page = session.browser.getPage?.(session.id);
        if (!page?.createCDPSession) throw new Error('emulate-forced-colors: Chromium only');
        // One session per page, kept: a detached session takes its emulation with it.
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        const value = payload?.active ? 'active' : 'none';
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value }],
        });
        return true;
      },
    },
    {
      // After the browsers have stopped: end the WebKit driver, and say again what was skipped.
      name: 'browsers',
      async serverStop() {
        await webkitDriver?.stop();
        for (const line of skipped) console.log(line);
      },
    },
  ],
  middleware: [
    reference.middleware,
    // The seed's icons live at /demo/icons, as the demo serves them.
    (ctx, next) => {
      if (ctx.path.startsWith('/demo/icons/')) ctx.url = ctx.url.replace('/demo/', '/demo/public/');
      return next();
    },
  ],
  browsers,
};

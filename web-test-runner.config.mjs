// Runs test/**/*.test.ts in a real Chromium. The reference REST server is mounted under /api so that
// HttpConnectionsApi is tested over real HTTP on loopback; the runner picks a free port itself.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { createReferenceServer } from './demo/server/index.js';

// No settlePendingAfterMs: pending connections change only when a test asks (the control endpoints).
const reference = createReferenceServer({ basePath: '/api', control: true });

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Every test file starts with test/helpers/setup.ts (see why there).
  testRunnerHtml: (testFramework) => `<html><body>
    <script type="module" src="/test/helpers/setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    // Event streams never end on their own: end them when the server stops.
    { name: 'reference-server', serverStop: () => reference.close() },
  ],
  middleware: [
    reference.middleware,
    // The seed's icons live at /demo/icons, as the demo serves them.
    (ctx, next) => {
      if (ctx.path.startsWith('/demo/icons/')) ctx.url = ctx.url.replace('/demo/', '/demo/public/');
      return next();
    },
  ],
  browsers: [
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
  ],
};

// Runs test/**/*.test.ts in a real Chromium. The reference REST server is mounted under /api so that
// HttpConnectionsApi is tested over real HTTP on loopback; the runner picks a free port itself.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { createReferenceServer } from './demo/server/index.js';

const reference = createReferenceServer({ basePath: '/api', control: true });

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  middleware: [reference.middleware],
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

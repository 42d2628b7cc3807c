// Launches the local Chromium for the end-to-end checks (playwright-core never downloads a browser).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { createDemoServer } from '../../demo/serve.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    // playwright sets its own headless mode.
    args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
  });
}

/** Collects what must never happen on a page: console errors, uncaught errors, CSP violations. */
export function watchPage(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * A server from `createServer()` on a free port and a browser, for the file's tests: started before
 * them, stopped after. `origin` and `browser` are set once `before` ran.
 * @param {() => import('node:http').Server | Promise<import('node:http').Server>} createServer
 */
export function useServerAndBrowser(createServer) {
  const env = { origin: '', browser: undefined, server: undefined };
  before(async () => {
    env.server = await createServer();
    await new Promise((resolve) => env.server.listen(0, '127.0.0.1', resolve));
    env.origin = `http://127.0.0.1:${env.server.address().port}`;
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.closeAllConnections();
    await new Promise((resolve) => env.server?.close(resolve));
  });
  return env;
}

/** The demo (reference server and page) and a browser, for the file's tests (see above). */
export function useDemo() {
  return useServerAndBrowser(() => createDemoServer());
}

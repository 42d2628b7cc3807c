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
 * The demo (reference server and page) on a free port and a browser, for the file's tests: started
 * before them, stopped after. `origin` and `browser` are set once `before` ran.
 */
export function useDemo() {
  const demo = { origin: '', browser: undefined, server: undefined };
  before(async () => {
    demo.server = createDemoServer();
    await new Promise((resolve) => demo.server.listen(0, '127.0.0.1', resolve));
    demo.origin = `http://127.0.0.1:${demo.server.address().port}`;
    demo.browser = await launchBrowser();
  });
  after(async () => {
    await demo.browser?.close();
    demo.server?.closeAllConnections();
    await new Promise((resolve) => demo.server?.close(resolve));
  });
  return demo;
}

// Launches the local Chromium for the end-to-end checks (playwright-core never downloads a browser).
import { chromium } from 'playwright-core';
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

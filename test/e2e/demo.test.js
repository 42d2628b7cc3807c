// `npm start`'s demo, end to end: the real reference server over HTTP and the real bundle in dist/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoServer } from '../../demo/serve.js';
import { launchBrowser, watchPage } from './browser.js';
import { walkThroughPortal } from './walk.js';

let server;
let browser;
let origin;

before(async () => {
  server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

test('the demo walks through list → Manage → Refresh → Revoke → back', async () => {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${origin}/portal/connections`);
  await walkThroughPortal(page, 'HubSpot');
  assert.deepEqual(problems, []);
});

test('a deep link to a detail and a reload work', async () => {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${origin}/portal/connections/conn_slack_01`);
  await page.locator('connection-detail').getByRole('heading', { name: 'Slack' }).waitFor();
  await page.reload();
  await page.locator('connection-detail').getByRole('heading', { name: 'Slack' }).waitFor();
  assert.deepEqual(problems, []);
});

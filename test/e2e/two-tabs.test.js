// Two tabs of one origin, in one browser profile, on the demo: a revoke in one shows revoked in the
// other through the BroadcastChannel, with no request from the second tab.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDemo, watchPage } from './browser.js';
import { expectText } from './walk.js';

const demo = useDemo();

/** The status word of `appName`'s row. */
const rowStatus = (page, appName) =>
  page
    .locator('connections-portal')
    .getByRole('row')
    .filter({ hasText: appName })
    .locator('[part~="badge"]');

test('a revoke in one tab shows revoked in the other, with no request from the other', async () => {
  // One profile: two pages of one origin share their BroadcastChannels.
  // Nothing pending (Google Drive finishes its setup), so in poll mode nothing polls either.
  await fetch(`${demo.origin}/api/__control/workspaces/acme/connections/conn_drive_01/settle`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  });
  const context = await demo.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  const problems = [...watchPage(first), ...watchPage(second)];
  for (const page of [first, second]) {
    await page.goto(`${demo.origin}/portal/connections`);
    // Polling only, so nothing but the channel can tell the second tab (no server push).
    await page.evaluate(() =>
      globalThis.document.querySelector('connections-portal').setAttribute('live', 'poll'),
    );
    await expectText(rowStatus(page, 'HubSpot'), 'error');
  }
  const requests = [];
  second.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));

  const portal = first.locator('connections-portal');
  await portal
    .getByRole('row')
    .filter({ hasText: 'HubSpot' })
    .getByRole('link', { name: /^Manage HubSpot/ })
    .click();
  await portal
    .locator('connection-detail')
    .getByRole('button', { name: /^Revoke/ })
    .click();
  const dialog = first.getByRole('alertdialog', { name: 'Revoke this connection?' });
  await dialog.getByRole('button', { name: 'Revoke connection', exact: true }).click();

  await expectText(rowStatus(second, 'HubSpot'), 'revoked');
  assert.deepEqual(requests, [], 'the second tab asked nothing');
  assert.equal(
    await second.getByRole('status').filter({ hasText: 'is now' }).count(),
    0,
    'a change from another tab is not announced',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

// The help page's main flows, clicked through as a user would: list → Manage → Refresh credential →
// Revoke (with the dialog) → back to the list, which agrees. Shared by the demo and package checks.
import assert from 'node:assert/strict';

const TIMEOUT = 10_000;

/** Waits until the element's text matches, through shadow roots. */
export async function expectText(locator, expected) {
  await locator.waitFor({ timeout: TIMEOUT });
  const deadline = Date.now() + TIMEOUT;
  let actual = '';
  while (Date.now() < deadline) {
    actual = (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    if (expected instanceof RegExp ? expected.test(actual) : actual === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`expected text ${expected}, got "${actual}"`);
}

/**
 * @param {import('playwright-core').Page} page  already on the Connections page
 * @param {string} appName  a connection that is in error, refreshable, and whose refresh succeeds
 */
export async function walkThroughPortal(page, appName) {
  const portal = page.locator('connections-portal');
  await expectText(
    portal.getByRole('heading', { name: 'Connections', exact: true }),
    'Connections',
  );
  await expectText(
    portal.getByRole('heading', { name: 'Outstanding connection requests' }),
    'Outstanding connection requests',
  );

  // The list: one row per connection, with its status word.
  const row = portal.getByRole('row').filter({ hasText: appName });
  await expectText(row.locator('[part~="badge"]'), 'error');

  // Manage opens the detail, in-app, at {base-path}/{id}.
  await row.getByRole('link', { name: new RegExp(`^Manage ${appName}`) }).click();
  const detail = portal.locator('connection-detail');
  await expectText(detail.getByRole('heading', { name: appName }), appName);
  assert.match(new URL(page.url()).pathname, /^\/portal\/connections\/[^/]+$/);
  await expectText(detail.locator('connection-status-badge [part~="badge"]').first(), /^error/);

  // Refresh credential: the toast, then active.
  await detail.getByRole('button', { name: /^Refresh credential/ }).click();
  await expectText(
    portal.getByRole('status').filter({ hasText: 'Connection refreshed.' }).first(),
    /Connection refreshed\./,
  );
  await expectText(detail.locator('connection-status-badge [part~="badge"]').first(), /^active/);

  // Revoke, confirmed in the dialog.
  await detail.getByRole('button', { name: /^Revoke/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke this connection?' });
  await dialog.waitFor({ timeout: TIMEOUT });
  await dialog.getByRole('button', { name: 'Revoke connection', exact: true }).click();
  await expectText(
    portal.getByRole('status').filter({ hasText: 'Connection revoked' }).first(),
    /Connection revoked/,
  );
  await expectText(detail.locator('connection-status-badge [part~="badge"]').first(), /^revoked/);
  assert.equal(await detail.getByRole('button', { name: /^Revoke/ }).count(), 0, 'Revoke is gone');
  assert.equal(
    await detail.getByRole('button', { name: /^Refresh credential/ }).count(),
    0,
    'Refresh is gone',
  );

  // Back on the list, the Status column agrees.
  await detail.getByRole('link', { name: 'Back to Connections' }).click();
  await expectText(
    portal.getByRole('row').filter({ hasText: appName }).locator('[part~="badge"]'),
    'revoked',
  );
  assert.equal(new URL(page.url()).pathname, '/portal/connections');
}

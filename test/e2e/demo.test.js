// `npm start`'s demo, end to end: the real reference server over HTTP and the real bundle in dist/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useDemo, watchPage } from './browser.js';
import { walkThroughPortal } from './walk.js';

const demo = useDemo();

test('the demo walks through list → Manage → Refresh → Revoke → back', async () => {
  const page = await demo.browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${demo.origin}/portal/connections`);
  await walkThroughPortal(page, 'HubSpot');
  assert.deepEqual(problems, []);
});

test('a deep link to a detail and a reload work', async () => {
  const page = await demo.browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${demo.origin}/portal/connections/conn_slack_01`);
  await page.locator('connection-detail').getByRole('heading', { name: 'Slack' }).waitFor();
  await page.reload();
  await page.locator('connection-detail').getByRole('heading', { name: 'Slack' }).waitFor();
  assert.deepEqual(problems, []);
});

test('the demo panel changes connections as the provider would, and withdraws the stream', async () => {
  const page = await demo.browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${demo.origin}/portal/connections`);
  const panel = page.getByRole('complementary', { name: 'Demo controls' });
  const said = page.locator('#demo-status');
  const connection = async (id) =>
    (await fetch(`${demo.origin}/api/workspaces/acme/connections/${id}`)).json();

  await panel.getByRole('button', { name: 'Finish a pending setup' }).click();
  await said.getByText('Google Drive (Shared drive) finished its setup.').waitFor();
  assert.equal((await connection('conn_drive_01')).status, 'active');
  await panel.getByRole('button', { name: 'Finish a pending setup' }).click();
  await said.getByText('No pending connection in this workspace').waitFor();

  await panel.getByRole('button', { name: 'Expire a token' }).click();
  await said.getByText("The provider says Slack (Acme team Slack)'s token expired.").waitFor();
  assert.equal((await connection('conn_slack_01')).status, 'error');

  await panel.getByRole('combobox', { name: 'Portal live attribute' }).selectOption('poll');
  assert.equal(await page.locator('connections-portal').getAttribute('live'), 'poll');

  const offered = panel.getByRole('checkbox', { name: 'The server offers the event stream' });
  await offered.uncheck();
  await said.getByText('no longer offers the event stream').waitFor();
  const stream = await fetch(`${demo.origin}/api/workspaces/acme/connection-events`);
  assert.equal(stream.status, 404);
  await page.reload();
  // The checkbox shows what the server says, not its default.
  await page.waitForFunction(() => !globalThis.document.getElementById('stream-offered').checked);
  await offered.check();
  await said.getByText('offers the event stream again').waitFor();
  // A portal that reads the stream sees it withdrawn: its 404 is expected here, and the browser
  // logs that 404 as a console error without the URL.
  const streamWithdrawn = problems.some((problem) => /404.*connection-events/.test(problem));
  assert.ok(streamWithdrawn, 'the portal asked for the stream and heard 404');
  assert.deepEqual(
    problems.filter(
      (problem) =>
        !/404.*connection-events/.test(problem) &&
        !/^console\.error: Failed to load resource: .* 404 \(Not Found\)$/.test(problem),
    ),
    [],
  );
  await fetch(`${demo.origin}/api/__control/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  });
});

test('the demo switches the page between light, dark and the viewer’s setting, and remembers it', async () => {
  const context = await demo.browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${demo.origin}/portal/connections`);
  const header = page.locator('connections-table th').first();
  await header.waitFor();
  const seen = () =>
    page.evaluate(() => {
      const style = (element) => globalThis.getComputedStyle(element);
      const th = globalThis.document
        .querySelector('connections-portal')
        .shadowRoot.querySelector('connections-table')
        .shadowRoot.querySelector('th');
      return {
        scheme: style(globalThis.document.documentElement).colorScheme,
        page: style(globalThis.document.body).backgroundColor,
        header: style(th).color,
      };
    });
  const LIGHT = { page: 'rgb(246, 248, 250)', header: 'rgb(89, 99, 110)' };
  const DARK = { page: 'rgb(1, 4, 9)', header: 'rgb(145, 152, 161)' };
  const scheme = page.getByRole('combobox', { name: /Colour scheme/ });

  assert.deepEqual(await seen(), { scheme: 'light dark', ...LIGHT });
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await seen(), { scheme: 'light dark', ...DARK });

  await scheme.selectOption('light');
  assert.deepEqual(await seen(), { scheme: 'light', ...LIGHT });
  await scheme.selectOption('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(await seen(), { scheme: 'dark', ...DARK });

  await page.reload();
  await header.waitFor();
  assert.equal(await scheme.inputValue(), 'dark');
  assert.deepEqual(await seen(), { scheme: 'dark', ...DARK });
  await scheme.selectOption('light dark');
  assert.deepEqual(await seen(), { scheme: 'light dark', ...LIGHT });
  // No CSP violation: the switch writes through the CSSOM, never a style attribute.
  assert.deepEqual(problems, []);
  await context.close();
});

test('the demo switches the portal’s language, loading each locale when first chosen', async () => {
  const page = await demo.browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${demo.origin}/portal/connections`);
  const firstHeader = page.locator('connections-table th').first();
  await firstHeader.waitFor();
  const language = page.getByRole('combobox', { name: /Language/ });
  /** The portal's lang and dir, and the lang marks on what the table draws in its shadow root. */
  const seen = () =>
    page.evaluate(() => {
      const portal = globalThis.document.querySelector('connections-portal');
      const table = portal.shadowRoot.querySelector('connections-table');
      return {
        lang: portal.lang,
        dir: portal.dir,
        marks: [...table.shadowRoot.children].map((child) => child.getAttribute('lang')),
      };
    });
  const header = async (text) => {
    await page.locator('connections-table th', { hasText: text }).first().waitFor();
    return (await firstHeader.textContent()).trim();
  };

  await language.selectOption('de');
  assert.equal(await header('Anwendung'), 'Anwendung');
  assert.deepEqual(await seen(), { lang: 'de', dir: 'ltr', marks: [null] });
  await language.selectOption('ar');
  assert.equal(await header('التطبيق'), 'التطبيق');
  assert.deepEqual(await seen(), { lang: 'ar', dir: 'rtl', marks: [null] });
  // No Polish locale ships: English, marked as English for screen readers (WCAG 3.1.2).
  await language.selectOption('pl');
  assert.equal(await header('App'), 'App');
  assert.deepEqual(await seen(), { lang: 'pl', dir: 'ltr', marks: ['en'] });
  await language.selectOption('en');
  assert.deepEqual(await seen(), { lang: 'en', dir: 'ltr', marks: [null] });
  assert.equal(await header('App'), 'App');
  // The locales came over the page's own origin as modules: no CSP violation, no error.
  assert.deepEqual(problems, []);
});

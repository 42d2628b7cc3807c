/**
 * The dark theme follows the host's `color-scheme`: every colour token's default is
 * `light-dark(light, dark)`. With no `color-scheme` (or `light`) every colour is exactly what it was
 * before the dark theme; with `dark` (or `light dark` on a dark OS) it is the dark one, inside the
 * shadow roots, in the revoke dialog (the top layer) and its backdrop, and in the toasts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { engine, onlyIn } from '../helpers/engines.js';
import { ConnectionStatusBadge } from '../../src/elements/badge/connection-status-badge.js';
import { ConnectionsProvider } from '../../src/elements/provider/connections-provider.js';
import { RevokeDialog } from '../../src/elements/revoke-dialog/revoke-dialog.js';
import { ConnectionsTable } from '../../src/elements/table/connections-table.js';
import { ToastRegion } from '../../src/elements/toast/toast-region.js';
import { TOKEN_DEFAULTS, token, type TokenName } from '../../src/styles/tokens.js';
import { withColorScheme } from '../helpers/color-scheme.js';
import { animationsFinished, part, parts } from '../helpers/dom.js';
import { ScriptedApi } from '../live/live-kit.js';
import { connection } from '../state/fake-api.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { waitUntil } from '../helpers/wait-until.js';

ConnectionsProvider.define('connections-provider');
ConnectionsTable.define('connections-table');
ConnectionStatusBadge.define('connection-status-badge');
RevokeDialog.define('revoke-dialog');
ToastRegion.define('connections-toast-region');

/** The colour defaults before the dark theme, written out: the light look must not move. */
const LIGHT_BEFORE: Record<string, string> = {
  '--pc-color-text': '#1f2328',
  '--pc-color-text-muted': '#59636e',
  '--pc-color-surface': '#ffffff',
  '--pc-color-surface-hover': '#f3f4f6',
  '--pc-color-border': '#6e7781',
  '--pc-color-accent': '#0969da',
  '--pc-color-accent-hover': '#0550ae',
  '--pc-color-on-accent': '#ffffff',
  '--pc-color-danger': '#cf222e',
  '--pc-color-danger-hover': '#a40e26',
  '--pc-color-on-danger': '#ffffff',
  '--pc-color-focus': '#0969da',
  '--pc-status-active-bg': '#dafbe1',
  '--pc-status-active-fg': '#116329',
  '--pc-status-error-bg': '#ffebe9',
  '--pc-status-error-fg': '#a40e26',
  '--pc-status-pending-bg': '#fff8c5',
  '--pc-status-pending-fg': '#7d4e00',
  '--pc-status-revoked-bg': '#eaeef2',
  '--pc-status-revoked-fg': '#424a53',
  '--pc-status-unknown-bg': '#f6f8fa',
  '--pc-status-unknown-fg': '#59636e',
};

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The colour tokens with their `[light, dark]` pair, read back from the defaults. */
const COLOURS = Object.entries(TOKEN_DEFAULTS).flatMap(([name, value]) => {
  const pair = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(value);
  return pair ? [{ name: name as TokenName, light: pair[1]!, dark: pair[2]! }] : [];
});

/** What a few surfaces of the elements compute, each read inside its element's shadow root. */
interface Seen {
  text: string;
  badge: [string, string];
  searchField: [string, string, string, string];
  header: [string, string];
  dialog: [string, string, string, string];
  backdrop: string;
  toast: [string, string, string];
}

async function mountAll() {
  const api = new ScriptedApi([
    connection('a', { status: 'active' }),
    connection('b', { status: 'error' }),
    connection('c', { status: 'pending' }),
  ]);
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <connections-provider .api=${api}>
        <connections-table search-threshold="1"></connections-table>
      </connections-provider>
      <connection-status-badge status="active"></connection-status-badge>
      <revoke-dialog .connection=${connection('a')}></revoke-dialog>
      <connections-toast-region .clock=${new ManualClock()}></connections-toast-region>
    </div>`,
  );
  const table = root.querySelector('connections-table')!;
  await waitUntil(() => parts(table, 'row').length === 3, 'the table shows the list');
  const dialog = root.querySelector<RevokeDialog>('revoke-dialog')!;
  dialog.show();
  const toasts = root.querySelector<ToastRegion>('connections-toast-region')!;
  toasts.show({ variant: 'error', title: 'Failed to refresh connection' });
  await Promise.all([dialog.updateComplete, toasts.updateComplete]);
  await animationsFinished(toasts);
  const badge = root.querySelector('connection-status-badge')!;

  return (): Seen => {
    const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
    const box = part<HTMLDialogElement>(dialog, 'dialog')!;
    const field = part(table, 'search')!;
    const header = table.shadowRoot!.querySelector('th')!;
    const toast = part(toasts, 'toast')!;
    const mark = part(badge, 'badge')!;
    return {
      text: style(table).color,
      badge: [style(mark).backgroundColor, style(mark).color],
      searchField: [
        style(field).colorScheme,
        style(field).backgroundColor,
        style(field).color,
        style(field).borderTopColor,
      ],
      header: [style(header).color, style(header).borderBottomColor],
      dialog: [
        style(box).colorScheme,
        style(box).backgroundColor,
        style(box).color,
        style(box).boxShadow,
      ],
      backdrop: style(box, '::backdrop').backgroundColor,
      toast: [style(toast).backgroundColor, style(toast).color, style(toast).borderLeftColor],
    };
  };
}

/** What those surfaces show in each scheme: the light half is today's look, unchanged. */
function expected(scheme: 'light' | 'dark', colorScheme: string): Seen {
  const c = (name: string) => {
    const found = COLOURS.find((colour) => colour.name === name)!;
    return rgb(scheme === 'light' ? LIGHT_BEFORE[name]! : found.dark);
  };
  return {
    text: c('--pc-color-text'),
    badge: [c('--pc-status-active-bg'), c('--pc-status-active-fg')],
    searchField: [
      colorScheme,
      c('--pc-color-surface'),
      c('--pc-color-text'),
      c('--pc-color-border'),
    ],
    header: [c('--pc-color-text-muted'), c('--pc-color-border')],
    dialog: [
      colorScheme,
      c('--pc-color-surface'),
      c('--pc-color-text'),
      scheme === 'light'
        ? 'rgba(31, 35, 40, 0.2) 0px 4px 12px 0px'
        : 'rgba(0, 0, 0, 0.6) 0px 4px 12px 0px',
    ],
    backdrop: scheme === 'light' ? 'rgba(31, 35, 40, 0.5)' : 'rgba(0, 0, 0, 0.6)',
    toast: [c('--pc-color-surface'), c('--pc-color-text'), c('--pc-color-danger')],
  };
}

describe('color-scheme (the dark theme)', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
  });

  it('gives every colour token a light and a dark value; the light ones are today’s', () => {
    expect(COLOURS.map((colour) => colour.name)).to.have.members(Object.keys(LIGHT_BEFORE));
    for (const { name, light, dark } of COLOURS) {
      expect(light, name).to.equal(LIGHT_BEFORE[name]);
      expect(dark, name).to.not.equal(light);
    }
  });

  it('leaves the other tokens alone, but for the shadow’s colour (its light value is today’s)', () => {
    const schemed = Object.entries(TOKEN_DEFAULTS)
      .filter(([name, value]) => !(name in LIGHT_BEFORE) && value.includes('light-dark'))
      .map(([name]) => name);
    expect(schemed).to.deep.equal(['--pc-shadow']);
    expect(TOKEN_DEFAULTS['--pc-shadow']).to.equal(
      '0 4px 12px light-dark(rgb(31 35 40 / 20%), rgb(0 0 0 / 60%))',
    );
  });

  it('resolves each token to its light value without a color-scheme or under light, dark under dark', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div></div>`);
    const resolved = () =>
      COLOURS.map(({ name }) => {
        probe.style.color = token(name).cssText;
        return getComputedStyle(probe).color;
      });
    const light = COLOURS.map(({ name }) => rgb(LIGHT_BEFORE[name]!));
    expect(resolved()).to.deep.equal(light);
    expect(await withColorScheme('light', resolved)).to.deep.equal(light);
    expect(await withColorScheme('normal', resolved)).to.deep.equal(light);
    expect(await withColorScheme('dark', resolved)).to.deep.equal(
      COLOURS.map(({ dark }) => rgb(dark)),
    );
  });

  it('draws today’s light look with no color-scheme on the page, and under light', async () => {
    const seen = await mountAll();
    expect(seen()).to.deep.equal(expected('light', 'normal'));
    expect(await withColorScheme('light', seen)).to.deep.equal(expected('light', 'light'));
  });

  it('turns dark under color-scheme: dark, in shadow roots, the dialog, its backdrop and the toasts', async () => {
    const seen = await mountAll();
    // The search field's and the dialog's color-scheme is inherited: the browser's own parts of
    // them (the field's clear button, scrollbars) are drawn dark as well.
    expect(await withColorScheme('dark', seen)).to.deep.equal(expected('dark', 'dark'));
    expect(seen()).to.deep.equal(expected('light', 'normal'));
  });

  onlyIn(
    ['chromium'],
    'emulateMedia (the user’s light or dark setting) is a CDP command: Firefox and WebKit have none',
  )('follows the user’s setting under color-scheme: light dark', async () => {
    const seen = await mountAll();
    await emulateMedia({ colorScheme: 'dark' });
    expect(await withColorScheme('light dark', seen)).to.deep.equal(expected('dark', 'light dark'));
    await emulateMedia({ colorScheme: 'light' });
    expect(await withColorScheme('light dark', seen)).to.deep.equal(
      expected('light', 'light dark'),
    );
  });

  it('follows a color-scheme set on the element alone, or by <meta name="color-scheme">', async () => {
    const seen = await mountAll();
    const root = document.querySelector<HTMLElement>('connections-table')!.closest('div')!;
    root.style.colorScheme = 'dark';
    expect(seen()).to.deep.equal(expected('dark', 'dark'));
    root.style.colorScheme = '';

    const meta = Object.assign(document.createElement('meta'), {
      name: 'color-scheme',
      content: 'dark',
    });
    document.head.append(meta);
    try {
      // The meta element leaves the computed color-scheme `normal`, and light-dark() follows it.
      expect(seen()).to.deep.equal(expected('dark', 'normal'));
    } finally {
      meta.remove();
    }
  });

  it('lets a host set a token for both schemes at once, or each with light-dark()', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div></div>`);
    const accent = () => {
      probe.style.color = token('--pc-color-accent').cssText;
      return getComputedStyle(probe).color;
    };
    probe.style.setProperty('--pc-color-accent', '#6d28d9');
    expect(accent()).to.equal(rgb('#6d28d9'));
    expect(await withColorScheme('dark', accent)).to.equal(rgb('#6d28d9'));
    probe.style.setProperty('--pc-color-accent', 'light-dark(#6d28d9, #c4b5fd)');
    expect(accent()).to.equal(rgb('#6d28d9'));
    expect(await withColorScheme('dark', accent)).to.equal(rgb('#c4b5fd'));
  });

  it('runs every .accessible() in the dark scheme too (test/helpers/setup.ts)', async () => {
    // Dark text in both schemes: readable on a light page, unreadable on a dark one.
    const probe = await fixture<HTMLParagraphElement>(html`<p>Connected and working.</p>`);
    probe.style.color = 'light-dark(#1f2328, #1f2328)';
    const failure = await expect(probe)
      .to.be.accessible()
      .then(
        () => '',
        (error: Error) => error.message,
      );
    expect(failure).to.match(/^With color-scheme: dark\nAccessibility Violations/);
    expect(failure).to.contain('color-contrast');
    expect(document.documentElement.style.colorScheme).to.equal('');
  });
});

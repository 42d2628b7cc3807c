import { assert, expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { ConnectionStatusBadge } from '../../../src/elements/badge/connection-status-badge.js';
import { normalizeStatus, statusText } from '../../../src/i18n/status-text.js';
import { defaultMessages } from '../../../src/i18n/messages.js';
import { withColorScheme } from '../../helpers/color-scheme.js';
import { part, text } from '../../helpers/dom.js';

ConnectionStatusBadge.define('connection-status-badge');

interface AxeResults {
  violations: { id: string; nodes: unknown[] }[];
  passes: { id: string; nodes: unknown[] }[];
  incomplete: { id: string; nodes: unknown[] }[];
}
const axe = (window as unknown as { axe: { run(el: Element, opts: object): Promise<AxeResults> } })
  .axe;

/** The help page's "Status values" table, verbatim. */
const HELP_PAGE = [
  ['active', 'Connected and working.', undefined],
  ['error', 'Reconnection needed.', 'Refresh the credential, or revoke and reconnect.'],
  [
    'pending',
    'Waiting for the first sync.',
    'Wait. The connection finishes setting up on its own.',
  ],
  [
    'revoked',
    'This connection was revoked. Reconnect to keep workflows running.',
    'Reconnect from a request email if your agency sends a fresh one.',
  ],
] as const;

async function badge(status: string, withDescription = true) {
  return fixture<ConnectionStatusBadge>(
    html`<connection-status-badge
      status=${status}
      ?with-description=${withDescription}
    ></connection-status-badge>`,
  );
}

describe('connection-status-badge', () => {
  describe('rendering', () => {
    for (const [status, description] of HELP_PAGE) {
      it(`shows "${status}" and "${description}"`, async () => {
        const el = await badge(status);
        assert.strictEqual(text(part(el, 'badge')), status);
        assert.strictEqual(text(part(el, 'description')), description);
        assert.isTrue(part(el, 'badge')!.classList.contains(`badge--${status}`));
        assert.strictEqual(
          el.shadowRoot!.querySelector('.shape')!.getAttribute('aria-hidden'),
          'true',
        );
      });
    }

    it('shows no description unless asked', async () => {
      const el = await badge('active', false);
      assert.strictEqual(text(part(el, 'badge')), 'active');
      assert.isNull(part(el, 'description'));
    });

    for (const value of ['', 'needs_reauthorization', 'ACTIVE', ' active', 'unknown']) {
      it(`shows a neutral "unknown" badge for ${JSON.stringify(value)}`, async () => {
        const el = await badge(value);
        assert.strictEqual(text(part(el, 'badge')), 'unknown');
        assert.strictEqual(text(part(el, 'description')), defaultMessages.descriptionUnknown);
        assert.isTrue(part(el, 'badge')!.classList.contains('badge--unknown'));
      });
    }

    it('shows "unknown" when no status is set at all', async () => {
      const el = await fixture<ConnectionStatusBadge>(
        html`<connection-status-badge></connection-status-badge>`,
      );
      assert.strictEqual(text(part(el, 'badge')), 'unknown');
    });

    it('reflects status to the attribute and follows changes', async () => {
      const el = await badge('pending');
      el.status = 'error';
      await el.updateComplete;
      assert.strictEqual(el.getAttribute('status'), 'error');
      assert.strictEqual(text(part(el, 'badge')), 'error');
      el.setAttribute('status', 'revoked');
      await el.updateComplete;
      assert.strictEqual(el.status, 'revoked');
      assert.strictEqual(text(part(el, 'badge')), 'revoked');
    });

    it('never turns a hostile status into markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">" class="badge--active';
      const el = await fixture<ConnectionStatusBadge>(
        html`<connection-status-badge .status=${hostile}></connection-status-badge>`,
      );
      assert.isNull(el.shadowRoot!.querySelector('img'));
      assert.strictEqual(text(part(el, 'badge')), 'unknown');
      assert.isFalse(part(el, 'badge')!.classList.contains('badge--active'));
      assert.strictEqual(el.getAttribute('status'), hostile);
      assert.isUndefined((window as unknown as { __pwned?: number }).__pwned);
    });

    it('takes its words from the messages property', async () => {
      const el = await badge('active');
      el.messages = { statusActive: 'actif', descriptionActive: 'Connecté et fonctionnel.' };
      await el.updateComplete;
      assert.strictEqual(text(part(el, 'badge')), 'actif');
      assert.strictEqual(text(part(el, 'description')), 'Connecté et fonctionnel.');
    });
  });

  describe('statusText', () => {
    for (const [status, description, advice] of HELP_PAGE) {
      it(`describes ${status} as the help page does`, () => {
        const result = statusText(status, defaultMessages);
        assert.strictEqual(result.word, status);
        assert.strictEqual(result.description, description);
        assert.strictEqual(result.advice, advice);
      });
    }

    it('describes anything else as unknown, without advice', () => {
      for (const value of [undefined, null, 3, 'Active', 'expired']) {
        assert.strictEqual(normalizeStatus(value), 'unknown');
        const result = statusText(value, defaultMessages);
        assert.strictEqual(result.word, defaultMessages.statusUnknown);
        assert.strictEqual(result.description, defaultMessages.descriptionUnknown);
        assert.isUndefined(result.advice);
      }
    });
  });

  describe('accessibility', () => {
    for (const status of ['active', 'error', 'pending', 'revoked', 'something-new']) {
      it(`is axe-clean when ${status}`, async () => {
        const el = await badge(status);
        await expect(el).to.be.accessible();
      });

      for (const scheme of ['light', 'dark']) {
        it(`passes axe's color-contrast rule when ${status}, color-scheme ${scheme}`, async () => {
          const el = await badge(status);
          const results = await withColorScheme(scheme, () =>
            axe.run(el, {
              runOnly: ['color-contrast'],
              resultTypes: ['passes', 'violations', 'incomplete'],
            }),
          );
          assert.deepEqual(results.violations, []);
          assert.deepEqual(results.incomplete, []);
          const checked = results.passes.find((rule) => rule.id === 'color-contrast');
          assert.isAtLeast(checked?.nodes.length ?? 0, 2, 'both the word and the description');
        });
      }
    }
  });
});

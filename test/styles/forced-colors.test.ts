/**
 * Forced colours (Windows' high-contrast themes): the browser replaces every colour with a few
 * system colours and drops backgrounds. What must survive: each status keeps its shape (drawn with
 * borders, not a background) and its pill, and the focus ring is the system's Highlight, in the
 * light and the dark scheme alike (the dark theme's `light-dark()` defaults must not get in the way).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ConnectionStatusBadge } from '../../src/elements/badge/connection-status-badge.js';
import { focusRingStyles } from '../../src/styles/shared.styles.js';
import { engine, onlyIn } from '../helpers/engines.js';
import { withColorScheme } from '../helpers/color-scheme.js';

ConnectionStatusBadge.define('connection-status-badge');

/** A button with the shared focus ring, as every element of ours draws it. */
class FocusProbe extends LitElement {
  static override styles = [focusRingStyles];
  override render() {
    return html`<button type="button">Refresh credential</button>`;
  }
}
customElements.define('forced-colors-focus-probe', FocusProbe);

const STATUSES = ['active', 'error', 'pending', 'revoked', 'unknown'] as const;

/** A system colour as this browser computes it (`Highlight` is `rgb(…)` once computed). */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

async function badges(): Promise<ConnectionStatusBadge[]> {
  const root = await fixture<HTMLElement>(
    html`<div>
      ${STATUSES.map((status) => html`<connection-status-badge status=${status}></connection-status-badge>`)}
    </div>`,
  );
  const all = [...root.querySelectorAll<ConnectionStatusBadge>('connection-status-badge')];
  await Promise.all(all.map((badge) => badge.updateComplete));
  return all;
}

/** How each status draws its pill and its shape, as computed. */
function drawn(badge: ConnectionStatusBadge) {
  const pill = getComputedStyle(badge.shadowRoot!.querySelector('.badge')!);
  const shape = getComputedStyle(badge.shadowRoot!.querySelector('.shape')!);
  return {
    pillBorder: `${pill.borderTopStyle} ${pill.borderTopWidth !== '0px'}`,
    shapeFilled: shape.backgroundColor === pill.color,
    shapeOutlined:
      shape.borderInlineStartColor === pill.color && shape.borderInlineStartWidth !== '0px',
    shapeRadius: shape.borderTopLeftRadius,
    shapeTurned: shape.transform !== 'none',
  };
}

describe('forced colours', () => {
  afterEach(async () => {
    if (engine === 'chromium')
      await executeServerCommand('emulate-forced-colors', { active: false });
  });

  for (const scheme of ['light', 'dark'] as const) {
    onlyIn(
      ['chromium'],
      'forced colours are emulated through CDP (puppeteer); Firefox and WebKit have no such command',
    )(
      `keeps a shape per status and the pill's border, and focus is Highlight (${scheme})`,
      async () => {
        const all = await badges();
        await executeServerCommand('emulate-forced-colors', { active: true });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const seen = await withColorScheme(scheme, async () => all.map(drawn));
        // Every pill keeps a border (its background is gone); every shape keeps its outline in the
        // text colour, and active, error and revoked their fill: a dot apart from pending's ring.
        expect(seen.map((s) => s.pillBorder)).to.deep.equal(STATUSES.map(() => 'solid true'));
        expect(seen.map((s) => s.shapeOutlined)).to.deep.equal(STATUSES.map(() => true));
        expect(seen.map((s) => s.shapeFilled)).to.deep.equal([true, true, false, true, false]);
        // The shapes stay apart: a round active, a turned (diamond) error, square others.
        expect(seen[0].shapeRadius).to.equal('50%');
        expect(seen[1].shapeTurned).to.equal(true);
        expect(seen.slice(2).map((s) => s.shapeTurned)).to.deep.equal([false, false, false]);

        // The focus ring: the system's Highlight, not the accent token.
        const host = await fixture<FocusProbe>(
          html`<forced-colors-focus-probe></forced-colors-focus-probe>`,
        );
        const button = host.shadowRoot!.querySelector('button')!;
        const ring = await withColorScheme(scheme, () => {
          button.focus();
          return getComputedStyle(button).outlineColor;
        });
        expect(button.matches(':focus-visible')).to.equal(true);
        // Forced colours alone would make it CanvasText; the styles ask for Highlight.
        expect(ring).to.equal(systemColour('Highlight'));
        expect(ring).not.to.equal(systemColour('CanvasText'));
      },
    );
  }
});

/**
 * WCAG AA for the default colours, in both schemes, computed from TOKEN_DEFAULTS itself: text at
 * least 4.5:1 against what it is drawn on, borders, the focus ring and the stripes at least 3:1
 * (WCAG 1.4.3 and 1.4.11). axe checks the states it sees (every `.accessible()` runs in light and
 * dark, test/helpers/setup.ts); this checks the pairs it cannot see, such as hover colours.
 */
import { expect } from '@open-wc/testing';
import { TOKEN_DEFAULTS, type TokenName } from '../../src/styles/tokens.js';

/** A token's `[light, dark]` pair, read from its `light-dark(light, dark)` default. */
function pair(name: TokenName): [string, string] {
  const found = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(TOKEN_DEFAULTS[name]);
  if (!found) throw new Error(`${name} is not a light-dark() colour: ${TOKEN_DEFAULTS[name]}`);
  return [found[1]!, found[2]!];
}

/** WCAG 2's relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** [foreground, background, minimum]: what the elements draw on what. */
const PAIRS: [TokenName, TokenName, number][] = [
  ['--pc-color-text', '--pc-color-surface', TEXT],
  ['--pc-color-text', '--pc-color-surface-hover', TEXT], // a hovered button, a monogram
  ['--pc-color-text-muted', '--pc-color-surface', TEXT],
  ['--pc-color-text-muted', '--pc-color-surface-hover', TEXT],
  ['--pc-color-accent', '--pc-color-surface', TEXT], // links
  ['--pc-color-accent-hover', '--pc-color-surface', TEXT],
  ['--pc-color-on-accent', '--pc-color-accent', TEXT],
  ['--pc-color-on-accent', '--pc-color-accent-hover', TEXT],
  ['--pc-color-on-danger', '--pc-color-danger', TEXT],
  ['--pc-color-on-danger', '--pc-color-danger-hover', TEXT],
  ['--pc-color-border', '--pc-color-surface', NON_TEXT],
  ['--pc-color-border', '--pc-color-surface-hover', NON_TEXT],
  ['--pc-color-focus', '--pc-color-surface', NON_TEXT],
  ['--pc-color-danger', '--pc-color-surface', NON_TEXT], // the error stripes, a failure toast
  ['--pc-status-active-fg', '--pc-color-surface', NON_TEXT], // a success toast's stripe
  ['--pc-status-active-fg', '--pc-status-active-bg', TEXT],
  ['--pc-status-error-fg', '--pc-status-error-bg', TEXT], // the badge, the dialog's error
  ['--pc-status-pending-fg', '--pc-status-pending-bg', TEXT],
  ['--pc-status-revoked-fg', '--pc-status-revoked-bg', TEXT],
  ['--pc-status-unknown-fg', '--pc-status-unknown-bg', TEXT],
];

describe('default colours: WCAG AA contrast', () => {
  for (const [index, scheme] of ['light', 'dark'].entries()) {
    it(`meets AA for every pair in the ${scheme} scheme`, () => {
      const failing = PAIRS.flatMap(([fg, bg, minimum]) => {
        const ratio = contrast(pair(fg)[index]!, pair(bg)[index]!);
        return ratio < minimum ? [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${minimum}`] : [];
      });
      expect(failing).to.deep.equal([]);
    });
  }

  it('computes the WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });
});

/**
 * The README's token table (Theming → Dark mode) is written by hand. This test keeps it true: one
 * row per token of TOKEN_DEFAULTS, in the table's order, each with its default as the light scheme
 * and the dark scheme resolve it ("same" when the token does not depend on the scheme).
 */
import { expect } from '@open-wc/testing';
import { TOKEN_DEFAULTS } from '../../src/styles/tokens.js';

/** `light-dark(a, b)`, where a and b may hold one level of parentheses (`rgb(…)`). */
const LIGHT_DARK = /light-dark\(((?:[^(),]|\([^()]*\))+), ((?:[^(),]|\([^()]*\))+)\)/g;

/** A default as a scheme resolves it: each `light-dark(a, b)` becomes a (light) or b (dark). */
function resolve(value: string, scheme: 'light' | 'dark'): string {
  return value.replace(LIGHT_DARK, (_, light: string, dark: string) =>
    scheme === 'light' ? light : dark,
  );
}

describe('README token table', () => {
  it('lists every token with its light and dark default, in the order of tokens.ts', async () => {
    const response = await fetch('/README.md', { cache: 'no-store' });
    expect(response.ok, 'README.md').to.equal(true);
    const rows = (await response.text())
      .split('\n')
      .filter((line) => line.startsWith('| `--pc-'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const expected = Object.entries(TOKEN_DEFAULTS).map(([name, value]) => {
      const [light, dark] = [resolve(value, 'light'), resolve(value, 'dark')];
      return [`\`${name}\``, `\`${light}\``, dark === light ? 'same' : `\`${dark}\``];
    });
    expect(rows).to.deep.equal(expected);
  });
});

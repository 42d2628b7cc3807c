import { assert, expect } from '@open-wc/testing';
import { TOKEN_DEFAULTS, token, type TokenName } from '../../src/styles/tokens.js';

describe('design tokens', () => {
  it('writes every token as var(--pc-name, default)', () => {
    for (const [name, fallback] of Object.entries(TOKEN_DEFAULTS)) {
      expect(name).to.match(/^--pc-[a-z0-9-]+$/);
      assert.strictEqual(token(name as TokenName).cssText, `var(${name}, ${fallback})`);
    }
  });

  it('documents the tokens the elements promise', () => {
    const required = [
      '--pc-font-family',
      '--pc-color-text',
      '--pc-color-text-muted',
      '--pc-color-surface',
      '--pc-color-border',
      '--pc-color-accent',
      '--pc-color-danger',
      '--pc-color-focus',
      '--pc-radius',
      '--pc-space-1',
      '--pc-space-2',
      '--pc-space-3',
      '--pc-space-4',
      '--pc-font-size-sm',
      '--pc-font-size-md',
      '--pc-font-size-lg',
      ...['active', 'error', 'pending', 'revoked', 'unknown'].flatMap((s) => [
        `--pc-status-${s}-bg`,
        `--pc-status-${s}-fg`,
      ]),
    ];
    for (const name of required) expect(TOKEN_DEFAULTS).to.have.property(name);
  });
});

import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens: every `--pc-*` custom property a host may set to theme the elements, with the
 * value used when it does not. This table is the one place the defaults are written; styles read a
 * token through {@link token}, which always yields `var(--pc-…, default)`, so nothing needs to be
 * declared on `:host` and a host's value set on any ancestor wins.
 *
 * A colour is written `[light, dark]`; its default is `light-dark(light, dark)`, which follows the
 * `color-scheme` the elements inherit from the host: `dark` gives the dark value, `light dark` the
 * user's setting, `light` or none the light one. The shadow's colour follows it too (20% of a
 * near-black vanishes on a dark surface); its offsets do not.
 *
 * Both schemes pass WCAG AA against the surface (light #ffffff, dark #0d1117), as light / dark:
 * text 15.8 / 16.0, muted text 6.1 / 6.5 (5.6 / 5.2 on surface-hover), accent and focus 5.2 / 6.1,
 * accent-hover 7.6 / 9.1, danger 5.4 / 5.6, border 4.6 / 4.1 (3:1 is enough for it, the focus
 * ring and danger's stripe). On-accent and on-danger text on their fills: 5.2 / 6.1 and 5.4 / 5.6,
 * hovered 7.6 / 9.1 and 7.9 / 7.5. Status text on its background: active 6.6 / 7.6, error
 * 6.9 / 7.8, pending 6.6 / 7.9, revoked 7.7 / 9.9, unknown 5.7 / 5.9. test/styles/contrast.test.ts
 * recomputes every pair from this table.
 */
const TABLE = {
  '--pc-font-family': 'inherit',
  '--pc-font-size-sm': '0.875rem',
  '--pc-font-size-md': '1rem',
  '--pc-font-size-lg': '1.25rem',
  '--pc-font-weight-strong': '600',
  '--pc-line-height': '1.5',

  '--pc-color-text': ['#1f2328', '#e6edf3'],
  '--pc-color-text-muted': ['#59636e', '#9198a1'],
  '--pc-color-surface': ['#ffffff', '#0d1117'],
  '--pc-color-surface-hover': ['#f3f4f6', '#21262d'],
  '--pc-color-border': ['#6e7781', '#6e7681'],
  '--pc-color-accent': ['#0969da', '#4493f8'],
  '--pc-color-accent-hover': ['#0550ae', '#79b8ff'],
  '--pc-color-on-accent': ['#ffffff', '#0d1117'],
  '--pc-color-danger': ['#cf222e', '#f85149'],
  '--pc-color-danger-hover': ['#a40e26', '#ff7b72'],
  '--pc-color-on-danger': ['#ffffff', '#0d1117'],
  '--pc-color-focus': ['#0969da', '#4493f8'],

  '--pc-status-active-bg': ['#dafbe1', '#0f2e1b'],
  '--pc-status-active-fg': ['#116329', '#56d364'],
  '--pc-status-error-bg': ['#ffebe9', '#3a1216'],
  '--pc-status-error-fg': ['#a40e26', '#ff9492'],
  '--pc-status-pending-bg': ['#fff8c5', '#2e2408'],
  '--pc-status-pending-fg': ['#7d4e00', '#e3b341'],
  '--pc-status-revoked-bg': ['#eaeef2', '#21262d'],
  '--pc-status-revoked-fg': ['#424a53', '#c9d1d9'],
  '--pc-status-unknown-bg': ['#f6f8fa', '#161b22'],
  '--pc-status-unknown-fg': ['#59636e', '#9198a1'],

  '--pc-radius': '6px',
  '--pc-space-1': '0.25rem',
  '--pc-space-2': '0.5rem',
  '--pc-space-3': '0.75rem',
  '--pc-space-4': '1rem',
  '--pc-shadow': '0 4px 12px light-dark(rgb(31 35 40 / 20%), rgb(0 0 0 / 60%))',
  '--pc-disabled-opacity': '0.6',
  '--pc-z-index-toast': '1000',
  '--pc-toast-width': '24rem',
} as const;

export type TokenName = keyof typeof TABLE;

/** Each token's default as CSS: a colour's `[light, dark]` pair becomes `light-dark(light, dark)`. */
export const TOKEN_DEFAULTS = Object.fromEntries(
  Object.entries(TABLE).map(([name, value]) => [
    name,
    typeof value == 'string' ? value : `light-dark(${value[0]}, ${value[1]})`,
  ]),
) as Readonly<Record<TokenName, string>>;

/**
 * `var(<name>, <default>)` for use inside a Lit `css` block. `unsafeCSS` is safe here: the text is
 * built only from this module's constant table (the type allows no other name), never from input.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${TOKEN_DEFAULTS[name]})`);
}

import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens: every `--pc-*` custom property a host may set to theme the elements, with the
 * value used when it does not. This table is the one place the defaults are written; styles read a
 * token through {@link token}, which always yields `var(--pc-…, default)`, so nothing needs to be
 * declared on `:host` and a host's value set on any ancestor wins.
 *
 * Colour defaults pass WCAG AA: text pairs at least 4.5:1 (the status pairs 6.5:1 or more), the
 * border and the focus ring at least 3:1 against the surface.
 */
export const TOKEN_DEFAULTS = {
  '--pc-font-family': 'inherit',
  '--pc-font-size-sm': '0.875rem',
  '--pc-font-size-md': '1rem',
  '--pc-font-size-lg': '1.25rem',
  '--pc-font-weight-strong': '600',
  '--pc-line-height': '1.5',

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

  '--pc-radius': '6px',
  '--pc-space-1': '0.25rem',
  '--pc-space-2': '0.5rem',
  '--pc-space-3': '0.75rem',
  '--pc-space-4': '1rem',
  '--pc-shadow': '0 4px 12px rgb(31 35 40 / 20%)',
  '--pc-disabled-opacity': '0.6',
  '--pc-z-index-toast': '1000',
  '--pc-toast-width': '24rem',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/**
 * `var(<name>, <default>)` for use inside a Lit `css` block. `unsafeCSS` is safe here: the text is
 * built only from this module's constant table (the type allows no other name), never from input.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${TOKEN_DEFAULTS[name]})`);
}

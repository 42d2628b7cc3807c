import { css } from 'lit';
import { token } from './tokens.js';

/**
 * What every element's host needs: block layout, the host's font, and a working `hidden`; and
 * `.muted`, small secondary text (a description, a note, a count), written once for all elements.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('--pc-font-family')};
    line-height: ${token('--pc-line-height')};
    color: ${token('--pc-color-text')};
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .muted {
    color: ${token('--pc-color-text-muted')};
    font-size: ${token('--pc-font-size-sm')};
  }
`;

/**
 * `.visually-hidden`: read by screen readers, not drawn. Used for context AFTER the visible words
 * ("Dismiss" + " Connection refreshed."), so the accessible name always starts with what is seen.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** One focus ring for every focusable thing: keyboard focus only, visible in forced colours too. */
export const focusRingStyles = css`
  :focus-visible {
    outline: 2px solid ${token('--pc-color-focus')};
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** `.button`, with `.button--primary` and `.button--danger`. Pair with {@link focusRingStyles}. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('--pc-space-1')};
    min-block-size: 2rem;
    padding-block: ${token('--pc-space-1')};
    padding-inline: ${token('--pc-space-3')};
    border: 1px solid ${token('--pc-color-border')};
    border-radius: ${token('--pc-radius')};
    background: ${token('--pc-color-surface')};
    color: ${token('--pc-color-text')};
    font: inherit;
    font-size: ${token('--pc-font-size-sm')};
    font-weight: ${token('--pc-font-weight-strong')};
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: ${token('--pc-color-surface-hover')};
  }
  .button--primary {
    border-color: ${token('--pc-color-accent')};
    background: ${token('--pc-color-accent')};
    color: ${token('--pc-color-on-accent')};
  }
  .button--primary:hover {
    background: ${token('--pc-color-accent-hover')};
  }
  .button--danger {
    border-color: ${token('--pc-color-danger')};
    background: ${token('--pc-color-danger')};
    color: ${token('--pc-color-on-danger')};
  }
  .button--danger:hover {
    background: ${token('--pc-color-danger-hover')};
  }
  .button:disabled {
    opacity: ${token('--pc-disabled-opacity')};
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled {
      border-color: GrayText;
    }
  }
`;

/** Placeholder blocks, the size of the text they stand for, while data loads. */
export const skeletonStyles = css`
  .bone {
    display: block;
    block-size: 1em;
    inline-size: 70%;
    border-radius: ${token('--pc-radius')};
    background: ${token('--pc-color-surface-hover')};
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .bone {
      background: GrayText;
    }
  }
`;

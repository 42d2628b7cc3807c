import { css } from 'lit';

/** What every element's host needs: block layout, the host's font, and a working `hidden`. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--pc-font-family, inherit);
    color: var(--pc-color-text, #1f2328);
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
`;

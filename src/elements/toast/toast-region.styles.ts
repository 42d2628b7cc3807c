import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const toastRegionStyles = css`
  /*
   * Fixed in the block-end inline-end corner, above the page. The stack takes no pointer events
   * itself, so its empty width never blocks the page; the toasts do.
   */
  .stack {
    position: fixed;
    inset-block-end: ${token('--pc-space-4')};
    inset-inline-end: ${token('--pc-space-4')};
    z-index: ${token('--pc-z-index-toast')};
    inline-size: min(${token('--pc-toast-width')}, calc(100vw - 2 * ${token('--pc-space-4')}));
    pointer-events: none;
  }
  .stack,
  .live {
    display: flex;
    flex-direction: column;
    gap: ${token('--pc-space-2')};
  }
  .stack--top {
    inset-block-start: ${token('--pc-space-4')};
    inset-block-end: auto;
  }

  .toast {
    display: flex;
    align-items: flex-start;
    gap: ${token('--pc-space-3')};
    padding: ${token('--pc-space-3')};
    border: 1px solid ${token('--pc-color-border')};
    border-inline-start: 4px solid ${token('--pc-status-active-fg')};
    border-radius: ${token('--pc-radius')};
    /* A card on its own surface: its text pairs with the surface, not with the host's colour. */
    background: ${token('--pc-color-surface')};
    color: ${token('--pc-color-text')};
    box-shadow: ${token('--pc-shadow')};
    pointer-events: auto;
  }
  .toast--error {
    border-inline-start-color: ${token('--pc-color-danger')};
  }
  .icon {
    flex: none;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    margin-block-start: 0.4em;
    border: 0.125rem solid ${token('--pc-status-active-fg')};
    border-radius: 50%;
    background: ${token('--pc-status-active-fg')};
  }
  .toast--error .icon {
    border-radius: 0;
    transform: rotate(45deg);
    border-color: ${token('--pc-color-danger')};
    background: ${token('--pc-color-danger')};
  }
  .text {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: ${token('--pc-font-weight-strong')};
    font-size: ${token('--pc-font-size-md')};
  }
  .dismiss {
    flex: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .toast {
      animation: toast-in 160ms ease-out;
    }
    @keyframes toast-in {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }
  }
`;

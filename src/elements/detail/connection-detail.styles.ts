import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const connectionDetailStyles = css`
  .back-link {
    display: inline-block;
    margin-block-end: ${token('--pc-space-3')};
    color: ${token('--pc-color-accent')};
    font-size: ${token('--pc-font-size-sm')};
  }
  .back-link:hover {
    color: ${token('--pc-color-accent-hover')};
  }
  .app-name {
    margin-block: 0 ${token('--pc-space-3')};
    font-size: ${token('--pc-font-size-lg')};
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .app-name:focus,
  .message-title:focus {
    outline: none;
  }
  .app-name:focus-visible,
  .message-title:focus-visible {
    outline: 2px solid ${token('--pc-color-focus')};
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--pc-space-3')};
    margin-block-end: ${token('--pc-space-2')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--pc-space-2')};
  }
  .contact-note,
  .advice {
    margin: 0;
    color: ${token('--pc-color-text-muted')};
    font-size: ${token('--pc-font-size-sm')};
  }
  .advice {
    margin-block-end: ${token('--pc-space-4')};
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    row-gap: ${token('--pc-space-2')};
    column-gap: ${token('--pc-space-4')};
    margin: 0;
  }
  .details dt {
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .message-title {
    margin-block: 0 ${token('--pc-space-2')};
    font-size: ${token('--pc-font-size-lg')};
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .message p {
    margin-block: 0 ${token('--pc-space-3')};
  }

  /* The loading placeholder keeps roughly the final height, so nothing jumps when it arrives. */
  .skeleton {
    display: grid;
    gap: ${token('--pc-space-3')};
    min-block-size: 14rem;
  }
  .skeleton-line {
    block-size: 1.25rem;
    border-radius: ${token('--pc-radius')};
    background: ${token('--pc-color-surface-hover')};
  }
  .skeleton-line--heading {
    block-size: 1.75rem;
    inline-size: 40%;
  }
  .skeleton-line--short {
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .skeleton-line {
      border: 1px solid GrayText;
    }
    .back-link {
      color: LinkText;
    }
  }
`;

import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const revokeDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(32rem, calc(100vw - 2 * ${token('--pc-space-4')}));
    max-block-size: calc(100vh - 2 * ${token('--pc-space-4')});
    padding: ${token('--pc-space-4')};
    border: 1px solid ${token('--pc-color-border')};
    border-radius: ${token('--pc-radius')};
    background: ${token('--pc-color-surface')};
    color: ${token('--pc-color-text')};
    box-shadow: ${token('--pc-shadow')};
  }
  dialog::backdrop {
    background: light-dark(rgb(31 35 40 / 50%), rgb(0 0 0 / 60%));
  }
  .title {
    margin-block: 0 ${token('--pc-space-2')};
    font-size: ${token('--pc-font-size-lg')};
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .description,
  .error {
    margin-block: 0 ${token('--pc-space-4')};
  }
  .error {
    padding-block: ${token('--pc-space-2')};
    padding-inline: ${token('--pc-space-3')};
    border-inline-start: 4px solid ${token('--pc-color-danger')};
    background: ${token('--pc-status-error-bg')};
    color: ${token('--pc-status-error-fg')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${token('--pc-space-2')};
  }
`;

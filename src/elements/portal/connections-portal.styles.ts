import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const portalStyles = css`
  .heading {
    margin-block: 0 ${token('--pc-space-4')};
    font-size: calc(${token('--pc-font-size-lg')} * 1.2);
    line-height: 1.25;
  }
  connection-requests {
    margin-block-end: ${token('--pc-space-4')};
  }
`;

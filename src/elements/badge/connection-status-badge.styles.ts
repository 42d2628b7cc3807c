import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const badgeStyles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--pc-space-2')};
    vertical-align: middle;
  }
`;

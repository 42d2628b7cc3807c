import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const requestsStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
    gap: ${token('--pc-space-3')};
    padding: ${token('--pc-space-4')};
    border: 1px solid ${token('--pc-color-border')};
    border-radius: ${token('--pc-radius')};
    background: ${token('--pc-color-surface')};
  }
  /*
   * The placeholder: shorter than a panel with one request, so that both the panel arriving and
   * no panel at all move the list below it little (CLS under 0.1 either way; test/e2e/ssr.test.js).
   */
  .bone--heading {
    block-size: 1.25rem;
    inline-size: min(18rem, 60%);
  }
  .bone--request {
    block-size: 2rem;
    inline-size: 100%;
  }
  .heading {
    margin: 0;
    font-size: ${token('--pc-font-size-lg')};
    font-weight: ${token('--pc-font-weight-strong')};
    line-height: 1.25;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: ${token('--pc-space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .request {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: ${token('--pc-space-2')};
    column-gap: ${token('--pc-space-4')};
    padding-block: ${token('--pc-space-2')};
    border-block-start: 1px solid ${token('--pc-color-border')};
  }
  .request:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .summary {
    display: flex;
    flex: 1 1 16rem;
    flex-direction: column;
    gap: ${token('--pc-space-1')};
    min-inline-size: 0;
  }
  .app-line {
    display: flex;
    align-items: center;
    gap: ${token('--pc-space-2')};
  }
  .app {
    font-weight: ${token('--pc-font-weight-strong')};
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('--pc-space-3')};
    overflow-wrap: anywhere;
  }
  .note {
    margin: 0;
  }
`;

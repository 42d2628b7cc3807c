import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * The status mark (a pill with a shape and the status word), shared by the badge element and the
 * table, which draws it in its own shadow root rather than one badge element per row.
 */
export const statusMarkStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token('--pc-space-1')};
    padding-block: 0.125em;
    padding-inline: ${token('--pc-space-2')};
    border: 1px solid transparent;
    border-radius: 999px;
    font-size: ${token('--pc-font-size-sm')};
    font-weight: ${token('--pc-font-weight-strong')};
    line-height: 1.25;
    white-space: nowrap;
    background: ${token('--pc-status-unknown-bg')};
    color: ${token('--pc-status-unknown-fg')};
  }
  .badge--active {
    background: ${token('--pc-status-active-bg')};
    color: ${token('--pc-status-active-fg')};
  }
  .badge--error {
    background: ${token('--pc-status-error-bg')};
    color: ${token('--pc-status-error-fg')};
  }
  .badge--pending {
    background: ${token('--pc-status-pending-bg')};
    color: ${token('--pc-status-pending-fg')};
  }
  .badge--revoked {
    background: ${token('--pc-status-revoked-bg')};
    color: ${token('--pc-status-revoked-fg')};
  }

  /* A shape per status, so colour is never the only cue (the word always is one too). */
  .shape {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    background: currentColor;
    border: 0.125em solid currentColor;
  }
  .badge--active .shape,
  .badge--pending .shape {
    border-radius: 50%;
  }
  .badge--pending .shape,
  .badge--unknown .shape {
    background: transparent;
  }
  .badge--error .shape {
    transform: rotate(45deg);
  }
  .badge--revoked .shape {
    block-size: 0.125em;
    border-block-width: 0;
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours: the border keeps the pill. */
    .badge {
      border-color: CanvasText;
    }
    /*
     * The shapes keep their fill, in the system's text colour: without it the active dot would be a
     * ring like pending's, and revoked's dash two dots.
     */
    .shape {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
`;

import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/*
 * The host is a size container: on a narrow column (a phone, a sidebar) the facts list puts each name
 * above its value; side by side, the widest name ("External account email") would leave the values a
 * few characters wide, broken letter by letter. Without the advice line, the facts keep the advice's
 * gap below the status row (their margin and the row's collapse into one).
 * (Comments stay outside the css literal: the bundle keeps its text.)
 */
export const connectionDetailStyles = css`
  :host {
    container-type: inline-size;
  }
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
  p {
    margin: 0;
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
  .status + .details {
    margin-block-start: ${token('--pc-space-4')};
  }
  @container (max-width: 30rem) {
    .details {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .details dd + dt {
      margin-block-start: ${token('--pc-space-2')};
    }
  }
  .message-title {
    margin-block: 0 ${token('--pc-space-2')};
    font-size: ${token('--pc-font-size-lg')};
    font-weight: ${token('--pc-font-weight-strong')};
  }
  .message p {
    margin-block: 0 ${token('--pc-space-3')};
  }

  /*
   * The loading placeholder keeps roughly the final height, so nothing jumps when it arrives: its
   * lines are the shared bones (pulse, colours, forced colours), sized here.
   */
  .skeleton {
    display: grid;
    gap: ${token('--pc-space-3')};
    min-block-size: 14rem;
  }
  .line {
    block-size: 1.25rem;
    inline-size: auto;
  }
  .line--heading {
    block-size: 1.75rem;
    inline-size: 40%;
  }
  .line--short {
    inline-size: 60%;
  }
`;

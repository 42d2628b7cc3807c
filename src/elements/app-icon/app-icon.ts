import { css, html, type ReactiveControllerHost } from 'lit';
import type { AppInfo } from '../../api/types.js';
import { token } from '../../styles/tokens.js';
import { safeUrl } from '../../utils/url-policy.js';
import { monogram } from './monogram.js';

/**
 * An app's icon, or its letter when the icon URL fails the URL policy or fails to load. Shared by the
 * table and the requests panel; the host element remembers which icons failed, so a row re-rendered
 * later does not try a broken icon again. The icon is decorative: the app's name is written beside it.
 */
export class AppIconController {
  private readonly failedIcons = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  render(app: AppInfo) {
    const src = safeUrl(app.iconUrl);
    if (src && !this.failedIcons.has(src)) {
      return html`<img
        part="icon"
        class="icon"
        alt=""
        src=${src}
        @error=${() => {
          this.failedIcons.add(src);
          this.host.requestUpdate();
        }}
      />`;
    }
    return html`<span part="icon" class="icon monogram" aria-hidden="true"
      >${monogram(app.name)}</span
    >`;
  }
}

export const appIconStyles = css`
  .icon {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: ${token('--pc-radius')};
    object-fit: contain;
  }
  .monogram {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    background: ${token('--pc-color-surface-hover')};
    color: ${token('--pc-color-text')};
    border: 1px solid ${token('--pc-color-border')};
    font-size: ${token('--pc-font-size-sm')};
    line-height: 1;
  }
`;

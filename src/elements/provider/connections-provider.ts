import { css, html, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ConnectionsApi } from '../../api/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Clock } from '../../utils/clock.js';
import { ProviderController } from '../../state/provider-controller.js';
import type { ConnectionsStore } from '../../state/store.js';
import { BaseElement } from '../base/base-element.js';
import type { ToastRegion } from '../toast/toast-region.js';

/**
 * Where the results of actions are announced (the provider's toaster shows toasts here): the
 * provider draws it after its slot, the portal after its page. One template, shared by both.
 */
export const TOAST_REGION = html`<connections-toast-region
  exportparts="toast,toast-title,toast-detail,dismiss"
></connections-toast-region>`;

/**
 * Set `api-base-url` and `workspace-id` (and `.getSessionToken`) to talk to the REST contract, or
 * `.api` to any `ConnectionsApi`. Changing the workspace, the api or the token function reloads
 * everything.
 *
 * Its toast region (`connections-toast-region`, registered with the default tags) reports the
 * results of the actions taken inside it: "Connection refreshed.", "Connection revoked", …
 *
 * The provider draws no box (`display: contents`): its font and text tokens apply to the content
 * inside it, and the tokens of the elements inside apply when set on the provider.
 *
 * @summary Provides the API client, workspace, messages and shared state to every element inside it,
 * for hosts that lay out the parts themselves.
 *
 * @slot - The connections elements (and any other content) that share this provider's state.
 *
 * @csspart toast - A toast.
 * @csspart toast-title - A toast's title.
 * @csspart toast-detail - A toast's detail line.
 * @csspart dismiss - A toast's "Dismiss" button.
 *
 * @cssproperty [--pc-font-family=inherit] - Font family of the content inside it.
 * @cssproperty [--pc-line-height=1.5] - Line height of the content inside it.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of small secondary text (none drawn here).
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Small secondary text (shared host styles; none drawn here).
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour of the content inside it.
 *
 * @event connections-auth-required - A request ended `unauthorized` (after the fresh-token retry).
 * Fired once per episode: not again until a request succeeds or the configuration changes.
 * `detail: { error }`, never a token.
 */
export class ConnectionsProvider extends BaseElement {
  static override styles = [
    ...BaseElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      apiBaseUrl: { attribute: 'api-base-url' },
      workspaceId: { attribute: 'workspace-id' },
      getSessionToken: { attribute: false },
      api: { attribute: false },
      messages: { attribute: false },
      live: {},
      pollInterval: { type: Number, attribute: 'poll-interval' },
      syncChannel: { attribute: 'sync-channel' },
      clock: { attribute: false },
    };
  }

  /**
   * The providing logic; `connections-portal` (a provider that draws the page) reuses it. The
   * element is its configuration: its properties are the `ProviderConfig`'s, read afresh each time.
   */
  protected provider = new ProviderController(
    this,
    () => this,
    () => this.toastRegion,
  );

  private get toastRegion(): ToastRegion | null {
    return this.renderRoot.querySelector('connections-toast-region');
  }

  /** Base URL of the REST contract; with `workspace-id` the provider builds an `HttpConnectionsApi`. */
  apiBaseUrl?: string;

  /** The current workspace; every request is scoped to it; changing it reloads everything. */
  workspaceId?: string;

  /** Returns the session token sent as `Authorization: Bearer …`; held in memory only. */
  getSessionToken?: () => Promise<string>;

  /** Any `ConnectionsApi`; overrides `api-base-url`. */
  api?: ConnectionsApi;

  /**
   * A partial override of the user-visible strings, laid over the language of each element's
   * closest `lang` (English, or a locale given to `registerLocale`).
   */
  messages?: Partial<Messages>;

  /**
   * Live updates: `auto` (server push when the backend offers it, else polling), `poll` (polling
   * only) or `off` (neither, and no cross-tab sync). Unset means `auto`.
   */
  live?: 'auto' | 'poll' | 'off';

  /** Milliseconds between reads while a shown connection is pending; default 5000, at least 1000. */
  pollInterval?: number;

  /**
   * The cross-tab channel's name; default `portal-connections:{api-base-url}:{workspace-id}`. With
   * only `.api` and no channel, tabs do not sync.
   */
  syncChannel?: string;

  /** The time source of live updates (epoch ms); tests inject a manual one. Set it before connecting. */
  clock?: Clock;

  /** The store shared by the elements inside; undefined while the provider is not connected. */
  get store(): ConnectionsStore | undefined {
    return this.provider.store;
  }

  override render(): TemplateResult {
    return html`<slot></slot>${TOAST_REGION}`;
  }
}

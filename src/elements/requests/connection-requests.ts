import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ConnectionRequest } from '../../api/types.js';
import { formatDateTime, isoDateTime } from '../../i18n/format.js';
import { MessagesController } from '../../i18n/messages-controller.js';
import { StoreController } from '../../state/store-controller.js';
import { requestsPanel } from '../../state/selectors.js';
import {
  buttonStyles,
  focusRingStyles,
  skeletonStyles,
  visuallyHiddenStyles,
} from '../../styles/shared.styles.js';
import { isModifiedClick } from '../../routing/router.js';
import { safeUrl } from '../../utils/url-policy.js';
import { AppIconController, appIconStyles } from '../app-icon/app-icon.js';
import { headingLevel, renderHeading } from '../base/heading.js';
import { BaseElement } from '../base/base-element.js';
import { requestsStyles } from './connection-requests.styles.js';

/**
 * The Outstanding connection requests panel: each request the agency sent that the client has not
 * acted on yet (the app, who asked and when), with a **Connect** link that opens the request's
 * connect URL in a new tab. There is no cancel action: the help page says only the agency can cancel
 * a request, and the panel says so once.
 *
 * The panel is secondary to the connections list, so it shows only when there is something to do:
 * it renders nothing (and takes no space) while there are no requests and when they failed to load.
 * A failure is deliberately not shown as an error block (the list's error state already tells the
 * user when the backend is down); a reload that is in flight keeps the requests already shown.
 * While they load for the first time it shows a placeholder panel a little smaller than a
 * one-request panel, so that the panel arriving above the list, or none arriving, moves the list
 * little (a server-rendered shell, which has no data, reserves the same space). It never sets an
 * attribute on itself.
 *
 * A connect URL that does not pass the URL policy (http, https or same-origin relative) is never
 * placed in the page: the request shows "Connect link unavailable" instead of a link. An icon URL
 * that does not pass it, or that fails to load, shows a monogram of the app's name.
 *
 * Dates are formatted with `Intl.DateTimeFormat` in the language of the text: the registered locale
 * that matches the closest `lang` attribute (through shadow roots), else English.
 *
 * Must be placed inside `connections-provider` or `connections-portal`; it loads the requests itself.
 *
 * @summary The Outstanding connection requests panel, with a Connect link per request.
 *
 * @event {ConnectionRequestConnectEvent} connection-request-connect - A plain click on Connect,
 *   before the link opens. Cancelable: call `preventDefault()` to open `detail.request.connectUrl`
 *   yourself. Detail: `{ request }`.
 *
 * @csspart panel - The `<section>` around everything.
 * @csspart placeholder - The placeholder panel shown while the requests load for the first time.
 * @csspart heading - The "Outstanding connection requests" heading.
 * @csspart list - The list of requests.
 * @csspart request - One request (a list item).
 * @csspart app - The app's name.
 * @csspart icon - The app's icon, or its monogram when it has no usable icon.
 * @csspart requested-by - "Requested by …" (absent when the request does not say who).
 * @csspart requested-at - When it was requested (holds a `<time>`).
 * @csspart connect-link - The Connect link.
 * @csspart connect-unavailable - "Connect link unavailable", shown instead of an unsafe link.
 * @csspart note - "Only your agency can cancel a request that asked you to connect an app."
 *
 * @cssproperty [--pc-font-family=inherit] - Font family.
 * @cssproperty [--pc-font-size-sm=0.875rem] - Size of the details, the link and the note.
 * @cssproperty [--pc-font-size-lg=1.25rem] - Size of the heading.
 * @cssproperty [--pc-font-weight-strong=600] - Weight of the heading, app names and the link.
 * @cssproperty [--pc-line-height=1.5] - Line height.
 * @cssproperty [--pc-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--pc-color-text-muted=light-dark(#59636e, #9198a1)] - Colour of the details and the note.
 * @cssproperty [--pc-color-surface=light-dark(#ffffff, #0d1117)] - Background of the panel.
 * @cssproperty [--pc-color-surface-hover=light-dark(#f3f4f6, #21262d)] - Background of an app's monogram.
 * @cssproperty [--pc-color-border=light-dark(#6e7781, #6e7681)] - Border of the panel and between requests.
 * @cssproperty [--pc-color-accent=light-dark(#0969da, #4493f8)] - Background of the Connect link.
 * @cssproperty [--pc-color-accent-hover=light-dark(#0550ae, #79b8ff)] - Background of the Connect link on hover.
 * @cssproperty [--pc-color-on-accent=light-dark(#ffffff, #0d1117)] - Text of the Connect link.
 * @cssproperty [--pc-color-danger=light-dark(#cf222e, #f85149)] - Danger buttons (shared button styles; none drawn here).
 * @cssproperty [--pc-color-danger-hover=light-dark(#a40e26, #ff7b72)] - Hovered danger buttons (none drawn here).
 * @cssproperty [--pc-color-on-danger=light-dark(#ffffff, #0d1117)] - Text of danger buttons (none drawn here).
 * @cssproperty [--pc-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssproperty [--pc-radius=6px] - Corner radius of the panel, the link and the icons.
 * @cssproperty [--pc-space-1=0.25rem] - Small gaps.
 * @cssproperty [--pc-space-2=0.5rem] - Gaps between requests.
 * @cssproperty [--pc-space-3=0.75rem] - Gaps inside the panel.
 * @cssproperty [--pc-space-4=1rem] - Padding of the panel.
 * @cssproperty [--pc-disabled-opacity=0.6] - Disabled buttons (shared button styles; none drawn here).
 */
export class ConnectionRequests extends BaseElement {
  static override styles = [
    ...BaseElement.styles,
    visuallyHiddenStyles,
    focusRingStyles,
    buttonStyles,
    skeletonStyles,
    appIconStyles,
    requestsStyles,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  private store = new StoreController(this);
  private i18n = new MessagesController(this);

  /** The level of the heading, 2 to 6 (default 2), to fit the host page's outline. */
  headingLevel = 2;

  /** Icon URLs that failed to load: their apps show the monogram. */
  private appIcon = new AppIconController(this);

  override willUpdate(): void {
    // Before rendering, so the 'loading' it sets is part of this update, not another one.
    if (this.store.requests.status === 'idle') void this.store.value?.loadRequests();
  }

  private onConnectClick(event: MouseEvent, request: ConnectionRequest): void {
    // A modified click (new tab, new window, download) is the user's own choice: no event.
    if (isModifiedClick(event)) return;
    if (!this.emit('connection-request-connect', { request })) event.preventDefault();
  }

  /**
   * Connect, or "Connect link unavailable" when the URL fails the URL policy. Who asked, when
   * known; the date, when it is one, with "Requested" before it when the request does not say who
   * (the date alone would not say what it is).
   */
  private renderRequest(request: ConnectionRequest): TemplateResult {
    const { lang, messages } = this.i18n;
    const { app } = request;
    const who = request.requestedBy?.trim();
    const iso = isoDateTime(request.requestedAt);
    const href = safeUrl(request.connectUrl);
    return html`<li part="request" class="request">
      <div class="summary">
        <span class="app-line"
          >${this.appIcon.render(app)}<span part="app" class="app">${app.name}</span></span
        >
        <span class="meta muted"
          >${who ? html`<span part="requested-by">${messages.requestedBy(who)}</span>` : nothing}${
            iso
              ? html`<span part="requested-at"
                  >${who ? nothing : `${messages.requestedOn} `}<time datetime=${iso}
                    >${formatDateTime(iso, lang)}</time
                  ></span
                >`
              : nothing
          }</span
        >
      </div>
      ${
        href
          ? html`<a
              part="connect-link"
              class="button button--primary"
              href=${href}
              target="_blank"
              rel="noopener noreferrer"
              @click=${(event: MouseEvent) => this.onConnectClick(event, request)}
              >${messages.connect}<span class="visually-hidden"> ${app.name}</span></a
            >`
          : html`<span part="connect-unavailable" class="muted"
              >${messages.connectUnavailable}</span
            >`
      }
    </li>`;
  }

  override render() {
    const requests = this.store.requests;
    const shows = requestsPanel(requests);
    // Before the first answer (or on the server, with no store): what a one-request panel takes.
    if (shows === 'placeholder') {
      return html`<div part="placeholder" class="panel" aria-hidden="true">
        <span class="bone bone--heading"></span><span class="bone bone--request"></span>
      </div>`;
    }
    if (shows === 'none') return nothing;
    const { messages } = this.i18n;
    return html`<section part="panel" class="panel" aria-labelledby="heading">
      ${renderHeading(
        headingLevel(this.headingLevel, 2),
        { id: 'heading', part: 'heading', className: 'heading' },
        messages.requestsTitle,
      )}
      <ul part="list" class="list">
        ${repeat(
          requests.items,
          (request) => request.id,
          (request) => this.renderRequest(request),
        )}
      </ul>
      <p part="note" class="note muted">${messages.cancelRequestNote}</p>
    </section>`;
  }
}

/**
 * The pieces of `connection-detail` that only draw: the actions next to the status, the advice and
 * the facts list. They take what they show and the handlers to call, so the element keeps the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Connection } from '../../api/types.js';
import { formatDateTime, isoDateTime, type LocaleInput } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { statusText } from '../../i18n/status-text.js';
import type { PendingAction } from '../../state/store-state.js';

/**
 * "Refresh credential" (or, when it cannot be refreshed, the line telling the user to contact the
 * agency) and "Revoke" (gone once revoked, so a connection cannot be revoked twice). Refresh needs
 * an OAuth app that still holds a token. Each button's name starts with its visible words; the app
 * and label follow for a screen reader. While any action is in flight (`pending`) both are
 * disabled, the acting one `aria-busy`.
 */
export function renderActions(
  connection: Connection,
  messages: Messages,
  pending: PendingAction | undefined,
  onRefresh: () => void,
  onRevoke: (event: Event) => void,
): TemplateResult {
  const revoked = connection.status === 'revoked';
  const button = (
    action: PendingAction,
    variant: string,
    text: string,
    onClick: (event: Event) => void,
  ) =>
    html`<button
      part="${action}-button"
      class="button button--${variant}"
      type="button"
      aria-busy=${pending === action}
      ?disabled=${!!pending}
      @click=${onClick}
    >
      ${text}<span class="visually-hidden"
        >${' '}${messages.actionContext(connection.app.name, connection.label)}</span
      >
    </button>`;
  return html`<div class="actions">
    ${
      connection.refreshable && !revoked
        ? button('refresh', 'primary', messages.refreshCredential, onRefresh)
        : html`<p part="contact-note" class="contact-note muted">${messages.contactAgency}</p>`
    }${revoked ? nothing : button('revoke', 'danger', messages.revoke, onRevoke)}
  </div>`;
}

/**
 * The help page's "What to do" for the status (nothing for active, "Nothing.", and unknown), then
 * the label and, when available, the external account email and "Last refreshed" as a `<time>`.
 */
export function renderFacts(
  connection: Connection,
  messages: Messages,
  locale?: LocaleInput,
): TemplateResult {
  const { advice } = statusText(connection.status, messages);
  const refreshed = formatDateTime(connection.lastRefreshedAt, locale);
  return html`${advice ? html`<p part="advice" class="advice muted">${advice}</p>` : nothing}
    <dl part="details" class="details">
      <dt>${messages.columnLabel}</dt>
      <dd part="label">${connection.label}</dd>
      ${
        connection.externalAccountEmail
          ? html`<dt>${messages.externalAccountEmail}</dt>
              <dd part="email">${connection.externalAccountEmail}</dd>`
          : nothing
      }
      ${
        refreshed
          ? html`<dt>${messages.lastRefreshed}</dt>
              <dd part="last-refreshed">
                <time datetime=${isoDateTime(connection.lastRefreshedAt) ?? ''}>${refreshed}</time>
              </dd>`
          : nothing
      }
    </dl>`;
}

/** The placeholder while the connection loads: roughly the final height, read as busy. */
export function renderSkeleton(messages: Messages): TemplateResult {
  return html`<div part="loading" class="skeleton" aria-busy="true">
    <span class="visually-hidden">${messages.loadingConnection}</span>
    <div class="bone line line--heading" aria-hidden="true"></div>
    <div class="bone line line--short" aria-hidden="true"></div>
    <div class="bone line" aria-hidden="true"></div>
    <div class="bone line line--short" aria-hidden="true"></div>
    <div class="bone line" aria-hidden="true"></div>
  </div>`;
}

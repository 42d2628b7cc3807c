/**
 * The pieces of `connection-detail` that only draw: the actions next to the status, the advice and
 * the facts list. They take what they show and the handlers to call, so the element keeps the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Connection } from '../../api/types.js';
import { formatDateTime, isoDateTime, type LocaleInput } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { statusText } from '../../i18n/status-text.js';

export interface ActionsOptions {
  connection: Connection;
  messages: Messages;
  /** The store's action in flight for this connection, if any. */
  pending: 'refresh' | 'revoke' | undefined;
  onRefresh: () => void;
  onRevoke: (event: Event) => void;
}

/** Whether "Refresh credential" is offered: an OAuth app that still holds a token, not revoked. */
export function canRefresh(connection: Connection): boolean {
  return connection.refreshable && connection.status !== 'revoked';
}

/** Whether "Revoke" is offered: hidden once revoked, so a connection cannot be revoked twice. */
export function canRevoke(connection: Connection): boolean {
  return connection.status !== 'revoked';
}

/**
 * "Refresh credential" (or, when it cannot be refreshed, the line telling the user to contact the
 * agency) and "Revoke". Each button's name starts with its visible words; the app and label follow
 * for a screen reader. While any action is in flight both are disabled, the acting one `aria-busy`.
 */
export function renderActions(options: ActionsOptions): TemplateResult {
  const { connection, messages, pending } = options;
  const context = html`<span class="visually-hidden"
    >${' '}${messages.actionContext(connection.app.name, connection.label)}</span
  >`;
  const refresh = canRefresh(connection)
    ? html`<button
        part="refresh-button"
        class="button button--primary"
        type="button"
        aria-busy=${pending === 'refresh' ? 'true' : 'false'}
        ?disabled=${pending !== undefined}
        @click=${options.onRefresh}
      >
        ${messages.refreshCredential}${context}
      </button>`
    : html`<p part="contact-note" class="contact-note">${messages.contactAgency}</p>`;
  const revoke = canRevoke(connection)
    ? html`<button
        part="revoke-button"
        class="button button--danger"
        type="button"
        aria-busy=${pending === 'revoke' ? 'true' : 'false'}
        ?disabled=${pending !== undefined}
        @click=${options.onRevoke}
      >
        ${messages.revoke}${context}
      </button>`
    : nothing;
  return html`<div class="actions">${refresh}${revoke}</div>`;
}

/** The help page's "What to do" for the status; nothing for active ("Nothing.") and unknown. */
export function renderAdvice(
  connection: Connection,
  messages: Messages,
): TemplateResult | typeof nothing {
  const { advice } = statusText(connection.status, messages);
  return advice ? html`<p part="advice" class="advice">${advice}</p>` : nothing;
}

/** Label, and when available the external account email and "Last refreshed" as a `<time>`. */
export function renderFacts(
  connection: Connection,
  messages: Messages,
  locale?: LocaleInput,
): TemplateResult {
  const refreshed = formatDateTime(connection.lastRefreshedAt, locale);
  return html`<dl part="details" class="details">
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
    <div class="skeleton-line skeleton-line--heading" aria-hidden="true"></div>
    <div class="skeleton-line skeleton-line--short" aria-hidden="true"></div>
    <div class="skeleton-line" aria-hidden="true"></div>
    <div class="skeleton-line skeleton-line--short" aria-hidden="true"></div>
    <div class="skeleton-line" aria-hidden="true"></div>
  </div>`;
}

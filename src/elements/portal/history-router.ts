import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { connectionHref, connectionIdFromPath, type PortalRouter } from '../../routing/router.js';

export type RoutingMode = 'history' | 'none';

export interface HistoryRouterHost extends ReactiveControllerHost, HTMLElement {
  basePath: string;
  routing: RoutingMode;
  connectionId: string;
}

/**
 * The portal's router. With `routing="history"` the URL is the truth: Manage pushes
 * `{base-path}/{id}`, back and forward re-render, and a deep link shows its detail on first load.
 * With `routing="none"` the URL is never read nor touched: only `connection-id` changes.
 */
export class HistoryRouter implements ReactiveController, PortalRouter {
  private readonly host: HistoryRouterHost;
  private readonly onUserNavigation: () => void;
  private listeners?: AbortController;

  /** @param onUserNavigation called when the user (a link, back or forward) changed the view. */
  constructor(host: HistoryRouterHost, onUserNavigation: () => void = () => {}) {
    this.host = host;
    this.onUserNavigation = onUserNavigation;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.routing !== 'history') return;
    this.listeners = new AbortController();
    window.addEventListener('popstate', () => this.syncFromLocation(true), {
      signal: this.listeners.signal,
    });
    this.syncFromLocation();
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    this.listeners = undefined;
  }

  /** Call when `routing` changes while connected. */
  restart(): void {
    this.hostDisconnected();
    if (this.host.isConnected) this.hostConnected();
  }

  hrefFor(connectionId: string | null): string {
    return connectionHref(this.host.basePath, connectionId);
  }

  navigate(connectionId: string | null): void {
    if (this.host.routing === 'history') {
      const href = this.hrefFor(connectionId);
      if (location.pathname !== href) history.pushState(history.state, '', href);
    }
    this.setView(connectionId ?? '', true);
  }

  private syncFromLocation(byUser = false): void {
    // Any URL that is not `{base-path}/{id}` shows the list (DESIGN.md, `base-path`).
    this.setView(connectionIdFromPath(this.host.basePath, location.pathname) ?? '', byUser);
  }

  private setView(connectionId: string, byUser: boolean): void {
    if (connectionId === this.host.connectionId) return;
    this.host.connectionId = connectionId;
    if (byUser) this.onUserNavigation();
  }
}

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
  /** @param onUserNavigation called when the user (a link, back or forward) changed the view. */
  constructor(
    private readonly host: HistoryRouterHost,
    private readonly onUserNavigation: () => void,
  ) {
    host.addController(this);
  }

  /** Back and forward. */
  private readonly onPopState = () => this.syncFromLocation(true);

  hostConnected(): void {
    if (this.host.routing !== 'history') return;
    addEventListener('popstate', this.onPopState);
    this.syncFromLocation();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
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

/**
 * Every context key the provider and the elements meet on, in one module. The keys are namespaced
 * strings (not symbols) so that two copies of the library on one page still find each other.
 *
 * Lives at the top of `src/` because it names what each layer offers (the store, the messages, the
 * router, the toaster) without belonging to any one of them; the layers below `src/elements` import
 * it, never the other way round.
 */
import { createContext } from '@lit/context';
import type { Messages } from './i18n/messages.js';
import type { PortalRouter } from './routing/router.js';
import type { ConnectionsStore } from './state/store.js';

/** What a caller asks the toast region to show. Title and detail are text, never HTML. */
export interface ToastOptions {
  variant: 'success' | 'error';
  title: string;
  detail?: string;
}

/** Anything that can show a toast: the region, or whatever a provider hands to its elements. */
export interface Toaster {
  show(options: ToastOptions): void;
}

/** The provider's store; undefined while the provider is not connected. */
export const storeContext = createContext<ConnectionsStore | undefined>('portal-connections/store');

/**
 * The provider's `.messages` override (undefined for none). Each element lays it over the language
 * of its own closest `lang` (`MessagesController`), so it is not resolved here. (Before the
 * languages this was the resolved messages, under the key `portal-connections/messages`.)
 */
export const messagesContext = createContext<Partial<Messages> | undefined>(
  'portal-connections/messages-override',
);

/**
 * In-app navigation. `connections-portal` provides one; elements used on their own (no router) keep
 * their links as plain page links.
 */
export const routerContext = createContext<PortalRouter | undefined>('portal-connections/router');

/**
 * The provider's toast region, handed to every element inside it, so a host-built layout inside
 * `connections-provider` still sees "Connection refreshed.".
 */
export const toasterContext = createContext<Toaster | undefined>('portal-connections/toaster');

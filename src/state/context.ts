/**
 * The context keys the provider and the elements meet on. The keys are namespaced strings (not
 * symbols) so that two copies of the library on one page still find each other.
 */
import { createContext } from '@lit/context';
import type { Messages } from '../i18n/messages.js';
import type { ConnectionsStore } from './store.js';

export const storeContext = createContext<ConnectionsStore | undefined>('portal-connections/store');
export const messagesContext = createContext<Messages>('portal-connections/messages');

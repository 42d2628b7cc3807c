import { createContext } from '@lit/context';
import type { Toaster } from './toast-types.js';

/**
 * The provider's toast region, handed to every element inside it, so a host-built layout inside
 * `connections-provider` still sees "Connection refreshed.".
 */
export const toasterContext = createContext<Toaster | undefined>('portal-connections/toaster');

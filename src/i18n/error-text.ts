import { isApiError } from '../api/errors.js';
import type { Messages } from './messages.js';

/**
 * The sentence that says why a request failed, chosen by the `ApiError`'s kind; shown after the
 * element's own failure message ("This connection could not be loaded." + this). Anything that is
 * not an `ApiError`, and the kinds without a sentence of their own, read `errorUnexpected`.
 */
export function errorText(error: unknown, messages: Messages): string {
  if (!isApiError(error)) return messages.errorUnexpected;
  switch (error.kind) {
    case 'network':
      return messages.errorNetwork;
    case 'timeout':
      return messages.errorTimeout;
    case 'unauthorized':
      return messages.errorUnauthorized;
    case 'forbidden':
      return messages.errorForbidden;
    case 'server':
      return messages.errorServer;
    case 'rate-limited':
      return messages.errorRateLimited;
    case 'invalid-response':
      return messages.errorInvalidResponse;
    default:
      return messages.errorUnexpected;
  }
}

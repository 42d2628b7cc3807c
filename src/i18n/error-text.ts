import type { ApiError } from '../api/errors.js';
import { messageText, type Messages } from './messages.js';

/**
 * The sentence that says why a request failed, chosen by the error's `kind`; shown after the
 * element's own failure message ("Your connections could not be loaded." + this). The error's
 * `message` is for developers and is never shown.
 *
 * `not-found` has no sentence of its own here: an element that can be "not found" (the detail)
 * shows its own not-found state instead, and for anything else a 404 is unexpected.
 */
export function errorText(error: Pick<ApiError, 'kind'> | undefined, messages: Messages): string {
  const kind = error?.kind ?? 'unexpected';
  if (kind === 'refresh-failed') return messages.refreshFailedDetail;
  // `errorNetwork`, `errorRateLimited`, …; a kind without a sentence of its own: `errorUnexpected`.
  return messageText(messages, 'error', kind) ?? messages.errorUnexpected;
}

/** The six languages besides English, by the tag each is registered under in the tests. */
import type { Messages } from '../../src/i18n/messages.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import ja from '../../src/locales/ja.js';
import ptBR from '../../src/locales/pt-BR.js';

export const LOCALES: Record<string, Messages> = { de, fr, es, 'pt-BR': ptBR, ja, ar };

/** Each status and the key of its word. */
export const STATUS_WORDS = {
  active: 'statusActive',
  error: 'statusError',
  pending: 'statusPending',
  revoked: 'statusRevoked',
  unknown: 'statusUnknown',
} as const;

export const STATUS_DESCRIPTIONS = {
  active: 'descriptionActive',
  error: 'descriptionError',
  pending: 'descriptionPending',
  revoked: 'descriptionRevoked',
  unknown: 'descriptionUnknown',
} as const;

import { expect } from '@open-wc/testing';
import { API_ERROR_KINDS, ApiError, type ApiErrorKind } from '../../src/api/errors.js';
import { errorText } from '../../src/i18n/error-text.js';
import { defaultMessages } from '../../src/i18n/messages.js';

const EXPECTED: Record<ApiErrorKind, string> = {
  network: 'Check your internet connection and try again.',
  timeout: 'The server took too long to answer. Try again.',
  unauthorized: 'Your session has ended. Sign in again.',
  forbidden: 'You do not have access to this workspace.',
  'not-found': 'Something went wrong. Try again.',
  'refresh-failed': 'You may need to reconnect.',
  'rate-limited': 'Too many requests. Wait a moment and try again.',
  server: 'The server had a problem. Try again in a moment.',
  'invalid-response': 'The server sent an answer this page cannot read. Try again later.',
  unexpected: 'Something went wrong. Try again.',
};

describe('errorText', () => {
  for (const kind of API_ERROR_KINDS) {
    it(`says why for ${kind}`, () => {
      expect(errorText(new ApiError(kind, 'developer text'), defaultMessages)).to.equal(
        EXPECTED[kind],
      );
    });
  }

  it('falls back to the unexpected sentence without an error', () => {
    expect(errorText(undefined, defaultMessages)).to.equal('Something went wrong. Try again.');
  });

  it('uses the given messages, never the error message', () => {
    const messages = { ...defaultMessages, errorNetwork: 'Hors ligne.' };
    expect(errorText(new ApiError('network', 'fetch failed: secret'), messages)).to.equal(
      'Hors ligne.',
    );
  });
});

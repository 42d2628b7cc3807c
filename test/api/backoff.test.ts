import { HttpConnectionsApi } from '../../src/api/http-api.js';
import { expect } from '@open-wc/testing';
import { backoffDelay, parseRetryAfter, resolveRetry } from '../../src/api/backoff.js';

describe('backoff', () => {
  describe('parseRetryAfter', () => {
    const now = Date.parse('2025-11-25T12:00:00.000Z');

    it('reads delta-seconds as milliseconds', () => {
      expect(parseRetryAfter('1', now)).to.equal(1000);
      expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
      expect(parseRetryAfter('0', now)).to.equal(0);
    });

    it('reads an HTTP date as the time until then, never negative', () => {
      expect(parseRetryAfter('Tue, 25 Nov 2025 12:00:03 GMT', now)).to.equal(3000);
      expect(parseRetryAfter('Tue, 25 Nov 2025 11:00:00 GMT', now)).to.equal(0);
    });

    it('ignores a missing or unreadable header', () => {
      expect(parseRetryAfter(null, now)).to.equal(undefined);
      expect(parseRetryAfter(undefined, now)).to.equal(undefined);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter('-5', now)).to.equal(undefined);
    });
  });

  describe('backoffDelay', () => {
    const options = resolveRetry({ baseDelayMs: 100, maxDelayMs: 1000 });

    it('doubles per retry, jittered between half and all of it', () => {
      expect(backoffDelay(1, options, () => 0)).to.equal(50);
      expect(backoffDelay(1, options, () => 1)).to.equal(100);
      expect(backoffDelay(2, options, () => 0)).to.equal(100);
      expect(backoffDelay(3, options, () => 1)).to.equal(400);
      expect(backoffDelay(3, options, () => 0.5)).to.equal(300);
    });

    it('never exceeds maxDelayMs', () => {
      expect(backoffDelay(10, options, () => 1)).to.equal(1000);
    });
  });

  // How a retry uses them (exactly what Retry-After asks, giving up beyond maxDelayMs, else the
  // backoff) is pinned over HTTP in http-api.test.ts ('retries').

  it('defaults to 3 attempts from 300 ms, capped at 5 s, and keeps at least one attempt', () => {
    expect(resolveRetry()).to.deep.equal({ attempts: 3, baseDelayMs: 300, maxDelayMs: 5000 });
    expect(resolveRetry({ attempts: 0 }).attempts).to.equal(1);
  });

  it('rejects options that are not finite numbers, naming the option', () => {
    expect(() => resolveRetry({ attempts: Number.NaN })).to.throw(
      RangeError,
      'retry.attempts must be a finite number.',
    );
    expect(() => resolveRetry({ maxDelayMs: Number.NaN })).to.throw(RangeError, 'retry.maxDelayMs');
    expect(() => resolveRetry({ baseDelayMs: Infinity })).to.throw(RangeError, 'retry.baseDelayMs');
    expect(
      () => new HttpConnectionsApi({ baseUrl: '/api', workspaceId: 'w', retry: { attempts: NaN } }),
    ).to.throw(RangeError, 'retry.attempts');
    expect(
      () => new HttpConnectionsApi({ baseUrl: '/api', workspaceId: 'w', timeoutMs: NaN }),
    ).to.throw(RangeError, 'timeoutMs');
    expect(
      () =>
        new HttpConnectionsApi({ baseUrl: '/api', workspaceId: 'w', watch: { silenceMs: NaN } }),
    ).to.throw(RangeError, 'watch.silenceMs');
  });

  it('takes null groups of options from plain JavaScript as the defaults', () => {
    const options = { baseUrl: '/api', workspaceId: 'w', retry: null, watch: { retry: null } };
    expect(() => new HttpConnectionsApi(options as never)).not.to.throw();
    expect(() => new HttpConnectionsApi({ ...options, watch: null } as never)).not.to.throw();
  });
});

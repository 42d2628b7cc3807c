/**
 * The session token of `HttpConnectionsApi`: asked lazily, once; the promise is kept in memory only.
 * After a 401 it is asked once more (calls that failed with the same token share that one ask) and the
 * call is repeated once. The token goes into the `Authorization` header and nowhere else.
 */
import { abortable } from './abort.js';
import { ApiError } from './errors.js';

export type GetSessionToken = () => Promise<string> | string;

export class SessionTokens {
  readonly #getSessionToken?: GetSessionToken;
  readonly #timeoutMs: number;
  /** The current token, as a promise: kept in memory only, never logged or stored. */
  #token?: Promise<string>;

  constructor(getSessionToken: GetSessionToken | undefined, timeoutMs: number) {
    this.#getSessionToken = getSessionToken;
    this.#timeoutMs = timeoutMs;
  }

  /** The token state of one call: it may repeat itself once with a fresh token after a 401. */
  turn(): TokenTurn {
    return new TokenTurn(this, this.#current());
  }

  /** The token to send, asking for it the first time. */
  #current(): Promise<string> | undefined {
    if (!this.#getSessionToken) return undefined;
    this.#token ??= this.#ask();
    return this.#token;
  }

  /** A fresh token after `stale` got a 401; calls that saw the same stale token share one ask. */
  fresh(stale: Promise<string>): Promise<string> {
    if (this.#token === stale || this.#token === undefined) this.#token = this.#ask();
    return this.#token;
  }

  #ask(): Promise<string> {
    const getSessionToken = this.#getSessionToken!;
    const asked = (async () => {
      let token: unknown;
      try {
        token = await getSessionToken();
      } catch (error) {
        throw new ApiError('unauthorized', 'getSessionToken failed.', { cause: error });
      }
      if (typeof token !== 'string' || token === '') {
        throw new ApiError('unauthorized', 'getSessionToken gave no token.');
      }
      return token;
    })();
    // A failed ask is not kept: the next call asks again.
    asked.catch(() => {
      if (this.#token === asked) this.#token = undefined;
    });
    return asked;
  }

  /**
   * Waits for `token` under the caller's signal and the per-attempt timeout: a `getSessionToken` that
   * never settles is a `timeout`, and is not kept (the next call asks again).
   */
  async wait(token: Promise<string>, signal?: AbortSignal): Promise<string> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
    try {
      return await abortable(abortable(token, signal), timeout.signal);
    } catch (error) {
      if (signal?.aborted || !timeout.signal.aborted) throw error;
      if (this.#token === token) this.#token = undefined;
      throw new ApiError('timeout', `getSessionToken gave no token within ${this.#timeoutMs} ms.`);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** One call's use of the token: what it sent last, and whether it made its one repeat. */
export class TokenTurn {
  readonly #tokens: SessionTokens;
  #token?: Promise<string>;
  #renewed = false;
  /** The token sent by the latest attempt, to redact it from what the server says back. */
  sent?: string;

  constructor(tokens: SessionTokens, token: Promise<string> | undefined) {
    this.#tokens = tokens;
    this.#token = token;
  }

  /** Sets `Authorization: Bearer …` on `headers` (when there is a token), waiting for it under `signal`. */
  async authorize(headers: Headers, signal?: AbortSignal): Promise<Headers> {
    this.sent = this.#token ? await this.#tokens.wait(this.#token, signal) : undefined;
    if (this.sent !== undefined) headers.set('Authorization', `Bearer ${this.sent}`);
    return headers;
  }

  /**
   * After a 401: asks for a fresh token and says whether to repeat the call with it. Only once per
   * turn, and never without `getSessionToken`.
   */
  renew(): boolean {
    if (!this.#token || this.#renewed) return false;
    this.#renewed = true;
    this.#token = this.#tokens.fresh(this.#token);
    return true;
  }
}

/**
 * One HTTP attempt: fetch and read the answer under a per-attempt timeout and the caller's signal.
 * Failures become `ApiError('network' | 'timeout')`; the caller's abort rejects with its reason.
 */
import { abortable } from './abort.js';
import { ApiError } from './errors.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface AttemptRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Names the request in error messages: method and path, never a header. */
  description: string;
  headers: Headers;
  timeoutMs: number;
  signal?: AbortSignal;
  fetch: FetchLike;
}

export interface AttemptResponse {
  status: number;
  headers: Headers;
  /** The whole body, read within the same timeout. */
  text: string;
}

/**
 * Reads what an attempt needs of the response, within the attempt's timeout. `abortFetch` aborts the
 * fetch, and stays usable after the attempt: for a body that is read later (an event stream).
 */
export type ReadAnswer<T> = (
  response: Response,
  abortFetch: (reason?: unknown) => void,
) => Promise<T>;

/**
 * Reads the whole body. A body shorter than its `Content-Length` was cut off: WebKit resolves
 * `text()` with the part it got where Chromium and Firefox reject, so the check makes it a network
 * failure in every engine. (Only without `Content-Encoding`: then the length counts encoded bytes.)
 */
export const readText: ReadAnswer<AttemptResponse> = async (response) => {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (!response.headers.has('Content-Encoding') && bytes.length < declared) {
    throw new TypeError('The body ended before its Content-Length.');
  }
  return {
    status: response.status,
    headers: response.headers,
    text: new TextDecoder().decode(bytes),
  };
};

/** One attempt: the fetch, then `read`, both within `timeoutMs` and under the caller's signal. */
export async function exchange<T>(request: AttemptRequest, read: ReadAnswer<T>): Promise<T> {
  const { signal } = request;
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, request.timeoutMs);
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // Raced against our own signal as well: a `fetch` option or a body stream that ignores the
    // signal (a stalled proxy, a hand-written fetch) must still time out and abort.
    const answer = (async () => {
      const response = await request.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        signal: controller.signal,
        cache: 'no-store',
      });
      return read(response, (reason) => controller.abort(reason));
    })();
    answer.catch(() => {}); // settles after we gave up on it: nobody listens any more
    return await abortable(answer, controller.signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      throw new ApiError(
        'timeout',
        `${request.description} got no answer within ${request.timeoutMs} ms.`,
      );
    }
    if (error instanceof ApiError) throw error;
    throw new ApiError('network', `${request.description} failed: the network request failed.`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

// Injected faults: queued per workspace by the control endpoints, consumed by matching requests.
import { HttpError, codeForStatus, sendRaw, sleep } from './http-helpers.js';

/**
 * @typedef {object} Fault
 * @property {string} [method]  only requests with this method (any when unset)
 * @property {string} [path]  only requests whose path after /workspaces/{ws} contains this
 * @property {number} [status]  answer with this status instead of the real handler
 * @property {string} [body]  the raw body to send (default: a JSON error for `status`)
 * @property {Record<string, string>} [headers]
 * @property {number} [delayMs]  wait first; with no status, body or drop, then answer normally
 * @property {boolean} [dropConnection]  cut the connection mid-answer (a network error)
 * @property {number} times  how many matching requests it still applies to
 */

/** Validates a control body into a Fault; a 400 when it is not one. */
export function parseFault(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'bad_request', 'A fault is a JSON object.');
  }
  const fault = /** @type {Fault} */ ({ times: 1 });
  const check = (ok, field) => {
    if (!ok) throw new HttpError(400, 'bad_request', `Invalid fault field: ${field}.`);
  };
  if (body.method !== undefined) {
    check(typeof body.method === 'string', 'method');
    fault.method = body.method.toUpperCase();
  }
  if (body.path !== undefined) {
    check(typeof body.path === 'string', 'path');
    fault.path = body.path;
  }
  if (body.status !== undefined) {
    check(Number.isInteger(body.status) && body.status >= 200 && body.status <= 599, 'status');
    fault.status = body.status;
  }
  if (body.body !== undefined) {
    check(typeof body.body === 'string', 'body');
    fault.body = body.body;
  }
  if (body.headers !== undefined) {
    const ok =
      typeof body.headers === 'object' &&
      body.headers !== null &&
      Object.values(body.headers).every((value) => typeof value === 'string');
    check(ok, 'headers');
    fault.headers = { ...body.headers };
  }
  if (body.delayMs !== undefined) {
    check(Number.isFinite(body.delayMs) && body.delayMs >= 0 && body.delayMs <= 60_000, 'delayMs');
    fault.delayMs = body.delayMs;
  }
  if (body.dropConnection !== undefined) {
    check(typeof body.dropConnection === 'boolean', 'dropConnection');
    fault.dropConnection = body.dropConnection;
  }
  if (body.times !== undefined) {
    check(Number.isInteger(body.times) && body.times >= 1, 'times');
    fault.times = body.times;
  }
  return fault;
}

/**
 * Takes one use of the first queued fault matching the request, if any.
 * @param {Fault[]} faults
 * @param {string} method
 * @param {string} path  the raw path after /workspaces/{ws}
 * @returns {Fault | undefined}
 */
export function takeFault(faults, method, path) {
  const index = faults.findIndex(
    (fault) =>
      (fault.method === undefined || fault.method === method) &&
      (fault.path === undefined || path.includes(fault.path)),
  );
  if (index === -1) return undefined;
  const fault = faults[index];
  fault.times -= 1;
  if (fault.times <= 0) faults.splice(index, 1);
  return fault;
}

/**
 * Plays a fault. Resolves true when the fault answered (or dropped) the request, false when only a
 * delay was asked for and the real handler should answer now.
 * @param {Fault} fault
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function playFault(fault, req, res) {
  if (fault.delayMs) await sleep(fault.delayMs);
  if (req.destroyed || res.destroyed) return true; // the client gave up while we waited
  if (fault.dropConnection) {
    // Start an answer, then close the connection mid-body. (Closing before any answer is no use:
    // browsers silently re-send a request whose reused connection closed, so the client never sees
    // it; a cut body always surfaces as a network error.)
    req.socket.end(
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n' +
        "X-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'none'\r\n" +
        'Cache-Control: no-store\r\nConnection: close\r\n\r\n{"connec',
    );
    return true;
  }
  if (fault.status === undefined && fault.body === undefined) return false;
  const status = fault.status ?? 200;
  const body =
    fault.body ??
    JSON.stringify({
      error: { code: codeForStatus(status), message: `Injected fault: HTTP ${status}.` },
    });
  sendRaw(res, status, body, fault.headers);
  return true;
}

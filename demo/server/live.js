import { API_HEADERS } from './http-helpers.js';
// Live updates: every change of a client-visible connection becomes a numbered event, pushed to the
// workspace's open event streams (GET /workspaces/{ws}/connection-events) and kept (the last
// EVENT_MEMORY) for clients that reconnect with Last-Event-ID. Also the provider-side changes the
// server makes on its own: a pending connection settles after `settlePendingAfterMs`.
import { isClientVisible, toClientConnection } from './seed.js';

/** How many events per workspace a reconnecting client can catch up on. */
export const EVENT_MEMORY = 100;
export const DEFAULT_KEEP_ALIVE_MS = 15_000;

/** @typedef {import('./seed.js').StoredConnection} StoredConnection */

/**
 * A workspace's live state.
 * @typedef {object} LiveState
 * @property {number} lastEventId  the id of the newest event (0: none yet)
 * @property {Array<{ id: number, connection: import('./seed.js').Connection }>} recent
 * @property {Set<import('node:http').ServerResponse>} streams  the open event streams
 * @property {boolean} offered  false: the stream answers 404, as a backend without push would
 * @property {number} keepAliveMs
 * @property {number | undefined} settleAfterMs  pending connections settle after this; unset: never
 * @property {Map<StoredConnection, ReturnType<typeof setTimeout>>} timers  pending settles
 */

/**
 * @param {{ keepAliveMs?: number, settlePendingAfterMs?: number }} options
 * @returns {LiveState}
 */
export function createLiveState({ keepAliveMs = DEFAULT_KEEP_ALIVE_MS, settlePendingAfterMs }) {
  return {
    lastEventId: 0,
    recent: [],
    streams: new Set(),
    offered: true,
    keepAliveMs,
    settleAfterMs: settlePendingAfterMs,
    timers: new Map(),
  };
}

/** @param {import('node:http').ServerResponse} res @param {string} text */
function send(res, text) {
  if (!res.destroyed && !res.writableEnded) res.write(text);
}

const formatEvent = (id, connection) =>
  `event: connection\nid: ${id}\ndata: ${JSON.stringify(connection)}\n\n`;

/**
 * Records a change of a stored connection and pushes it to every open stream. Agency-owned
 * connections do not exist for the client: their changes are neither numbered nor sent.
 * @param {{ live: LiveState }} workspace
 * @param {StoredConnection} stored
 */
export function publishChange(workspace, stored) {
  if (!isClientVisible(stored)) return;
  const { live } = workspace;
  const connection = toClientConnection(stored);
  live.lastEventId += 1;
  live.recent.push({ id: live.lastEventId, connection });
  if (live.recent.length > EVENT_MEMORY) live.recent.shift();
  const text = formatEvent(live.lastEventId, connection);
  for (const res of live.streams) send(res, text);
}

/**
 * What a client that last saw `lastEventIdHeader` has missed: the remembered events after it, or,
 * when the server cannot tell (an id it never issued, e.g. from before a reset, or older than what it
 * remembers), the current state of every client-visible connection, each as an event carrying the
 * newest id.
 * @param {{ live: LiveState, connections: StoredConnection[] }} workspace
 * @param {string | undefined} lastEventIdHeader
 * @returns {string}
 */
function catchUp(workspace, lastEventIdHeader) {
  if (lastEventIdHeader === undefined || lastEventIdHeader === '') return '';
  const { live } = workspace;
  const seen = /^\d{1,15}$/.test(lastEventIdHeader) ? Number(lastEventIdHeader) : NaN;
  const oldest = live.recent.length > 0 ? live.recent[0].id : live.lastEventId + 1;
  if (seen <= live.lastEventId && seen >= oldest - 1) {
    return live.recent
      .filter((event) => event.id > seen)
      .map((event) => formatEvent(event.id, event.connection))
      .join('');
  }
  return workspace.connections
    .filter(isClientVisible)
    .map((stored) => formatEvent(live.lastEventId, toClientConnection(stored)))
    .join('');
}

/**
 * Answers GET connection-events: 200 text/event-stream, the missed events first (Last-Event-ID) or
 * else the newest id alone, then every change as it happens and a keep-alive comment every
 * keepAliveMs, until the client goes away or the server closes the stream.
 * @param {{ live: LiveState, connections: StoredConnection[] }} workspace
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function openEventStream(workspace, req, res) {
  const { live } = workspace;
  const header = req.headers['last-event-id'];
  res.writeHead(200, {
    ...API_HEADERS,
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    // Proxies (nginx and others that honour it) must pass every event on at once.
    'X-Accel-Buffering': 'no',
  });
  req.socket.setNoDelay(true);
  res.flushHeaders();
  const missed = catchUp(workspace, Array.isArray(header) ? header[0] : header);
  // With nothing to catch up on, the newest id alone: not an event (no data), but an SSE client takes
  // it as its last event id, so even one that reconnects before its first event misses nothing.
  send(res, missed !== '' ? missed : `id: ${live.lastEventId}\n\n`);
  live.streams.add(res);
  const keepAlive = setInterval(() => send(res, ': keep-alive\n\n'), live.keepAliveMs);
  keepAlive.unref();
  res.on('close', () => {
    clearInterval(keepAlive);
    live.streams.delete(res);
  });
}

/**
 * Ends the workspace's open streams (a client sees its stream end and reconnects).
 * @param {{ live: LiveState }} workspace
 * @param {{ abort?: boolean }} [options]  abort: cut the connections instead (a network error)
 * @returns {number} how many streams were open
 */
export function dropStreams(workspace, { abort = false } = {}) {
  const streams = [...workspace.live.streams];
  for (const res of streams) {
    workspace.live.streams.delete(res);
    if (abort) res.destroy();
    else res.end();
  }
  return streams.length;
}

/**
 * The provider finished a pending connection's setup: active, holding a token, refreshed now.
 * @param {StoredConnection} stored
 */
export function settle(stored, now = new Date()) {
  stored.status = 'active';
  stored.refreshable = true;
  stored.lastRefreshedAt = now.toISOString();
}

/**
 * With settlePendingAfterMs set, makes `stored` settle that long from now if it is still pending
 * then (a later call for the same connection starts its delay again). The timer never keeps the
 * process alive and is cleared by stopLive.
 * @param {{ live: LiveState }} workspace
 * @param {StoredConnection} stored
 * @param {(stored: StoredConnection, mutate: (c: StoredConnection) => void) => void} change
 *   applies a mutation and publishes it (see workspaces.js changeConnection)
 */
export function scheduleSettle(workspace, stored, change) {
  const { live } = workspace;
  if (live.settleAfterMs === undefined || stored.status !== 'pending') return;
  clearTimeout(live.timers.get(stored));
  const timer = setTimeout(() => {
    live.timers.delete(stored);
    if (stored.status === 'pending') change(stored, (c) => settle(c));
  }, live.settleAfterMs);
  timer.unref();
  live.timers.set(stored, timer);
}

/**
 * Stops everything live of a workspace that is going away: its timers and its open streams.
 * @param {{ live: LiveState }} workspace
 */
export function stopLive(workspace) {
  for (const timer of workspace.live.timers.values()) clearTimeout(timer);
  workspace.live.timers.clear();
  dropStreams(workspace);
}

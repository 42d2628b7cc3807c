// The page of `npm run bench`, in Chromium: mounts the built bundle's table (in a provider, fed by a
// MemoryConnectionsApi) or the hand-written baseline, times them, and reports to the runner
// (../run.js) through `window.bench`. Nothing here asserts: it measures.
import { MemoryConnectionsApi } from '/bundle.js';
import './vanilla-table.js';

/** Up to this many connections the table draws every row; past it, only the first screen counts. */
const SMALL_LIST = 100;
const LINKS = 'a[part~="manage-link"]';
const STATUSES = ['active', 'error', 'pending', 'revoked'];

/** Connection i of the fixture: 20 apps, every status in turn (c0 active, c1 error, …). */
function connection(i) {
  return {
    id: `c${i}`,
    app: { key: `app${i % 20}`, name: `App ${i % 20}`, iconUrl: null },
    label: `Connection number ${i}`,
    status: STATUSES[i % 4],
    externalAccountEmail: null,
    lastRefreshedAt: null,
    refreshable: true,
  };
}

const fixture = (n) => Array.from({ length: n }, (_, i) => connection(i));

// A task right after the current one (and its microtasks), without setTimeout's clamping.
const channel = new MessageChannel();
const queued = [];
channel.port1.onmessage = () => queued.shift()?.();
function postTask(callback) {
  queued.push(callback);
  channel.port2.postMessage(null);
}
const nextTask = () => new Promise((resolve) => postTask(resolve));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves with `performance.now()` at the first check that passes. A check runs in a task after
 * every batch of DOM changes under `roots` (so after the microtasks that made them, such as Lit's
 * updates) and at every animation frame (for what a windowed list draws in a frame callback).
 */
function until(check, roots = [], timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let scheduled = false;
    let finished = false;
    let frame = 0;
    const observer = new MutationObserver(() => schedule());
    const finish = (error) => {
      finished = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
      if (error) reject(error);
      else resolve(performance.now());
    };
    const run = () => {
      scheduled = false;
      if (finished) return;
      if (check()) finish();
      else if (performance.now() - started > timeoutMs) {
        finish(new Error(`Nothing drawn after ${timeoutMs} ms.`));
      }
    };
    function schedule() {
      if (scheduled) return;
      scheduled = true;
      postTask(run);
    }
    const onFrame = () => {
      run();
      if (!finished) frame = requestAnimationFrame(onFrame);
    };
    for (const root of roots) {
      observer.observe(root, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    }
    frame = requestAnimationFrame(onFrame);
    schedule();
  });
}

const rowOf = (link) => link.closest('tr, [role="row"]') ?? link;

/**
 * Whether the rows a user first sees are drawn, with style and layout done (forced here, so that
 * their cost is in the time): every row for a small list; for a larger one, every row or at least
 * rows down to the bottom of the viewport (a windowed table draws only those).
 */
function firstScreenDrawn(root, n) {
  const links = root?.querySelectorAll(LINKS) ?? [];
  if (links.length === 0) return false;
  if (links.length >= n) {
    void root.host.getBoundingClientRect();
    return true;
  }
  if (n <= SMALL_LIST) return false;
  for (const link of links) {
    if (rowOf(link).getBoundingClientRect().bottom >= innerHeight) return true;
  }
  return false;
}

/** Rows with a Manage link that intersect the viewport. */
function rowsOnScreen(root) {
  let rows = 0;
  for (const link of root.querySelectorAll(LINKS)) {
    const rect = rowOf(link).getBoundingClientRect();
    if (rect.bottom > 0 && rect.top < innerHeight) rows += 1;
    else if (rect.top >= innerHeight) break;
  }
  return rows;
}

/** Every element of the document, inside every shadow root too. */
function countElements() {
  let count = 0;
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      count += 1;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return count;
}

/** Text as drawn, shadow roots included (the status word may live in a badge's shadow root). */
function deepText(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  let text = '';
  if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) text += deepText(child);
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

// Long tasks and long animation frames (over 50 ms) as the browser reports them.
const longTasks = [];
const longFrames = [];
const observers = [];
for (const [type, into] of [
  ['longtask', longTasks],
  ['long-animation-frame', longFrames],
]) {
  if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
  const observer = new PerformanceObserver((list) => into.push(...list.getEntries()));
  observer.observe({ type });
  observers.push([observer, into]);
}
const longest = (entries, from, to) =>
  entries
    .filter((entry) => entry.startTime < to && entry.startTime + entry.duration > from)
    .reduce((max, entry) => Math.max(max, entry.duration), 0);

let mounted;

function unmount() {
  mounted?.host.remove();
  mounted = undefined;
}

/** The long animation frame that holds `at` arrives a while after it ends: wait for it (or not). */
async function longestFrameUntil(from, at, waitMs) {
  const started = performance.now();
  const holds = (entry) => entry.startTime <= at && entry.startTime + entry.duration >= at - 1;
  while (!longFrames.some(holds) && performance.now() - started < waitMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const [observer, into] of observers) into.push(...observer.takeRecords());
  }
  return longest(longFrames, from, at);
}

/**
 * Mounts `lit` (`<connections-provider>` with a MemoryConnectionsApi, around `<connections-table>`)
 * or `vanilla` (the hand-written table, given the same objects) with n connections, and times it
 * from the append until the first screen of rows is in the DOM (`domMs`) and drawn, style and layout
 * done (`ms`). The data exists before the clock starts; the library's side includes what it does
 * with it (the API read, validation, the store).
 */
async function mount(kind, n) {
  unmount();
  const connections = fixture(n);
  let host;
  let table;
  if (kind === 'lit') {
    host = document.createElement('connections-provider');
    host.api = new MemoryConnectionsApi({ connections });
    table = document.createElement('connections-table');
    host.append(table);
  } else {
    host = table = document.createElement('vanilla-connections-table');
    host.connections = connections;
  }
  mounted = { kind, host, table, n };
  // The data and the API exist before the clock starts: their setup (the fixture, and the memory
  // API's copy of it) runs in a task of its own, not in the one the append starts and that is timed.
  await nextTask();
  longTasks.length = 0;
  longFrames.length = 0;
  let inDom = 0;
  const check = () => {
    const now = performance.now();
    const drawn = firstScreenDrawn(table.shadowRoot, n);
    if (drawn) inDom = now;
    return drawn;
  };
  const start = performance.now();
  document.body.append(host);
  const drawn = await until(check, [table.shadowRoot]);
  // Let the frame that shows the rows end, then wait for its long-animation-frame entry (past
  // 100 rows only: the entry comes late, and not at all for a frame under 50 ms).
  await nextFrame();
  await nextFrame();
  await nextTask();
  for (const [observer, into] of observers) into.push(...observer.takeRecords());
  const result = {
    ms: drawn - start,
    domMs: inDom - start,
    longestTask: longest(longTasks, start, drawn),
    links: table.shadowRoot.querySelectorAll(LINKS).length,
    rowsOnScreen: rowsOnScreen(table.shadowRoot),
    elements: countElements(),
  };
  result.longestFrame =
    n > SMALL_LIST ? await longestFrameUntil(start, drawn, result.longestTask ? 3000 : 300) : null;
  return result;
}

/**
 * On the mounted table of 10,000: revokes the fifth row (on the first screen), through the
 * provider's store for `lit` and with `setStatus` for `vanilla`, and times it until that row's
 * status cell reads "revoked" (`dom`), and until the frame after that has been drawn (`frame`).
 */
async function revoke() {
  const { kind, host, table } = mounted;
  const root = table.shadowRoot;
  const id = 'c4'; // active
  const find = () => rowOf(root.querySelector(`${LINKS}[href$="/${id}"]`));
  let row = find();
  const rect = row.getBoundingClientRect();
  if (rect.top >= innerHeight || rect.bottom <= 0) throw new Error(`Row ${id} is not on screen.`);
  const reads = () => {
    if (!row.isConnected) row = find();
    return /\brevoked\b/i.test(deepText(row.querySelector('[part~="status"]')));
  };
  if (reads()) throw new Error(`Row ${id} reads "revoked" before the revoke.`);
  const start = performance.now();
  const action = kind === 'lit' ? host.store.revoke(id) : host.setStatus(id, 'revoked');
  const dom = await until(reads, [root]);
  await nextFrame();
  await nextTask();
  const frame = performance.now();
  await action;
  return { dom: dom - start, frame: frame - start };
}

/**
 * On the mounted `lit` table of 10,000: one keystroke in the search field (the query "App 1"), timed
 * until the count says the new number and the next frame is drawn, with the longest task and
 * animation frame in between.
 */
async function searchKeystroke() {
  const root = mounted.table.shadowRoot;
  const field = root.querySelector('input[type="search"]');
  const count = () => deepText(root.querySelector('[part~="search-count"]'));
  const before = count();
  longTasks.length = 0;
  longFrames.length = 0;
  const start = performance.now();
  field.value = 'App 1';
  field.dispatchEvent(new InputEvent('input'));
  await until(() => count() !== before, [root]);
  await nextFrame();
  await nextTask();
  const end = performance.now();
  for (const [observer, into] of observers) into.push(...observer.takeRecords());
  return {
    ms: end - start,
    longestTask: longest(longTasks, start, end),
    longestFrame: await longestFrameUntil(start, end, 300),
  };
}

/**
 * 10,000 connections over HTTP from the reference server (pages of 100, each validated): a
 * `<connections-provider api-base-url workspace-id>` around the table, timed from the append to the
 * first screen, with the longest task in between.
 */
async function mountHttp(n) {
  unmount();
  // The runner seeds workspace `bench` with this page's fixture of 10,000.
  const workspaceId = 'bench';
  const host = document.createElement('connections-provider');
  host.setAttribute('api-base-url', '/api');
  host.setAttribute('workspace-id', workspaceId);
  host.setAttribute('live', 'off');
  const table = document.createElement('connections-table');
  host.append(table);
  mounted = { kind: 'lit', host, table, n };
  longTasks.length = 0;
  const start = performance.now();
  document.body.append(host);
  const drawn = await until(() => firstScreenDrawn(table.shadowRoot, n), [table.shadowRoot]);
  await nextFrame();
  await nextTask();
  for (const [observer, into] of observers) into.push(...observer.takeRecords());
  const result = { ms: drawn - start, longestTask: longest(longTasks, start, drawn) };
  unmount();
  return result;
}

/** The time to build the first date formatter of a fresh page (the browser's locale data). */
function firstIntlFormatter() {
  const start = performance.now();
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  return performance.now() - start;
}

let heapApi;

/** Creates the API the portal cycles share, before the heap is first read. */
function heapSetup(n) {
  heapApi = new MemoryConnectionsApi({ connections: fixture(n) });
  document.body.replaceChildren();
}

/**
 * Mounts `<connections-portal .api=…>` `times` times, each until its table shows its first screen,
 * and unmounts it. Every portal shares one API, as a host's page would.
 */
async function portalCycles(n, times) {
  for (let i = 0; i < times; i += 1) {
    const portal = document.createElement('connections-portal');
    portal.api = heapApi;
    document.body.append(portal);
    await until(() =>
      firstScreenDrawn(portal.shadowRoot?.querySelector('connections-table')?.shadowRoot, n),
    );
    portal.remove();
    await nextTask();
  }
}

window.bench = {
  mount,
  mountHttp,
  revoke,
  searchKeystroke,
  unmount,
  heapSetup,
  portalCycles,
  firstIntlFormatter,
};

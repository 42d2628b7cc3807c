/**
 * What every story shares: the seed data of the reference server, a `MemoryConnectionsApi` built from
 * a story's args (data set, latency, an injected failure per method), and the controls for them.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { API_ERROR_KINDS, type ApiErrorKind } from '../src/api/errors.js';
import {
  MemoryConnectionsApi,
  type MemoryConnectionInput,
  type MemoryFailures,
} from '../src/api/memory-api.js';
import type { ConnectionRequest, ConnectionsApiMethod } from '../src/api/types.js';
import { createSeed } from '../demo/server/seed.js';
import { DEFAULT_TAGS } from '../src/define.js';

/**
 * Registers the default tags. Called rather than a bare `import '../src/define.js'`: the package's
 * `sideEffects` names only dist/ files, so Vite would drop a side-effect-only import of the source.
 */
export function registerDefaultTags(): void {
  for (const [tag, element] of Object.entries(DEFAULT_TAGS)) element.define(tag);
}

registerDefaultTags();

/** A latency no story waits out: the first request stays pending, so the loading state stays up. */
export const FOREVER_MS = 1_000_000_000;

export const DATA_SETS = ['acme', 'globex', 'empty', 'hostile', 'many'] as const;
export type DataSet = (typeof DATA_SETS)[number];

/** The methods that answer one request (every one but `watchConnections`): one control each. */
export const METHODS: readonly Exclude<ConnectionsApiMethod, 'watchConnections'>[] = [
  'listConnections',
  'getConnection',
  'refreshConnection',
  'revokeConnection',
  'listConnectionRequests',
];

const NO_FAILURE = 'none';
type FailureArg = ApiErrorKind | typeof NO_FAILURE;

/** The args every story with an api takes: the data, the latency, and a failure per method. */
export interface ApiArgs {
  data: DataSet;
  latencyMs: number;
  listConnections: FailureArg;
  getConnection: FailureArg;
  refreshConnection: FailureArg;
  revokeConnection: FailureArg;
  listConnectionRequests: FailureArg;
}

export const apiArgs: ApiArgs = {
  data: 'acme',
  latencyMs: 300,
  listConnections: NO_FAILURE,
  getConnection: NO_FAILURE,
  refreshConnection: NO_FAILURE,
  revokeConnection: NO_FAILURE,
  listConnectionRequests: NO_FAILURE,
};

const failureControl = {
  control: 'select',
  options: [NO_FAILURE, ...API_ERROR_KINDS],
  table: { category: 'API (MemoryConnectionsApi)' },
} as const;

export const apiArgTypes: Partial<ArgTypes<ApiArgs>> = {
  data: {
    control: 'select',
    options: [...DATA_SETS],
    description: 'The seeded workspace: acme, globex, empty, hostile data, or 200 connections.',
    table: { category: 'API (MemoryConnectionsApi)' },
  },
  latencyMs: {
    control: { type: 'number', min: 0, step: 100 },
    description: 'Milliseconds every call waits before answering.',
    table: { category: 'API (MemoryConnectionsApi)' },
  },
  ...Object.fromEntries(
    METHODS.map((method) => [
      method,
      { ...failureControl, description: `The error kind ${method} rejects with.` },
    ]),
  ),
};

interface Workspace {
  connections: MemoryConnectionInput[];
  requests: ConnectionRequest[];
}

const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(6);

/**
 * Data a careless or hostile backend could send: markup in text, unsafe URL schemes, controls and
 * bidirectional overrides, very long unbroken words, a status this version does not know; all of it
 * valid by the contract (an invalid body is the `invalid-response` failure instead). Every string
 * must show as text; no unsafe URL may reach the page.
 */
export function hostileData(): Workspace {
  const script = '<script>alert("label")</script>';
  const image = '<img src=x onerror="alert(1)">';
  return {
    connections: [
      {
        id: 'conn/with spaces?&#',
        app: { key: 'evil', name: `${image} App`, iconUrl: 'javascript:alert(1)' },
        label: script,
        status: 'active',
        externalAccountEmail: '"><svg onload=alert(1)>@evil.example',
        lastRefreshedAt: '2025-11-20T09:15:00.000Z',
        refreshable: true,
      },
      {
        id: 'conn_long',
        app: { key: 'long', name: LONG_WORD, iconUrl: 'data:image/svg+xml,<svg onload=alert(1)>' },
        label: `${LONG_WORD} ${LONG_WORD}`,
        status: 'error',
        externalAccountEmail: `${LONG_WORD.toLowerCase()}@example.com`,
        lastRefreshedAt: '1970-01-01T00:00:00.000Z',
        refreshable: true,
      },
      {
        id: 'conn_bidi',
        app: { key: 'bidi', name: '\u202eevil\u202c Sheets', iconUrl: ' JaVaScRiPt:alert(1)' },
        label: 'مرحبا — שלום — \u202ereversed\u202c — 🔌🔥',
        status: 'exploded',
        externalAccountEmail: null,
        lastRefreshedAt: null,
        refreshable: false,
      },
      {
        id: 'conn_empty_label',
        app: { key: 'blank', name: ' ', iconUrl: 'vbscript:msgbox(1)' },
        label: '',
        status: 'pending',
        externalAccountEmail: '',
        lastRefreshedAt: null,
        refreshable: false,
      },
    ],
    requests: [
      {
        id: 'req_evil',
        app: { key: 'evil', name: script, iconUrl: 'javascript:alert(1)' },
        requestedAt: '2025-11-21T10:00:00.000Z',
        requestedBy: image,
        connectUrl: 'javascript:alert(document.cookie)',
      },
      {
        id: 'req_long',
        app: { key: 'long', name: LONG_WORD, iconUrl: null },
        requestedAt: '2099-12-31T23:59:59.999Z',
        requestedBy: LONG_WORD,
        connectUrl: '\tjava\nscript:alert(1)',
      },
    ],
  };
}

const STATUSES = ['active', 'error', 'pending', 'revoked'] as const;
const APPS = ['Slack', 'HubSpot', 'Google Sheets', 'Salesforce', 'Notion', 'Asana', 'Xero'];

/** `count` connections (200 by default) cycling through every status and a few apps. */
export function manyConnections(count = 200): MemoryConnectionInput[] {
  return Array.from({ length: count }, (_, index) => {
    const name = APPS[index % APPS.length];
    const status = STATUSES[index % STATUSES.length];
    const n = String(index + 1).padStart(3, '0');
    return {
      id: `conn_${n}`,
      app: { key: name.toLowerCase().replace(/\s+/g, '-'), name, iconUrl: null },
      label: `${name} workspace ${n}`,
      status,
      externalAccountEmail: status === 'pending' ? null : `team-${n}@example.com`,
      lastRefreshedAt:
        status === 'pending' ? null : new Date(Date.UTC(2025, 10, 1 + (index % 28))).toISOString(),
      refreshable: status !== 'revoked',
    };
  });
}

/** The workspace of a data set, fresh on every call. */
export function workspace(data: DataSet): Workspace {
  const seed = createSeed();
  switch (data) {
    case 'hostile':
      return hostileData();
    case 'many':
      return { connections: manyConnections(), requests: seed.acme.requests };
    default:
      return seed[data] as Workspace;
  }
}

/** A fresh `MemoryConnectionsApi` as the args say. */
export function makeApi(args: Partial<ApiArgs> = {}): MemoryConnectionsApi {
  const { data, latencyMs, ...rest } = { ...apiArgs, ...args };
  const failures: MemoryFailures = {};
  for (const method of METHODS) {
    const kind = rest[method];
    if (kind && kind !== NO_FAILURE) failures[method] = kind;
  }
  return new MemoryConnectionsApi({ ...workspace(data), latencyMs, failures });
}

/** `content` inside a `connections-provider` whose api the args describe. */
export function withProvider(args: Partial<ApiArgs>, content: TemplateResult): TemplateResult {
  return html`<connections-provider .api=${makeApi(args)}>${content}</connections-provider>`;
}

/** Every element under `root`, through open shadow roots. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element, ...deepElements(element.shadowRoot)] : [element],
  );
}

/** Resolves once every Lit element under `root` (through shadow roots) has rendered. */
export async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const updates = deepElements(root)
      .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter(Boolean);
    const results = await Promise.all(updates);
    // updateComplete resolves false when another update was queued meanwhile: look again.
    if (results.every((done) => done !== false)) return;
  }
}

/** Waits until `predicate` is true (polling each frame), or fails after `timeoutMs`. */
export async function until(predicate: () => unknown, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs)
      throw new Error('The story never reached its state.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** `querySelector` through open shadow roots, for `play` functions. */
export function deepQuery<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** The first element under `root` (through shadow roots) whose `part` has `part`, once it exists. */
export async function findPart(root: ParentNode, part: string): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await until(() => (found = deepQuery<HTMLElement>(root, `[part~="${part}"]`)));
  return found!;
}

/** The api of the story's provider (or portal), to change its latency or failures in `play`. */
export function storyApi(root: ParentNode): MemoryConnectionsApi {
  const host = root.querySelector<HTMLElement & { api?: unknown }>(
    'connections-provider, connections-portal',
  );
  if (!(host?.api instanceof MemoryConnectionsApi)) throw new Error('The story has no memory api.');
  return host.api;
}

/**
 * A story's play function: clicks the parts in order (each once it appears), waits for `waitFor`,
 * then for the story to settle. With `busy`, the api stops answering just before the last click,
 * so the story shows that action in flight.
 */
export function clickParts(
  parts: readonly string[],
  { waitFor, busy = false }: { waitFor?: string; busy?: boolean } = {},
) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    for (const [index, part] of parts.entries()) {
      const element = await findPart(canvasElement, part);
      if (busy && index === parts.length - 1) storyApi(canvasElement).latencyMs = FOREVER_MS;
      element.click();
    }
    if (waitFor) await findPart(canvasElement, waitFor);
    await settled(canvasElement);
  };
}

/**
 * A story's play function: types `query` into the table's search field (one input event, as a paste
 * would send), then waits for `waitFor` and for the story to settle.
 */
export function searchFor(query: string, { waitFor }: { waitFor?: string } = {}) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const field = (await findPart(canvasElement, 'search')) as HTMLInputElement;
    field.value = query;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (waitFor) await findPart(canvasElement, waitFor);
    await settled(canvasElement);
  };
}

/**
 * A story's play function: clicks the sort button of the column headed `column` ("App", "Label",
 * "Status") `times` times (1: ascending, 2: descending), then waits for the story to settle.
 */
export function sortBy(column: string, times = 1) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await findPart(canvasElement, 'sort-button');
    const table = deepQuery(canvasElement, '[part~="table"]')!;
    const button = [...table.querySelectorAll<HTMLElement>('[part~="sort-button"]')].find(
      (candidate) => candidate.textContent?.trim() === column,
    );
    if (!button) throw new Error(`No sort button for ${column}.`);
    for (let click = 0; click < times; click++) {
      button.click();
      await settled(canvasElement);
    }
  };
}

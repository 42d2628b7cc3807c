/**
 * An element that draws another passes the inner element's parts on with `exportparts`, so a host's
 * `outer::part(…)` reaches them (`connections-portal` passes the requests panel's, the table's, the
 * detail's and the toast region's; `connection-detail` passes the revoke dialog's). These strings and
 * the `@csspart` lists are written by hand; this test keeps them in step. It renders the elements in
 * every view that draws another element, walks the shadow trees, and for each element drawn inside
 * another compares the `exportparts` attribute in the DOM with the documentation in
 * custom-elements.json (see ./manifest.ts):
 *
 * - every part the inner element documents is passed on (unless listed in NOT_PASSED, with why);
 * - every part passed on is one the inner element documents (no stale or misspelt name);
 * - every name a part is passed on as is documented by the outer element (its `@csspart` list is
 *   what editors and Storybook show; prose does not reach them);
 * - every part an element draws in these views is documented by it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryConnectionsApi } from '../../src/api/memory-api.js';
import '../../src/define.js';
import type { ConnectionsPortal } from '../../src/elements/portal/connections-portal.js';
import { manifestElements, type ManifestElement } from './manifest.js';
import { waitUntil } from '../helpers/wait-until.js';

/** One connection and one request: enough for every nested element to be drawn. */
function api(): MemoryConnectionsApi {
  return new MemoryConnectionsApi({
    connections: [
      {
        id: 'c1',
        app: { key: 'slack', name: 'Slack' },
        label: 'Marketing',
        status: 'error',
        externalAccountEmail: 'ops@acme.test',
        lastRefreshedAt: '2025-11-01T10:00:00.000Z',
        refreshable: true,
      },
    ],
    requests: [
      {
        id: 'r1',
        app: { key: 'xero', name: 'Xero' },
        requestedAt: '2025-11-21T10:00:00.000Z',
        requestedBy: 'Dana Whitfield',
        connectUrl: 'https://connect.agency.example/requests/r1',
      },
    ],
  });
}

/** `outer>inner` tag pairs. */
type Nesting = `${string}>${string}`;

/** Every element drawing another, as the views below render them. A new nesting must be added. */
const EXPECTED_NESTINGS: Nesting[] = [
  'connections-portal>connection-requests',
  'connections-portal>connections-table',
  'connections-portal>connection-detail',
  'connections-portal>connections-toast-region',
  'connections-provider>connections-toast-region',
  'connection-detail>connection-status-badge',
  'connection-detail>revoke-dialog',
];

/**
 * Parts of an inner element that the outer one does not pass on, and why. `holds` checks the reason
 * on the rendered inner element, so an exception cannot outlive its reason.
 */
const NOT_PASSED: Partial<
  Record<Nesting, { parts: string[]; why: string; holds: (inner: Element) => boolean }>
> = {
  // The detail does not pass the badge's parts: the whole `connection-status-badge` element is the
  // detail's own `badge` part (`part="badge"`). So `connection-detail::part(badge)` styles the badge
  // element (word and description), and the badge's inner `badge` and `description` parts cannot be
  // reached through the detail (nor through the portal).
  'connection-detail>connection-status-badge': {
    parts: ['badge', 'description'],
    why: 'the detail exposes the whole badge element as its own `badge` part',
    holds: (badge) => badge.part.contains('badge'),
  },
};

/** `exportparts="a, b: c"` as `[inner, outer]` pairs: `[['a', 'a'], ['b', 'c']]`. */
function parseExportparts(value: string | null): [string, string][] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [inner, outer = inner] = entry.split(':').map((name) => name.trim());
      return [inner, outer];
    });
}

interface Drawn {
  outer: Element;
  inner: Element;
}

/** Every documented element drawn in `host`'s shadow tree, at any depth, with the one drawing it. */
function nestings(host: Element, tags: Set<string>, found: Drawn[] = []): Drawn[] {
  for (const element of host.shadowRoot?.querySelectorAll('*') ?? []) {
    if (tags.has(element.localName)) found.push({ outer: host, inner: element });
    if (element.shadowRoot) nestings(element, tags, found);
  }
  return found;
}

/** What is wrong with the parts passed from `inner` through `outer`, one line per problem. */
function exportProblems({ outer, inner }: Drawn, manifest: Map<string, ManifestElement>): string[] {
  const key: Nesting = `${outer.localName}>${inner.localName}`;
  const innerParts = manifest.get(inner.localName)!.cssParts.map((p) => p.name);
  const outerParts = manifest.get(outer.localName)!.cssParts.map((p) => p.name);
  const passed = parseExportparts(inner.getAttribute('exportparts'));
  const passedNames = passed.map(([name]) => name);
  const exception = NOT_PASSED[key];
  const found: string[] = [];
  if (exception && !exception.holds(inner)) {
    found.push(`NOT_PASSED['${key}'] no longer holds: ${exception.why}`);
  }
  for (const part of innerParts) {
    if (passedNames.includes(part)) continue;
    if (exception?.parts.includes(part) && exception.holds(inner)) continue;
    found.push(`${key}: the inner part "${part}" is not passed on (exportparts)`);
  }
  for (const part of exception?.parts ?? []) {
    if (passedNames.includes(part)) found.push(`${key}: "${part}" is passed on after all`);
  }
  for (const [name, as] of passed) {
    if (!innerParts.includes(name)) {
      found.push(
        `${key}: exportparts passes "${name}", which ${inner.localName} does not document`,
      );
    }
    if (!outerParts.includes(as)) {
      found.push(
        `${key}: "${name}" is passed on as "${as}", which ${outer.localName} does not document`,
      );
    }
  }
  return found;
}

/** Parts an element draws in its own shadow root that its `@csspart` list does not name. */
function undocumentedParts(element: Element, manifest: Map<string, ManifestElement>): string[] {
  const documented = manifest.get(element.localName)!.cssParts.map((p) => p.name);
  const drawn = new Set(
    [...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((el) => [...el.part]),
  );
  return [...drawn]
    .filter((part) => !documented.includes(part))
    .map((part) => `${element.localName} draws the part "${part}" but does not document it`);
}

describe('exported parts (exportparts and @csspart)', () => {
  let manifest: Map<string, ManifestElement>;
  let drawn: Drawn[];

  before(async () => {
    manifest = await manifestElements();
    const tags = new Set(manifest.keys());
    drawn = [];

    const portal = await fixture<ConnectionsPortal>(
      html`<connections-portal routing="none" .api=${api()}></connections-portal>`,
    );
    const inPortal = (...selectors: string[]) => {
      let current: Element | null | undefined = portal;
      for (const selector of selectors) current = current?.shadowRoot?.querySelector(selector);
      return current ?? null;
    };
    await waitUntil(
      () =>
        inPortal('connections-table', '[part~="row"] [part~="badge"]') &&
        inPortal('connection-requests', '[part~="connect-link"]'),
      'the list view did not render its rows and requests',
    );
    drawn.push(...nestings(portal, tags));

    portal.connectionId = 'c1';
    await waitUntil(
      () => inPortal('connection-detail', 'revoke-dialog'),
      'the detail view did not render',
    );
    drawn.push(...nestings(portal, tags));

    const provider = await fixture(
      html`<connections-provider .api=${api()}><p>Content</p></connections-provider>`,
    );
    drawn.push(...nestings(provider, tags));
  });

  it('the views render every nesting listed in EXPECTED_NESTINGS, and no other', () => {
    const seen = new Set(drawn.map(({ outer, inner }) => `${outer.localName}>${inner.localName}`));
    expect([...seen].sort()).to.deep.equal([...EXPECTED_NESTINGS].sort());
  });

  it('every documented part of an inner element is passed on, as a documented name', () => {
    const found = drawn.flatMap((nesting) => exportProblems(nesting, manifest));
    expect([...new Set(found)]).to.deep.equal([]);
  });

  it('every part drawn is documented', () => {
    const elements = new Set(drawn.flatMap(({ outer, inner }) => [outer, inner]));
    const found = [...elements].flatMap((element) => undocumentedParts(element, manifest));
    expect([...new Set(found)]).to.deep.equal([]);
  });
});

/**
 * Property-based checks (fast-check): for any input, the response validation either validates or
 * rejects with `invalid-response` and never touches `Object.prototype`; the URL policy never lets
 * another scheme than http(s) through, after the browser's own parsing; and every well-formed id
 * round-trips through its href and stays under the base path. Runs are bounded; a failure prints
 * its seed and path, so `fc.assert(…, { seed, path })` replays it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ApiError } from '../../src/api/errors.js';
import {
  parseConnection,
  parseConnectionsPage,
  parseRequestsPage,
} from '../../src/api/validate.js';
import { connectionHref, connectionIdFromPath } from '../../src/routing/router.js';
import { isUrlSafeId, safeUrl } from '../../src/utils/url-policy.js';

const RUNS = { numRuns: 300 };

/** JSON text, with the keys random generation rarely makes put in on purpose. */
const hostileJson = fc
  .tuple(
    fc.jsonValue({ maxDepth: 4 }),
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([value, key, poison]) => {
    const text = JSON.stringify(value) ?? 'null';
    // Put the key into the outermost object (or wrap the value in one).
    const injected = `"${key}":${JSON.stringify(poison) ?? 'null'}`;
    return text.startsWith('{') && text !== '{}'
      ? `{${injected},${text.slice(1)}`
      : `{${injected},"value":${text}}`;
  });

describe('properties (fast-check)', () => {
  it('any JSON validates or is an invalid-response ApiError, and Object.prototype stays clean', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), hostileJson), (text) => {
        const body: unknown = JSON.parse(text);
        for (const parse of [parseConnection, parseConnectionsPage, parseRequestsPage]) {
          try {
            parse(body);
          } catch (error) {
            if (!(error instanceof ApiError) || error.kind !== 'invalid-response') return false;
          }
        }
        return ({} as Record<string, unknown>).polluted === undefined;
      }),
      RUNS,
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
  });

  it('the URL policy never passes another scheme than http or https, as the browser parses it', () => {
    const schemes = fc.constantFrom(
      'javascript:',
      'JaVaScRiPt:',
      'data:',
      'vbscript:',
      'blob:',
      'file:',
      'http:',
      'https:',
      '',
      '//',
      ' java\tscript:',
    );
    fc.assert(
      fc.property(schemes, fc.string({ maxLength: 30 }), (scheme, rest) => {
        const passed = safeUrl(`${scheme}${rest}`);
        return passed === undefined || ['http:', 'https:'].includes(new URL(passed).protocol);
      }),
      RUNS,
    );
  });

  it('every well-formed id round-trips through its href and stays under base-path', () => {
    const base = '/portal/connections';
    fc.assert(
      // Random ids, and the ones random generation rarely makes.
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 20 }),
          fc.constantFrom('.', '..', 'a/..', '%2E%2E', '?#', 'a b', '/', '\\'),
        ),
        (id) => {
          fc.pre(isUrlSafeId(id));
          const href = connectionHref(base, id);
          const { pathname } = new URL(href, 'https://host.example');
          return pathname.startsWith(`${base}/`) && connectionIdFromPath(base, pathname) === id;
        },
      ),
      RUNS,
    );
  });
});

/**
 * The validators' rules, pinned where the API tests do not reach: they were valibot's (`object`,
 * `array`, `string`, `boolean`, `nullable`, `optional`) and the hand-written validator keeps them
 * (checked against valibot on 200,000 generated bodies when it replaced it).
 */
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import type { Connection } from '../../src/api/types.js';
import {
  parseConnection,
  parseConnectionRequest,
  parseConnectionsPage,
  parseRequestsPage,
} from '../../src/api/validate.js';

const valid: Connection = {
  id: 'a',
  app: { key: 'k', name: 'n' },
  label: 'l',
  status: 'active',
  externalAccountEmail: null,
  lastRefreshedAt: null,
  refreshable: true,
};

function messageOf(parse: (value: unknown) => unknown, value: unknown): string {
  try {
    parse(value);
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('invalid-response');
    return (error as ApiError).message;
  }
  throw new Error('Expected the body to be rejected.');
}

describe('validate', () => {
  it("builds new objects of the contract's keys, in its order, and drops the others", () => {
    const body = {
      extra: 1,
      refreshable: true,
      app: { name: 'n', extra: 2, key: 'k' },
      status: 'active',
      label: 'l',
      id: 'a',
      lastRefreshedAt: null,
      externalAccountEmail: null,
    };
    const connection = parseConnection(body);
    expect(connection).to.deep.equal(valid);
    expect(Object.keys(connection)).to.deep.equal(Object.keys(valid));
    expect(Object.keys(connection.app)).to.deep.equal(['key', 'name']);
    expect(connection).not.to.equal(body);
    expect(connection.app).not.to.equal(body.app);
  });

  it('takes an absent, undefined or null iconUrl as it is, and nothing else but a string', () => {
    expect('iconUrl' in parseConnection(valid).app).to.equal(false);
    const undefinedIcon = parseConnection({ ...valid, app: { ...valid.app, iconUrl: undefined } });
    expect('iconUrl' in undefinedIcon.app).to.equal(true);
    expect(
      parseConnection({ ...valid, app: { ...valid.app, iconUrl: null } }).app.iconUrl,
    ).to.equal(null);
    expect(messageOf(parseConnection, { ...valid, app: { ...valid.app, iconUrl: 3 } })).to.equal(
      'The response is not a valid Connection (at app.iconUrl): expected string.',
    );
  });

  it("maps an unknown status to 'unknown', an unreadable lastRefreshedAt to null, and keeps an unreadable requestedAt", () => {
    const connection = parseConnection({
      ...valid,
      status: 'paused',
      lastRefreshedAt: 'yesterday',
    });
    expect(connection.status).to.equal('unknown');
    expect(connection.lastRefreshedAt).to.equal(null);
    const request = parseConnectionRequest({
      id: 'r',
      app: valid.app,
      requestedAt: 'not-a-date',
      requestedBy: null,
      connectUrl: 'u',
    });
    expect(request.requestedAt).to.equal('not-a-date');
  });

  it('names the first problem: a wrong type, a missing key, not an object, not an array', () => {
    expect(messageOf(parseConnection, { ...valid, status: 1 })).to.equal(
      'The response is not a valid Connection (at status): expected string.',
    );
    expect(messageOf(parseConnection, { ...valid, label: undefined })).to.equal(
      'The response is not a valid Connection (at label): expected string.',
    );
    const noLabel: Partial<Connection> = { ...valid };
    delete noLabel.label;
    expect(messageOf(parseConnection, noLabel)).to.equal(
      'The response is not a valid Connection (at label): expected "label".',
    );
    expect(messageOf(parseConnection, 'x')).to.equal(
      'The response is not a valid Connection: expected Object.',
    );
    // An array is an object here, with no `id`.
    expect(messageOf(parseConnection, [valid])).to.equal(
      'The response is not a valid Connection (at id): expected "id".',
    );
    // A hole in an array is an undefined entry.
    // eslint-disable-next-line no-sparse-arrays
    expect(messageOf(parseConnectionsPage, { connections: [, valid], nextCursor: null })).to.equal(
      'The response is not a valid page of connections (at connections.0): expected Object.',
    );
    expect(messageOf(parseRequestsPage, { requests: {} })).to.equal(
      'The response is not a valid list of connection requests (at requests): expected Array.',
    );
  });

  it('takes one argument, so it can be handed to map', () => {
    expect([valid, { ...valid, id: 'b' }].map(parseConnection).map((c) => c.id)).to.deep.equal([
      'a',
      'b',
    ]);
  });
});

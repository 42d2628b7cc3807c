import { expect } from '@open-wc/testing';
import { connectionHref, connectionIdFromPath } from '../../src/routing/router.js';

const BASE = '/portal/connections';

describe('router paths', () => {
  it('builds {base-path}/{encodeURIComponent(id)}', () => {
    expect(connectionHref(BASE, 'conn_1')).to.equal('/portal/connections/conn_1');
    expect(connectionHref(`${BASE}/`, 'a/b?c#d ..')).to.equal(
      '/portal/connections/a%2Fb%3Fc%23d%20..',
    );
    expect(connectionHref(BASE, null)).to.equal(BASE);
  });

  it('reads an id back from a path, and the list or nothing from other paths', () => {
    for (const id of ['conn_1', 'a/b?c#d ..', 'a..b', 'ünïcode']) {
      const { pathname } = new URL(connectionHref(BASE, id), location.origin);
      expect(connectionIdFromPath(BASE, pathname)).to.equal(id);
    }
    expect(connectionIdFromPath(BASE, BASE)).to.equal(null);
    expect(connectionIdFromPath(BASE, `${BASE}/`)).to.equal(null);
    expect(connectionIdFromPath(BASE, `${BASE}/a/b`)).to.equal(null);
    expect(connectionIdFromPath(BASE, `${BASE}/%E0%A4%A`)).to.equal(null);
    expect(connectionIdFromPath(BASE, '/elsewhere')).to.equal(undefined);
    expect(connectionIdFromPath(BASE, '/portal/connectionsX')).to.equal(undefined);
  });
});

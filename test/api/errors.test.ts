import { expect } from '@open-wc/testing';
import { API_ERROR_KINDS, kindForStatus, STATUS_FOR_KIND } from '../../src/api/errors.js';

describe('ApiError kinds and HTTP statuses', () => {
  it('maps every status of STATUS_FOR_KIND back to its kind', () => {
    for (const [kind, status] of Object.entries(STATUS_FOR_KIND)) {
      const code = kind === 'refresh-failed' ? 'refresh_failed' : undefined;
      expect(kindForStatus(status!, code), `${status}`).to.equal(kind);
    }
  });

  it('maps a 422 without the refresh code, and other statuses, as the contract says', () => {
    expect(kindForStatus(422)).to.equal('unexpected');
    expect(kindForStatus(409)).to.equal('unexpected');
    expect(kindForStatus(503)).to.equal('server');
    expect(API_ERROR_KINDS).to.include.members(Object.keys(STATUS_FOR_KIND));
  });
});

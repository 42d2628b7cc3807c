import { expect } from '@open-wc/testing';
import { ConnectionsStore } from '../../src/state/store.js';

// A hand-written ConnectionsApi may reject with an AbortError of its own (it gave up) while the
// store never aborted: that is a failure like any other, not a superseded read. Before, the read
// waited on itself ("Chaining cycle detected") and stayed loading, and the api was never asked again.
describe('ConnectionsStore: an api that rejects with its own AbortError', () => {
  it('settles the read as failed, and a later load asks the api again', async () => {
    let calls = 0;
    const api = {
      listConnectionRequests: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject(new DOMException('the host gave up', 'AbortError'))
          : Promise.resolve([]);
      },
    };
    const store = new ConnectionsStore(api as never);
    let thrown: unknown;
    await store.loadRequests().catch((error: unknown) => (thrown = error));
    expect(String(thrown ?? '')).not.to.contain('Chaining cycle');
    expect(store.state.requests.status).to.equal('error');
    await store.loadRequests().catch(() => {});
    expect(calls, 'a second load reaches the api').to.equal(2);
    expect(store.state.requests.status).to.equal('ready');
  });
});

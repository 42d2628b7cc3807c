import { expect } from '@open-wc/testing';
import { HttpConnectionsApi } from '../../src/api/http-api.js';

// DESIGN: the caller's signal is honoured while waiting for the token and the response. An abort
// that lands in the microtasks between the token's arrival and the fetch must send nothing.
describe('HttpConnectionsApi: an abort just after the token arrives', () => {
  it('never calls fetch once the caller has aborted (a revoke does not go out)', async () => {
    const sentAfterAbort: number[] = [];
    for (let hops = 0; hops < 12; hops += 1) {
      const controller = new AbortController();
      const api = new HttpConnectionsApi({
        baseUrl: '/nowhere',
        workspaceId: 'w',
        getSessionToken: () => Promise.resolve('tok'),
        fetch: (_url, init) => {
          if (controller.signal.aborted) sentAfterAbort.push(hops);
          return new Promise<Response>((_resolve, reject) => {
            init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
          });
        },
      });
      const call = api.revokeConnection('a', { signal: controller.signal });
      call.catch(() => {});
      for (let i = 0; i < hops; i += 1) await Promise.resolve();
      controller.abort();
      await call.catch(() => {});
    }
    expect(sentAfterAbort, 'microtask hops after which fetch ran, aborted').to.deep.equal([]);
  });
});

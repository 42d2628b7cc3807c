/** The tests' own waitUntil: it waits long enough for a loaded machine and leaves no timer behind. */
import { expect } from '@open-wc/testing';
import { openLeakProbe } from './leaks.js';
import { waitUntil } from './wait-until.js';

describe('waitUntil (test helper)', () => {
  it('resolves once the predicate holds, sync or async, and leaves no timer pending', async () => {
    const probe = openLeakProbe();
    try {
      let checks = 0;
      await waitUntil(() => ++checks === 3, 'never three', { interval: 1 });
      expect(checks).to.equal(3);
      await waitUntil(async () => true);
      expect(probe.pendingTimers()).to.equal(0);
    } finally {
      probe.close();
    }
  });

  it('rejects with its message after the timeout, and stops checking', async () => {
    let checks = 0;
    const error = await waitUntil(
      () => {
        checks += 1;
        return false;
      },
      'the door never opened',
      { interval: 5, timeout: 30 },
    ).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).to.equal('Timeout: the door never opened');
    const after = checks;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(checks).to.equal(after);
  });

  it('rejects with what the predicate threw', async () => {
    const boom = new Error('boom');
    const error = await waitUntil(() => {
      throw boom;
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).to.equal(boom);
  });

  it('waits 5 s by default', async () => {
    const probe = openLeakProbe();
    try {
      let done = false;
      const waiting = waitUntil(() => done);
      // @open-wc's 1 s limit would have rejected by then.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      done = true;
      await waiting;
      expect(probe.pendingTimers()).to.equal(0);
    } finally {
      probe.close();
    }
  });
});

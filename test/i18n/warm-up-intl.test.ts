import { expect } from '@open-wc/testing';
import { formatDateTime, warmUpIntl } from '../../src/i18n/format.js';

// In a file of its own: `warmUpIntl` runs once a page, and each test file is a page.
describe('warmUpIntl', () => {
  const Original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = Original;
  });

  it('builds the first date formatter when the page is next idle, once a page', async () => {
    let built = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) {
      built += 1;
      return new Original(...args);
    } as typeof Intl.DateTimeFormat;
    warmUpIntl();
    warmUpIntl();
    // Not in the task that asked: that one may be about to draw rows.
    expect(built).to.equal(0);
    // Idle callbacks run in the order they were asked for (Safari has none: the next task).
    await new Promise((resolve) => (globalThis.requestIdleCallback ?? setTimeout)(resolve));
    expect(built).to.equal(1);
    // The formatter a date in the browser's language then uses: the one already built.
    expect(formatDateTime('2024-01-02T12:00:00.000Z')).not.to.equal('');
    warmUpIntl();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(built).to.equal(1);
  });
});

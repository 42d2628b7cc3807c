/**
 * Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml).
 *
 * A failing assertion keeps its `actual` and `expected` values on the error, and the test runner
 * serialises them to report the failure. A DOM node drags its whole document along (a Lit element:
 * its store, its contexts…), which the serialiser walks for minutes: a test that should fail hangs
 * instead. So nodes are replaced by a short description before the error leaves chai.
 */
// chai itself, not @open-wc/testing: that one registers fixture cleanup with mocha's afterEach,
// which does not exist yet when this file runs.
import { Assertion, AssertionError, use } from '@esm-bundle/chai';
import { chaiA11yAxe } from 'chai-a11y-axe';
import { withColorScheme } from './color-scheme.js';
import { failOnLitWarnings } from './lit-warnings.js';

// Before any element exists: see lit-warnings.ts.
failOnLitWarnings();

function describeValue(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  const name = value instanceof Element ? `<${value.localName}>` : value.nodeName;
  const text = (value.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return text ? `${name} "${text}"` : name;
}

const original = Assertion.prototype.assert;
Assertion.prototype.assert = function assert(...args: Parameters<typeof original>) {
  try {
    return original.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const failure = error as unknown as { actual?: unknown; expected?: unknown };
      failure.actual = describeValue(failure.actual);
      failure.expected = describeValue(failure.expected);
    }
    throw error;
  }
};

/*
 * Every `expect(el).to.be.accessible()` checks both colour schemes: axe runs once as the page is,
 * then again with `color-scheme: dark` on the page (test/helpers/color-scheme.ts), so each state a
 * test checks is checked in the dark theme too. `.not.accessible()` runs once. The plugin is
 * registered here first; @open-wc/testing's own registration of the same plugin is then a no-op.
 */
use(chaiA11yAxe);
use((_chai, utils) => {
  type Accessible = (this: Chai.AssertionStatic, options?: object) => unknown;
  utils.overwriteMethod(
    Assertion.prototype,
    'accessible',
    (plain: Accessible): Accessible =>
      function accessible(options) {
        const light = plain.call(this, options);
        if (utils.flag(this, 'negate') || utils.flag(this, 'oneScheme')) return light;
        const element: unknown = utils.flag(this, 'object');
        const both = Promise.resolve(light as PromiseLike<unknown>).then(() =>
          withColorScheme('dark', async () => {
            const dark = new Assertion(element);
            utils.flag(dark, 'oneScheme', true);
            try {
              await dark.to.be.accessible(options);
            } catch (error) {
              if (error instanceof Error)
                error.message = `With color-scheme: dark\n${error.message}`;
              throw error;
            }
          }),
        );
        Object.assign(this, { then: both.then.bind(both) });
        return this;
      },
  );
});

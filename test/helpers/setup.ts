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
import { Assertion, AssertionError } from '@esm-bundle/chai';

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

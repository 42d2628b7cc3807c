import { expect } from '@open-wc/testing';
import { ApiError, type ApiErrorKind } from '../../src/api/errors.js';

/** The promise's rejection reason; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection, but the promise resolved.');
}

/** Expects the promise to reject with an ApiError of `kind`, and returns that error. */
export async function expectApiError(
  promise: Promise<unknown>,
  kind: ApiErrorKind,
): Promise<ApiError> {
  const error = await rejectionOf(promise);
  expect(error, String(error)).to.be.instanceOf(ApiError);
  expect((error as ApiError).kind, (error as ApiError).message).to.equal(kind);
  return error as ApiError;
}

/** Expects the promise to reject with an AbortError DOMException (the signal's reason), not an ApiError. */
export async function expectAbortError(promise: Promise<unknown>): Promise<DOMException> {
  const error = await rejectionOf(promise);
  expect(error).not.to.be.instanceOf(ApiError);
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
  return error as DOMException;
}

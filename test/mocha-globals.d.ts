// The test runner provides Mocha's BDD globals, but no @types/mocha is installed (and the brief allows
// no new dependency). These are the few globals the tests use. Declared as functions, so another
// file declaring the same overloads merges with them instead of clashing.
type MochaDone = (error?: unknown) => void;
type MochaTest = (this: unknown, done: MochaDone) => void | PromiseLike<unknown>;
type MochaHook = (this: unknown) => void | PromiseLike<unknown>;

declare function describe(title: string, suite: () => void): void;
declare function it(title: string, test: MochaTest | MochaHook): void;
declare function before(hook: MochaHook): void;
declare function after(hook: MochaHook): void;
declare function beforeEach(hook: MochaHook): void;
declare function afterEach(hook: MochaHook): void;

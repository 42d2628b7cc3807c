// The mocha globals the test runner provides in the browser (@types/mocha is not a dependency, and
// these few signatures are all the tests use).
type MochaCallback = () => void | Promise<unknown>;
declare function describe(title: string, suite: () => void): void;
declare function it(title: string, test: MochaCallback): void;
declare function before(hook: MochaCallback): void;
declare function after(hook: MochaCallback): void;
declare function beforeEach(hook: MochaCallback): void;
declare function afterEach(hook: MochaCallback): void;

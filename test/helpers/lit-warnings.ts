/**
 * Lit's dev-mode warnings fail the test file that caused them.
 *
 * The tests run Lit's development build (web-test-runner resolves the `development` export
 * condition), which warns on `console.warn` about inefficient or wrong use: `change-in-update` (an
 * element scheduled another update from `updated()`, so each change renders twice), a class field
 * shadowing a reactive property, and so on. Issue 10 asks that no element re-render for nothing, so
 * any such warning, in any test of any engine, is rethrown as an uncaught error a moment later, which
 * web-test-runner reports as the file's failure. Only the "Lit is in dev mode" banner is expected.
 *
 * `takeLitWarnings()` hands a test the warnings caught so far (and so keeps them from failing it): the
 * guard's own test uses it to prove that it works.
 */
const LIT_WARNING = 'https://lit.dev/msg/';
const DEV_MODE_BANNER = 'https://lit.dev/msg/dev-mode';

let caught: string[] = [];

/** The Lit warnings since the last call, which then no longer fail the file. */
export function takeLitWarnings(): string[] {
  const taken = caught;
  caught = [];
  return taken;
}

/** Starts watching `console.warn` (once per page: setup.ts calls it before any test file loads). */
export function failOnLitWarnings(): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    warn(...args);
    const message = String(args[0]);
    if (!message.includes(LIT_WARNING) || message.includes(DEV_MODE_BANNER)) return;
    caught.push(message);
    setTimeout(() => {
      if (caught.includes(message)) throw new Error(`Lit warned in dev mode: ${message}`);
    });
  };
}

/**
 * The suite runs in Chromium, Firefox and WebKit (web-test-runner.config.mjs). What differs between
 * them for a test lives here: which engine this is, tests that only one engine can run, and keys
 * that each driver sends its own way.
 */
import { sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(userAgent: string): Engine {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium'; // HeadlessChrome/ too
  return 'webkit'; // AppleWebKit without Chrome: WebKitGTK's MiniBrowser, or Safari
}

export const engine: Engine = detect(navigator.userAgent);

/**
 * `it` in the named engines, `it.skip` in the others. The reason says what the other engines lack,
 * and stays next to the test that needs it:
 * `onlyIn(['chromium'], 'emulateMedia needs CDP')('follows the system theme', async () => …)`.
 */
export function onlyIn(engines: readonly Engine[], reason: string): Mocha.TestFunction {
  if (!reason) throw new Error('onlyIn: say why the other engines cannot run this test.');
  return engines.includes(engine) ? it : (it.skip as Mocha.TestFunction);
}

/**
 * Shift+Tab. Chromium and Firefox (puppeteer) hold Shift with `down` and `up`; WebDriver classic
 * (WebKit) has no such command, but one `press` of the WebDriver codes for Shift (U+E008) and Tab
 * (U+E004) is a single key action that presses both and then releases both.
 */
export async function pressShiftTab(): Promise<void> {
  if (engine === 'webkit') {
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

// Finds the browsers the test suite drives, each the same way: its environment variable first, then
// the usual install locations, else an error that says how to install it. No browser is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function findExecutable({ name, envVar, candidates, install }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envVar} is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No ${name} found. Install one (${install}) or set ${envVar} to its executable.`);
}

/**
 * The oldest Firefox the suite is verified on. puppeteer-core sets each page's viewport over
 * WebDriver BiDi with `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know:
 * every test file then fails with "unknown command". 153 is Debian's ESR of December 2026.
 */
export const FIREFOX_MIN_VERSION = 153;

/** The major version `firefox --version` prints ("Mozilla Firefox 153.8.0esr" → 153), or NaN. */
function firefoxMajor(executable) {
  try {
    const text = execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    return Number(/(\d+)\.\d+/.exec(text)?.[1]);
  } catch {
    return Number.NaN;
  }
}

/** Firefox (Debian's ESR), driven by puppeteer-core over WebDriver BiDi; too old a one is an error. */
export function findFirefox() {
  const install = 'Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`';
  const executable = findExecutable({
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    candidates: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    install,
  });
  const major = firefoxMajor(executable);
  // NaN (a build that prints no version) is given the benefit of the doubt.
  if (major < FIREFOX_MIN_VERSION) {
    throw new Error(
      `${executable} is Firefox ${major}; the test runner needs ${FIREFOX_MIN_VERSION} or later. Upgrade it (${install}) or set FIREFOX_PATH to a newer one.`,
    );
  }
  return executable;
}

const WEBKIT_INSTALL =
  'Debian/Ubuntu: `sudo apt-get install -y --no-install-recommends libwebkit2gtk-4.1-0 ' +
  'webkit2gtk-driver xvfb xauth`';

/** Where distributions put WebKitGTK's helper programs: <libdir>/webkit2gtk-4.1/. */
function webkitLibDirs() {
  const multiarch = existsSync('/usr/lib')
    ? readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'))
    : [];
  return [
    ...multiarch.map((name) => join('/usr/lib', name, 'webkit2gtk-4.1')),
    '/usr/lib/webkit2gtk-4.1',
    '/usr/lib64/webkit2gtk-4.1',
    '/usr/libexec/webkit2gtk-4.1',
  ];
}

/**
 * WebKitGTK (Linux only): its WebDriver, the GTK 3 MiniBrowser it drives (the GTK 4 one cannot send
 * key actions), and xvfb-run, since WebKitGTK has no headless mode.
 */
export function findWebKit() {
  const program = (name, envVar, candidates) =>
    findExecutable({ name, envVar, candidates, install: WEBKIT_INSTALL });
  return {
    driver: program('WebKitWebDriver', 'WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver']),
    miniBrowser: program(
      'MiniBrowser (WebKitGTK 4.1)',
      'WEBKIT_MINIBROWSER_PATH',
      webkitLibDirs().map((dir) => join(dir, 'MiniBrowser')),
    ),
    xvfbRun: program('xvfb-run', 'XVFB_RUN_PATH', ['/usr/bin/xvfb-run']),
  };
}

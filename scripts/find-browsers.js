// Finds the browsers the test suite drives, each the same way: its environment variable first, then
// the usual install locations, else an error that says how to install it. No browser is downloaded.
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

/** Firefox (Debian's ESR), driven by puppeteer-core over WebDriver BiDi. */
export function findFirefox() {
  return findExecutable({
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    candidates: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    install: 'Debian/Ubuntu: `sudo apt-get install -y firefox-esr`',
  });
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

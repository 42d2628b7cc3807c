// Finds a Chromium or Chrome to drive in tests: CHROME_PATH first, then the usual install locations.
import { findExecutable } from './find-browsers.js';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep a headless Chromium quiet on a machine without internet (TOOLCHAIN.md). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChrome() {
  return findExecutable({
    name: 'Chromium or Chrome',
    envVar: 'CHROME_PATH',
    candidates: CANDIDATES,
    install: 'Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome',
  });
}

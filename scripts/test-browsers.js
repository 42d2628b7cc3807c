// The engines web-test-runner drives (web-test-runner.config.mjs): which ones, what happens when one
// is missing, and the WebKit driver's lifetime.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** `BROWSERS=chromium,webkit` runs a subset while developing; all three by default. */
export function wantedEngines(value = process.env.BROWSERS) {
  if (!value) return new Set(ENGINES);
  const wanted = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`BROWSERS names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}.`);
  }
  return new Set(wanted);
}

/**
 * Runs `find` for an engine. In CI (CI=true) every engine is required, so a missing one throws.
 * Locally a missing one is skipped: the reason is printed now and pushed to `skipped` (the config
 * prints it again after the run, where it is seen).
 */
export function locate(label, find, skipped) {
  try {
    return find();
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`${label} is required in CI (CI=true). ${error.message}`, { cause: error });
    }
    const line = `${label} skipped: ${error.message}`;
    console.log(line);
    skipped.push(line);
    return undefined;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends SIGTERM to a process, or to a process group (-pgid); gone already is fine. */
function terminate(pid) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** The processes a process started (Linux; WebKitGTK is Linux only). */
function childrenOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return text.split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Starts WebKitWebDriver on a free port inside `xvfb-run -a` (WebKitGTK has no headless mode), and
 * waits until it answers /status. stop() ends the driver, and xvfb-run then ends Xvfb and removes
 * its files. Should this process exit or be stopped first, the whole process group is ended: the
 * driver, Xvfb and the MiniBrowsers the driver opened.
 */
export async function startWebKitDriver({ driver, xvfbRun }) {
  const port = await freePort();
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = ''; // the end of what it wrote, for an error
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  let exited = false;
  child.on('exit', () => (exited = true));
  const killGroup = () => exited || terminate(-child.pid);
  process.on('exit', killGroup);
  // A listener takes away Node's own exit on these signals: exit unless someone else handles them.
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.once(signal, () => {
      killGroup();
      if (process.listenerCount(signal) === 0) process.exit(code);
    });
  }

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`WebKitWebDriver exited before it was ready:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await response.json()).value?.ready) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s:\n${output}`);
    }
    await sleep(100);
  }

  return {
    port,
    async stop() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      childrenOf(child.pid).forEach(terminate);
      const timer = setTimeout(killGroup, 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

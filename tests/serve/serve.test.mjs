// The README's first command: scripts/serve.sh builds the app (a debug build, with Trunk's
// live-reload script in the page) and serves it, and the app starts in it. On a port and in a
// folder of its own, so the release build in dist/ is left alone. It was broken once for a month
// with nothing to say so (postbuild refused Trunk's {{__TRUNK_ADDRESS__}}).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { launch } from '../e2e/browser.mjs';

const PORT = 8093;
const URL_ = `http://127.0.0.1:${PORT}/`;

test('scripts/serve.sh builds and serves the app, and the app starts in it', async () => {
  const serve = spawn('scripts/serve.sh', ['--port', String(PORT), '--address', '127.0.0.1', '--dist', 'target/serve-check'], {
    detached: true, // its own process group: Trunk and its build stop with it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  serve.stdout.on('data', (d) => { log += d; });
  serve.stderr.on('data', (d) => { log += d; });
  let exit = null;
  serve.on('exit', (code) => { exit = code; });
  let browser;
  try {
    // Until it serves the page. A failed build leaves Trunk running and answering 404, so its
    // log is watched too; the test runner's timeout bounds the wait, not a guess at the speed.
    for (;;) {
      assert.equal(exit, null, `serve.sh stopped (${exit}):\n${log.slice(-3000)}`);
      assert.doesNotMatch(log, /error from build pipeline|ERROR/, `the build failed:\n${log.slice(-3000)}`);
      const status = await fetch(URL_).then((r) => r.status, () => 0);
      if (status === 200) break;
      await delay(500);
    }
    browser = await launch();
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(URL_);
    await page.locator('.pp-app[data-live]').waitFor();
    await page.getByLabel('What do you want treated?').selectOption('jaw');
    await page.locator('.pp-app[data-live][data-state^="jaw "]').waitFor();
    assert.deepEqual(errors, [], 'no error in the page');
  } finally {
    await browser?.close();
    try { process.kill(-serve.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
});

// One small interface over the three engines patients use, each driven by the tool that speaks
// its protocol: Chromium (Debian's, playwright-core over CDP), Firefox ESR (Debian's, puppeteer-core
// over WebDriver BiDi) and WebKitGTK, Safari's engine (Debian's WebKitWebDriver and MiniBrowser
// under xvfb-run, selenium-webdriver over classic WebDriver). None downloads a browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, Key } from 'selenium-webdriver';
import { launch as launchChromium } from '../e2e/browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
// Debian puts it under the machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu...).
const MINIBROWSER = process.env.MINIBROWSER_PATH
  ?? readdirSync('/usr/lib').map((d) => `/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`).find((p) => existsSync(p))
  ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Keys by name, for `press`. */
const KEYS = { Tab: 'Tab', ArrowRight: 'ArrowRight', ArrowDown: 'ArrowDown', Space: ' ' };

/**
 * An engine with one page. Every method is async:
 *   goto(url), run(fn, ...args) -> fn's value run in the page, waitFor(fn, what),
 *   click(selector), press(key), pdf() -> Buffer or null where the engine cannot print,
 *   screenshot(path), errors() -> console errors and uncaught exceptions seen, close();
 *   Firefox's also has `downloads`, the folder its page saves files to (Chromium's downloads are
 *   tested in tests/e2e; WebKitWebDriver's MiniBrowser saves into $HOME, which no test should).
 */
export async function openEngine(engine) {
  if (engine === 'chromium') return chromiumEngine();
  if (engine === 'firefox') return firefoxEngine();
  if (engine === 'webkit') return webkitEngine();
  throw new Error(`unknown engine ${engine}`);
}

/** Polls `fn` in the page until it returns true, up to `ms`. A page between two documents (a
 *  reload) cannot answer: asked again, and its last error said if time runs out. */
async function poll(run, fn, what, ms = 60_000) {
  const deadline = Date.now() + ms;
  let error = null;
  for (;;) {
    try {
      if (await run(fn)) return;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${error ? ` (last error: ${error.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** An engine from a Playwright or puppeteer page (their page APIs agree on what is used here). */
function pageEngine(name, browser, page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const run = (fn, ...args) => page.evaluate(fn, args);
  return {
    name,
    goto: (url) => page.goto(url),
    run,
    waitFor: (fn, what) => poll(run, fn, what),
    // In view and still first, as a person clicks what they see: anything drawn as it comes into
    // view (cards were, with content-visibility: auto) moves what is below it, and puppeteer aims once (a click on the
    // calendar button missed; Playwright waits for a still target by itself).
    click: async (selector) => {
      await run(([s]) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
      await poll(run, new Function(`const top = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top;
        window.__ppStill = window.__ppTop === top ? (window.__ppStill ?? 0) + 1 : 0; window.__ppTop = top;
        return window.__ppStill >= 3;`), `${selector} to stay still`);
      await page.click(selector);
    },
    press: (key) => page.keyboard.press(KEYS[key]),
    pdf: async () => Buffer.from(await page.pdf({ format: 'Letter', printBackground: true })),
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    errors: async () => errors,
    close: () => browser.close(),
  };
}

async function chromiumEngine() {
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  return pageEngine('Chromium', browser, await context.newPage());
}

async function firefoxEngine() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
  });
  // Files the page saves (the calendar file) go to a folder of their own, which the tests read.
  const downloads = mkdtempSync(join(tmpdir(), 'prolopath-firefox-'));
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const engine = pageEngine('Firefox ESR', browser, page);
  const close = async () => { await engine.close(); rmSync(downloads, { recursive: true, force: true }); };
  return { ...engine, downloads, close };
}

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

async function webkitEngine() {
  const port = await freePort();
  // WebKitGTK draws into a display even when nobody looks: xvfb-run gives it a virtual one.
  const driverProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'en_US' },
    detached: true,
  });
  const stopDriver = () => { try { process.kill(-driverProcess.pid, 'SIGTERM'); } catch { /* gone */ } };
  process.on('exit', stopDriver);
  const server = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`${server}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) { stopDriver(); throw new Error('WebKitWebDriver did not start'); }
    await new Promise((r) => setTimeout(r, 50));
  }
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  // Classic WebDriver has no console events: the page's own errors are caught in the page from
  // load on (a start-up failure shows as the app never going live, which every test waits for).
  const run = (fn, ...args) => driver.executeScript(`return (${fn})(arguments[0]);`, args);
  const watchErrors = () => run(() => {
    if (window.__ppErrors) return;
    window.__ppErrors = [];
    const original = console.error;
    console.error = (...a) => { window.__ppErrors.push(a.map(String).join(' ')); original.apply(console, a); };
    addEventListener('error', (e) => window.__ppErrors.push(e.message));
    addEventListener('unhandledrejection', (e) => window.__ppErrors.push(String(e.reason)));
  });
  return {
    name: 'WebKitGTK',
    goto: async (url) => { await driver.get(url); await watchErrors(); },
    run,
    waitFor: (fn, what) => poll(run, fn, what),
    // WebKitWebDriver does not scroll an element at the window's edge into view before a click
    // (ElementNotInteractable), as a person would: scroll it to the middle first, at once (the
    // page scrolls smoothly, and a click aimed while it still moves can miss: seen once).
    click: async (selector) => {
      const element = await driver.findElement({ css: selector });
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" });', element);
      await element.click();
    },
    press: (key) => driver.actions().sendKeys(key === 'Space' ? Key.SPACE : Key[key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()]).perform(),
    pdf: async () => {
      try {
        return Buffer.from(await driver.printPage({ width: 21.59, height: 27.94, background: true }), 'base64');
      } catch (e) {
        if (/unsupported|unknown command|not implemented/i.test(String(e?.message ?? e))) return null;
        throw e;
      }
    },
    screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
    errors: () => run(() => window.__ppErrors ?? []),
    close: async () => {
      try { await driver.quit(); } finally { stopDriver(); process.off('exit', stopDriver); }
    },
  };
}

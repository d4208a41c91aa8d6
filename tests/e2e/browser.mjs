// Launches Debian's Chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Every page opened since the last mark, with its console (kept after the page closes). */
let recorded = [];
const logs = new WeakMap();

/** Starts a new list of pages (a test begins). */
export function markPages() { recorded = []; }

/** The pages opened since the mark, each with its console lines. */
export function pagesSinceMark() { return recorded; }

function watchPage(page) {
  if (logs.has(page)) return;
  const log = [];
  logs.set(page, log);
  recorded.push({ page, log });
  page.on('console', (m) => log.push(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => log.push(`[uncaught] ${e.stack ?? e.message}`));
  page.on('crash', () => log.push('[the page crashed]'));
  page.on('requestfailed', (r) => log.push(`[request failed] ${r.url()}: ${r.failure()?.errorText}`));
}

function watchContext(context) {
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return context;
}

/** Chromium; every page of it is watched, so a failed test can show its console. */
export async function launch(options = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, ...options });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...a) => watchContext(await newContext(...a));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...a) => {
    const page = await newPage(...a);
    watchPage(page);
    return page;
  };
  return browser;
}

/** A browser with a real (not incognito) profile in `dir`: installability needs one. */
export async function launchWithProfile(dir, options = {}) {
  return watchContext(await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, ...options }));
}

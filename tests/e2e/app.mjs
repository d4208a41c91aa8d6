// Shared set-up for the end-to-end tests: the release build served by nginx (docs/clinics.md's
// recipe) on 127.0.0.1, and Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { nginx } from './nginx.mjs';
import { launch } from './browser.mjs';

export const DIST = process.env.PP_DIST ?? 'dist';
export const OUT = 'tests/e2e/output';
/** A long Spanish date as the app writes one ("martes 24 nov 2026"), with the weekday and month
 *  names of the table written from the calendar (tests/fixtures/dates-es.tsv). */
export const ES_DATE = (() => {
  const lines = readFileSync(new URL('../fixtures/dates-es.tsv', import.meta.url), 'utf8').split('\n');
  const names = (/** @type {string} */ kind) => lines.find((l) => l.startsWith(`${kind}\t`))?.split('\t')[1].split(' ').join('|');
  return new RegExp(`^(${names('weekdays')}) \\d{1,2} (${names('months')}) \\d{4}$`);
})();
export const CONDITIONS = ['knee', 'low-back', 'si-joint', 'tennis-elbow', 'achilles', 'rotator-cuff', 'plantar', 'jaw', 'other'];
export const LEVELS = [
  'Call 911 or your local emergency number now',
  'Call your clinic today',
  'Tell your clinician at your next visit',
];

/** Serves the build and starts Chromium; `stop()` ends both. */
export async function start() {
  mkdirSync(OUT, { recursive: true });
  const server = await nginx(DIST);
  const browser = await launch();
  return { server, browser, stop: async () => { await browser.close(); await server.stop(); } };
}

/** A page with the app started, recording console errors and uncaught exceptions. */
export async function open(app, options = {}) {
  // A context of its own: axe-core needs one, and it keeps pages from sharing state.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.server.url);
  await page.locator('.pp-app[data-live]').waitFor();
  return { page, errors };
}

/** The live app's rendered inputs, as the root's data-state shows them (the first view's state
 *  does not count: before the app starts it shows today's dates too). */
export const stateIs = (page, condition, severity, adherence, start) =>
  page.locator(`.pp-app[data-live][data-state="${condition} ${severity} ${adherence} ${start}"]`).waitFor();

/** Run in a page (page.evaluate, an engine's run): its next DOM insertion fails, once, as a
 *  browser or an extension might make it. Yew cannot go on after that (it panics), so the app
 *  stops mid-change: how the tests stop a running app. */
export function refuseNextInsertion() {
  const insert = Node.prototype.insertBefore;
  Node.prototype.insertBefore = function () {
    Node.prototype.insertBefore = insert;
    throw new DOMException('refused by the test', 'HierarchyRequestError');
  };
}

/** The app's failure message in every language, as the build gives it to the loaders
 *  (`prerender --failure`). */
export const failureWords = () => JSON.parse(execFileSync('cargo',
  ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--failure'], { encoding: 'utf8' }));

/** The settings an element takes, from the app's one list (src/settings.rs SETTINGS), as the
 *  build's prerender tool prints them. */
export const settingsKeys = () => JSON.parse(execFileSync('cargo',
  ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--attributes'], { encoding: 'utf8' }));

/** Safety settings with valid-looking values, as a stranger might put in a link: only the
 *  clinic's file or the element's attributes may make them (safety.test.mjs, embed.test.mjs). */
export const FAKE = {
  'emergency-number': '555',
  region: 'GB',
  'clinic-phone': '+1 555 010 9999',
  'after-hours-phone': '+1 555 010 8888',
  'clinic-name': 'Fake Clinic',
  debug: '1',
};

/** The example dates a view shows: the plan's table, the timeline (marks, start, description),
 *  the print summary, the start field and the view's state. */
export const datesShown = (page) =>
  page.locator('#pp-root > .pp-app').evaluate((view) => ({
    state: view.getAttribute('data-state'),
    start: view.querySelector('#pp-start').value,
    table: [...view.querySelectorAll('.pp-plan tbody .pp-date')].map((e) => e.textContent),
    timeline: [...view.querySelectorAll('.pp-timeline svg :is(text, desc)')].map((e) => e.textContent),
    print: view.querySelector('.pp-print-summary').textContent,
  }));

/** Holds back the files `pattern` matches (the wasm, say) until the function it gives is called:
 *  what a patient does in the first view before the app or its loader comes. */
export async function holdBack(page, pattern) {
  let release = () => {};
  const released = new Promise((done) => { release = done; });
  await page.route(pattern, async (route) => { await released; await route.continue(); });
  return release;
}

// The core of the end-to-end suite in the three engines patients use (Chromium, Firefox ESR and
// WebKitGTK, Safari's engine): the journey over every condition, keyboard-only use, the three
// care levels, print to PDF where the engine can print, the calendar file as Firefox saves it, and
// no console errors. The release build
// is served by the README's nginx recipe on 127.0.0.1.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onFailure, test } from '../e2e/evidence.mjs';
import { CONDITIONS, DIST, LEVELS, OUT, failureWords, refuseNextInsertion } from '../e2e/app.mjs';
import { failureMessage } from '../../assets/failure.js';
import { nginx } from '../e2e/nginx.mjs';
import { ENGINES, openEngine } from './drivers.mjs';

const START = '2027-03-01';
let server;
before(async () => { mkdirSync(OUT, { recursive: true }); server = await nginx(DIST); });
after(async () => { await server?.stop(); });

/** The app's rendered inputs, from its root's data-state ("condition severity adherence start"). */
const state = (engine) => engine.run(() => document.querySelector('.pp-app')?.dataset.state ?? '');
const waitForState = (engine, want) =>
  engine.waitFor(new Function(`return document.querySelector('.pp-app')?.dataset.state === ${JSON.stringify(want)};`), `state "${want}"`);
const dates = (engine) => engine.run(() => [...document.querySelectorAll('.pp-plan tbody .pp-date')].map((d) => d.textContent));
/** The three levels as this browser should show them: the first says the number of the
 *  browser's region as a guess (en-US: 911), or no number when its language has no region
 *  (WebKitGTK under the C locale says "en"). */
async function expectedLevels(engine) {
  const tag = await engine.run(() => navigator.language);
  const region = tag.split(/[-_]/)[1]?.toUpperCase();
  const first = region === 'US' ? LEVELS[0] : region ? `(a region this test does not know: ${tag})` : 'Call your local emergency number now';
  return [first, ...LEVELS.slice(1)];
}

/** The headings of the care levels, in order. */
const levels = (engine) => engine.run(() => [...document.querySelectorAll('#pp-care h3')]
  .filter((h) => h.getClientRects().length > 0).map((h) => h.textContent.trim()));

for (const name of ENGINES) {
  describe(name, () => {
    let engine;
    let forget = () => {};
    before(async () => {
      engine = await openEngine(name);
      // A failed test keeps this engine's screenshot, URL and console beside Chromium's evidence.
      forget = onFailure(async (base) => {
        const lines = [`--- ${engine.name}: ${await engine.run(() => location.href).catch(() => '?')}`];
        lines.push(...(await engine.errors().catch(() => [])).map((e) => `[console.error] ${e}`));
        await engine.screenshot(`${base}.png`).then(() => lines.push(`(screenshot: ${base}.png)`), (e) => lines.push(`(no screenshot: ${e.message})`));
        return lines;
      });
      await engine.goto(`${server.url}?start=${START}`);
      await engine.waitFor(() => !!document.querySelector('.pp-app[data-live]'), 'the app to go live');
    });
    after(async () => { forget(); await engine?.close(); });

    test(`${name}: the app starts and shows the three care levels`, async () => {
      assert.equal(await engine.run(() => document.querySelector('.pp-load-failed')?.hidden), true, 'no failure notice');
      assert.deepEqual(await levels(engine), await expectedLevels(engine));
      assert.equal(await state(engine), `knee moderate typical ${START}`);
    });

    test(`${name}: every condition, with severity and aftercare, changes the dated plan`, async () => {
      for (const condition of CONDITIONS) {
        await engine.run(([c]) => {
          const select = document.getElementById('pp-condition');
          select.value = c;
          select.dispatchEvent(new Event('input', { bubbles: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, condition);
        await waitForState(engine, `${condition} moderate typical ${START}`);
        // Only the chosen condition's results are on screen (the copies kept for the others are
        // hidden in every engine, with or without content-visibility).
        await engine.waitFor(new Function(`return JSON.stringify([...document.querySelectorAll('[data-island^="results/"]')]
          .filter((b) => b.getBoundingClientRect().height > 0).map((b) => b.dataset.island)) === ${JSON.stringify(JSON.stringify([`results/${condition}`]))};`),
          `only results/${condition} shown`);
        const moderate = await dates(engine);
        assert.equal(moderate[0], 'Mon, Mar 1, 2027', `${condition}: the first session is on the start date`);
        // A person's click on an answer's label, then the dates the app shows for it.
        const choose = async (id, severity, adherence) => {
          await engine.click(`label[for="${id}"]`);
          await waitForState(engine, `${condition} ${severity} ${adherence} ${START}`);
          return dates(engine);
        };
        const mild = await choose('pp-severity-mild', 'mild', 'typical');
        const severe = await choose('pp-severity-severe', 'severe', 'typical');
        assert.notDeepEqual(severe, mild, `${condition}: severity changes the dates`);
        const low = await choose('pp-adherence-low', 'severe', 'low');
        const high = await choose('pp-adherence-high', 'severe', 'high');
        assert.notDeepEqual(high, low, `${condition}: aftercare changes the dates`);
        assert.deepEqual(await levels(engine), await expectedLevels(engine), `${condition}: the three care levels`);
        await engine.click('label[for="pp-severity-moderate"]');
        await engine.click('label[for="pp-adherence-typical"]');
        await waitForState(engine, `${condition} moderate typical ${START}`);
      }
    });

    test(`${name}: keyboard only: Tab reaches the answers and arrow keys change them`, async () => {
      await engine.goto(`${server.url}?start=${START}`);
      await engine.waitFor(() => !!document.querySelector('.pp-app[data-live]'), 'the app to go live');
      await engine.run(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
      const focused = () => engine.run(() => document.activeElement?.id ?? '');
      const tabTo = async (id) => {
        for (let i = 0; i < 40; i++) {
          await engine.press('Tab');
          if ((await focused()) === id) return;
        }
        assert.fail(`Tab never reached #${id} (last: #${await focused()})`);
      };
      await tabTo('pp-condition');
      // The severity radios are one stop; the checked one (moderate) takes the focus.
      await tabTo('pp-severity-moderate');
      await engine.press('ArrowDown');
      await waitForState(engine, `knee severe typical ${START}`);
      assert.equal(await focused(), 'pp-severity-severe');
      await tabTo('pp-adherence-typical');
      await engine.press('ArrowDown');
      await waitForState(engine, `knee severe high ${START}`);
      assert.equal(await focused(), 'pp-adherence-high');
    });

    test(`${name}: the answers live in the link's fragment: a reload keeps them, an in-page link puts them back`, async () => {
      await engine.goto(`${server.url}#condition=achilles&severity=severe&start=${START}`);
      await waitForState(engine, `achilles severe typical ${START}`);
      const inLink = () => location.search === '' && /^#condition=achilles&severity=severe&adherence=typical&start=2027-03-01&lang=en$/.test(location.hash);
      await engine.waitFor(inLink, 'the answers in the fragment, none in the query');
      // "When to get help": the view goes there, and the answers come back into the link.
      await engine.click('.pp-app[data-live] .pp-jump');
      await engine.waitFor(() => document.querySelector(':target')?.id === 'pp-care' && /^#condition=achilles/.test(location.hash), 'the care levels reached, the answers in the link');
      await engine.run(() => { window.__before = true; setTimeout(() => location.reload()); });
      await engine.waitFor(() => !window.__before && !!document.querySelector('.pp-app[data-live]'), 'the app live again after the reload');
      await waitForState(engine, `achilles severe typical ${START}`);
      await engine.waitFor(inLink, 'the answers still in the fragment');
    });

    test(`${name}: print to PDF carries the plan and the three care levels`, async (t) => {
      const pdf = await engine.pdf();
      if (!pdf) {
        t.skip(`${engine.name} cannot print to PDF through its driver`);
        return;
      }
      const path = `${OUT}/engine-${name}.pdf`;
      writeFileSync(path, pdf);
      const text = execFileSync('pdftotext', ['-layout', path, '-']).toString().replace(/\s+/g, ' ');
      for (const needle of ['Your example plan', 'Mon, Mar 1, 2027', ...(await expectedLevels(engine))]) {
        assert.ok(text.includes(needle), `${engine.name}'s PDF says "${needle}"`);
      }
    });

    // Firefox saves the file itself (not through a test tool's download hook, as Chromium's in
    // tests/e2e/calendar.test.mjs): the file, whole, one event per session of the plan.
    if (name === 'firefox') {
      test(`${name}: the calendar file is saved, with one event per session of the plan`, async () => {
        const file = join(engine.downloads, 'prolopath-plan.ics');
        await engine.click('.pp-app[data-live] .pp-take-along button[aria-describedby="pp-calendar-note"]');
        await engine.waitFor(() => document.querySelector('.pp-app[data-live] .pp-take-along [role=status]')?.textContent !== '', 'the confirmation');
        const deadline = Date.now() + 30_000;
        while (!existsSync(file) || !readFileSync(file, 'utf8').trimEnd().endsWith('END:VCALENDAR')) {
          assert.ok(Date.now() < deadline, `no ${file} after 30 s: ${readdirSync(engine.downloads)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        const events = readFileSync(file, 'utf8').match(/^BEGIN:VEVENT\r$/gm) ?? [];
        assert.equal(events.length, (await dates(engine)).length);
        assert.ok(events.length >= 3, `${events.length} events`);
      });
    }

    test(`${name}: no console errors`, async () => {
      assert.deepEqual(await engine.errors(), []);
    });

    // Last: it stops the app. The page's next DOM insertion fails, once, so the app's code
    // cannot go on (it traps); this engine reports the trap to the loader, which puts the
    // failure message in the app's place (assets/shared.js onStop).
    test(`${name}: a running app that stops is replaced by its failure message, with the number and every emergency sign`, async () => {
      await engine.goto(`${server.url}?start=${START}`);
      await engine.waitFor(() => !!document.querySelector('.pp-app[data-live]'), 'the app to go live');
      await engine.run(refuseNextInsertion);
      await engine.click('label[for="pp-severity-severe"]');
      await engine.waitFor(() => !!document.querySelector('#pp-root > .pp-failure[role=alert]'), 'the failure message');
      const shown = await engine.run(() => {
        const box = document.querySelector('#pp-root > .pp-failure');
        return { lang: box.lang, parts: [...box.children].map((e) => [e.tagName.toLowerCase(), e.textContent]), app: document.querySelectorAll('.pp-app').length };
      });
      // Every part, in order, as the build gives the loaders its words (the same rules).
      const want = failureMessage(failureWords(), [], await engine.run(() => navigator.language));
      assert.equal(want.parts[4][1], (await expectedLevels(engine))[0], 'the heading the care levels showed');
      assert.deepEqual(shown, { lang: 'en', parts: want.parts, app: 0 });
    });
  });
}

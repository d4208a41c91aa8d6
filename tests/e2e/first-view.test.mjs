// The page before, during and without the wasm: the build puts the app's first view in
// index.html (src/bin/prerender.rs, run by scripts/postbuild.mjs); the wasm takes it over.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { LEVELS, datesShown, failureWords, holdBack, refuseNextInsertion, start } from './app.mjs';
import { failureMessage } from '../../assets/failure.js';

/** Before any script the page cannot know the clinic's file or the browser's region: the first
 *  care level says "your local emergency number", in the slot the live app fills. */
const FIRST_VIEW_LEVELS = ['Call your local emergency number now', ...LEVELS.slice(1)];

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test('without JavaScript the default estimate and all three care levels are on the page', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.server.url);
  assert.match(await page.locator('h1').textContent(), /what to expect from prolotherapy/);
  // The default answers' plan, with dates: knee, moderate, typical aftercare, from the build day.
  const root = page.locator('.pp-app');
  assert.equal(await root.count(), 1);
  assert.match(await root.getAttribute('data-state'), /^knee moderate typical \d{4}-\d{2}-\d{2}$/);
  assert.equal(await root.getAttribute('data-live'), null, 'no app is running');
  const dates = await page.locator('.pp-plan tbody .pp-date').allTextContents();
  assert.ok(dates.length >= 4, `${dates.length} sessions`);
  for (const date of dates) assert.match(date, /^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  assert.ok(await page.locator('.pp-chart svg').isVisible(), 'the knee trial chart, both groups');
  // When to get help: all three levels, never behind a click.
  for (const level of FIRST_VIEW_LEVELS) {
    assert.ok(await page.getByRole('heading', { name: level }).isVisible(), level);
  }
  assert.ok(await page.getByRole('heading', { name: 'Tell your clinician first' }).isVisible());
  assert.ok((await page.locator('.pp-source-list li').count()) >= 5, 'the sources');
  // Chromium's script switch does not render <noscript>; its text is still the page's.
  assert.match(await page.locator('noscript').textContent(), /turn on JavaScript/);
  assert.equal(await page.locator('.pp-load-failed').isVisible(), false);
  await context.close();
});

/** Installed before the page's own scripts: layout shifts, and frames with no app in the root. */
function watchFirstView() {
  // The browser's own frames: installed before the test's clock, which replaces
  // requestAnimationFrame with a timer of its own.
  window.__realFrames = /\[native code\]/.test(String(window.requestAnimationFrame));
  const frame = window.requestAnimationFrame.bind(window);
  window.__shifts = [];
  // Each shift with what moved (tag, class, and its box before and after), so a failure says where.
  const named = (n) => (n ? `${n.nodeName}${n.className ? `.${String(n.className).split(' ').join('.')}` : ''}` : '?');
  const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  const record = (entries) => {
    for (const e of entries) {
      if (e.hadRecentInput) continue;
      const what = (e.sources ?? []).map((s) => `${named(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`);
      window.__shifts.push({ value: e.value, what });
    }
  };
  const shifts = new PerformanceObserver((list) => record(list.getEntries()));
  shifts.observe({ type: 'layout-shift', buffered: true });
  // Every shift so far, including those reported but not yet handed to the observer.
  window.__shiftsNow = () => {
    record(shifts.takeRecords());
    return window.__shifts;
  };
  // When the app clears the first view out of the root, the shifts of the frames painted so far
  // are all reported (the test's clock fakes performance.now, so not by time): the ones after
  // are the takeover's.
  window.__takeover = null;
  new MutationObserver((changes, observer) => {
    if (!changes.some((c) => [...c.removedNodes].some((n) => n.classList?.contains('pp-app')))) return;
    record(shifts.takeRecords());
    window.__takeover = window.__shifts.length;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  window.__frames = { static: 0, live: 0, empty: 0, undated: 0 };
  const sample = () => {
    const root = document.getElementById('pp-root');
    const view = root?.querySelector(':scope > .pp-app');
    if (root) window.__frames[view ? (view.hasAttribute('data-live') ? 'live' : 'static') : 'empty'] += 1;
    // A live frame whose start field shows no date (an effect not run yet).
    if (view?.hasAttribute('data-live') && !document.getElementById('pp-start')?.value) window.__frames.undated += 1;
    if (window.__frames.live < 3) frame(sample);
  };
  frame(sample);
}

/** Where every heading, cell, control, list item and paragraph of the view is, from the
 *  root's corner (without JavaScript the noscript note sits above the root). */
const layout = (page, toCare = false) =>
  page.locator('#pp-root').evaluate((root, toCare) => {
    const at = root.getBoundingClientRect();
    const shown = [...root.querySelectorAll('h1, h2, h3, th, td, label, select, input, button, li, p, svg')]
      .filter((e) => e.getClientRects().length > 0)
      .filter((e) => !toCare || !e.closest('.pp-results > .pp-care ~ *'));
    return shown.map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName} ${Math.round(r.x - at.x)},${Math.round(r.y - at.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    });
  }, toCare);

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`with JavaScript the app takes the first view over in place (${name}): no empty frame, CLS 0`, async () => {
    // The first view: the same page without JavaScript. It shows the build day's example dates
    // (the test command builds with a fixed day), so the live page's clock is set to that day:
    // the comparison is of the layout, not of the calendar.
    const still = await app.browser.newContext({ viewport, javaScriptEnabled: false });
    const first = await still.newPage();
    await first.goto(app.server.url);
    const buildDay = await first.locator('#pp-start').inputValue();
    // A browser language with no region: the live app, like the first view, knows no number,
    // so even the emergency number's slot reads the same (with a region only that slot differs).
    const context = await app.browser.newContext({ viewport, locale: 'en' });
    // The clock runs (a fixed one would stop Yew's scheduler from ever yielding to the browser
    // between the app's render and its effects, which a real visitor's phone sees).
    await context.addInitScript(watchFirstView);
    await context.clock.setSystemTime(new Date(`${buildDay}T12:00:00`));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await page.locator('.pp-app[data-live]').waitFor();
    await page.waitForFunction(() => window.__frames.live >= 3);
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(await page.evaluate(() => window.__realFrames), 'frames counted by the browser, not the test clock');
    assert.equal(frames.empty, 0, `frames painted with an empty root: ${JSON.stringify(frames)}`);
    assert.equal(frames.undated, 0, `frames painted with an empty start field: ${JSON.stringify(frames)}`);
    // The browser does not count replaced nodes as shifted, so compare the boxes as well:
    // every element is where the first view had it. First as the app takes over: everything down
    // to the end of the care levels (always laid out), and the shifts of that moment.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
    const shifts = await page.evaluate(() => [...window.__shiftsNow()]);
    const [firstTop, liveTop] = [await layout(first, true), await layout(page, true)];
    assert.ok(liveTop.length > 40, `${liveTop.length} elements down to the care levels`);
    assert.deepEqual(liveTop, firstTop, 'the live app takes over in place, down to the care levels');
    // Bring each card after the care levels into view once, then back to the top, and compare
    // every element (they were laid out only near the screen until 2026-12-03, content-visibility:
    // auto; the walk still measures a page that draws anything as it comes into view).
    for (const card of await page.locator('#pp-root .pp-results > .pp-care ~ :is(.pp-card, .pp-slot)').all()) {
      await card.evaluate((c) => c.scrollIntoView({ behavior: 'instant', block: 'start' }));
      await card.evaluate((c) => new Promise((done) => {
        const inner = c.querySelector(':scope > :not([hidden])');
        const check = () => (!inner || inner.checkVisibility({ contentVisibilityAuto: true }) ? done() : requestAnimationFrame(check));
        check();
      }));
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const [before, now] = [await layout(first), await layout(page)];
    await still.close();
    assert.ok(before.length > 100, `${before.length} elements`);
    assert.deepEqual(now, before, 'the live app lays out exactly like the first view');
    // The takeover moves nothing. Before it, the browser may paint the first view half-parsed (a
    // slow network, a slow phone): the layout keeps what is painted in place as the rest arrives
    // (styles/main.css, the language buttons and the choices), held here to a tenth of what counts
    // as a good page (CLS 0.1) and printed when not zero, with what moved.
    const takeover = await page.evaluate(() => window.__takeover);
    assert.ok(Number.isInteger(takeover), 'the app took the first view out of the root');
    const [loading, live] = [shifts.slice(0, takeover), shifts.slice(takeover)];
    assert.equal(live.reduce((a, s) => a + s.value, 0), 0, `layout shifts as the app took over: ${JSON.stringify(live)}`);
    const loadShift = loading.reduce((a, s) => a + s.value, 0);
    assert.ok(loadShift < 0.01, `layout shifts while the first view loaded: ${JSON.stringify(loading)}`);
    if (loadShift > 0) console.log(`# ${name}: the first view moved while it loaded: ${JSON.stringify(loading)}`);
    assert.equal(await page.locator('.pp-app').count(), 1, 'one app, not the first view plus the app');
    // The live app answers: the first view's form is now the app's.
    await page.getByLabel('What do you want treated?').selectOption('jaw');
    await page.locator('.pp-app[data-state^="jaw "]').waitFor();
    assert.deepEqual(errors, []);
    console.log(`# ${name}: frames ${JSON.stringify(frames)}`);
    await context.close();
  });
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`a first view painted half-parsed keeps what it painted where it was as the rest arrives (${name})`, async () => {
    // On a slow network or phone the browser may paint the page before it has all of it (CI
    // caught the first language button painted without its word, then moving 165 px as it came).
    // Played back here with the page as the parser may leave it: an element that arrived, and
    // the words inside and after it not yet.
    const context = await app.browser.newContext({ viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.server.url);
    const moved = await page.evaluate(() => {
      const at = (e) => { const r = e.getBoundingClientRect(); return `${Math.round(r.x)},${Math.round(r.y)}`; };
      const out = [];
      const check = (what, el, cut) => {
        const before = at(el);
        const restore = cut();
        if (at(el) !== before) out.push(`${what}: ${before} -> ${at(el)}`);
        restore();
      };
      // Each language button before its word, and before the buttons after it.
      for (const [i, button] of [...document.querySelectorAll('.pp-lang')].entries()) {
        check(`language button ${i + 1}`, button, () => {
          const [word, later] = [button.textContent, [...document.querySelectorAll('.pp-lang')].slice(i + 1)];
          button.textContent = '';
          later.forEach((b) => b.remove());
          return () => { button.textContent = word; button.parentElement.append(...later); };
        });
      }
      // Each choice's radio before its label and help.
      for (const choice of document.querySelectorAll('.pp-choice')) {
        const radio = choice.querySelector('input');
        check(`radio ${radio.id}`, radio, () => {
          const rest = [...choice.children].filter((e) => e !== radio);
          rest.forEach((e) => e.remove());
          return () => choice.append(...rest);
        });
      }
      return out;
    });
    assert.deepEqual(moved, []);
    assert.ok(await page.locator('.pp-choice input').count() >= 6, 'the choices were there to check');
    await context.close();
  });
}

test('when the wasm cannot load, the first view stays, with the care levels and a note', async () => {
  // No offline worker: it would serve the wasm from its own copy, past the blocked request.
  const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(app.server.url);
  const note = page.locator('.pp-load-failed');
  await note.waitFor();
  assert.equal(await note.getAttribute('role'), 'alert');
  assert.match(await note.textContent(), /Please reload the page/);
  assert.equal(await note.getAttribute('lang'), null, 'in the page\'s language');
  for (const level of FIRST_VIEW_LEVELS) {
    assert.ok(await page.getByRole('heading', { name: level }).isVisible(), level);
  }
  assert.equal(await page.locator('.pp-app[data-live]').count(), 0);
  await context.close();
});

for (const [page, want] of [['', 'Call 555 now'], ['es.html', 'Llame al 555 ahora']]) {
  test(`when the wasm cannot load, the first view's emergency heading has the clinic's number from its settings (${page || 'index.html'})`, async () => {
    // Built with "your local emergency number": the settings come with the app, which did not.
    const context = await app.browser.newContext({ serviceWorkers: 'block', locale: page ? 'es-ES' : 'en-US' });
    const page_ = await context.newPage();
    await page_.route('**/*.wasm', (route) => route.abort());
    await page_.route('**/settings.json', (route) => route.fulfill({ json: { 'emergency-number': '555', region: 'GB', 'clinic-phone': '+1 (555) 010-0100', 'after-hours-phone': '555 0199' } }));
    await page_.goto(app.server.url + page);
    await page_.locator('.pp-load-failed').waitFor();
    const heading = page_.locator('#pp-root [data-level="emergency"] > h3');
    await page_.waitForFunction((want) => document.querySelector('#pp-root [data-level="emergency"] > h3')?.textContent === want, want);
    assert.equal(await heading.count(), 1);
    // The "call your clinic today" level has the clinic's phones, as the app shows them: a label
    // and the number as a link to call.
    const today = page_.locator('#pp-root [data-level="today"]');
    const labels = page ? ['Teléfono', 'Fuera de horario'] : ['Phone', 'After hours'];
    assert.deepEqual(await today.locator(':scope > p:has(a)').allTextContents(), [`${labels[0]}: +1 (555) 010-0100`, `${labels[1]}: 555 0199`]);
    assert.deepEqual(await today.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['tel:+15550100100', 'tel:5550199']);
    assert.ok(await today.getByRole('link', { name: '+1 (555) 010-0100' }).isVisible());
    assert.equal(await page_.locator('.pp-app[data-live]').count(), 0);
    await context.close();
  });
}

test('before the app starts, a form sent from the first view sends nothing: the answers never go into a query', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // the first view stays
  const sent = [];
  page.on('request', (r) => sent.push(r.url()));
  await page.goto(app.server.url);
  const form = page.locator('#pp-root form');
  // A form sent the way Enter in its one date field sends it where a browser does (implicit
  // submission): by GET it would ask for the page again at once, the answers in its query.
  const send = async () => {
    await form.evaluate((f) => f.requestSubmit());
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(sent.filter((u) => u.includes('?')), []);
    assert.equal(new URL(page.url()).search, '');
  };
  assert.equal(await form.getAttribute('method'), 'dialog');
  await send();
  // A browser from before 2022 takes "dialog" for GET, as if there were none: the loader stops it.
  await form.evaluate((f) => f.removeAttribute('method'));
  await send();
  await context.close();
});

/** The app's failure message in every language, as the build gives it to the loaders. */
const FAILURE = failureWords();

for (const [name, options] of [
  ['a Spanish browser', { locale: 'es-ES', link: '?emergency-number=444&region=GB', clinic: { 'emergency-number': '555' } }],
  ['a link in Spanish', { locale: 'en-US', link: '#lang=es', guess: '911' }],
  ["an older link in Spanish (in its query)", { locale: 'en-US', link: '?lang=es', guess: '911' }],
  ['answers remembered in Spanish', { locale: 'en-US', stored: 'condition=knee&emergency-number=444&region=GB&lang=es', guess: '911' }],
  ["the clinic's settings in Spanish", { locale: 'en-US', clinic: { lang: 'es', 'emergency-number': '555', 'clinic-phone': '555 0100' } }],
  ["remembered Spanish over the clinic's English", { locale: 'en-GB', clinic: { lang: 'en' }, stored: 'lang=es', guess: '999' }],
  ["a link's unknown language passed over for the remembered Spanish", { locale: 'en-US', link: '#lang=fr', stored: 'lang=es', guess: '911' }],
]) {
  test(`when the wasm cannot load for someone who reads Spanish (${name}), the note is the app's failure message in Spanish, with every emergency sign and the number`, async () => {
    // The first view's care levels are English: the note carries what to do in their language.
    const context = await app.browser.newContext({ serviceWorkers: 'block', locale: options.locale });
    if (options.stored) await context.addInitScript((q) => localStorage.setItem('prolopath.answers', q), options.stored);
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    if (options.clinic) await page.route('**/settings.json', (route) => route.fulfill({ json: options.clinic }));
    await page.goto(app.server.url + (options.link ?? ''));
    const note = page.locator('.pp-load-failed');
    // As the app would say it: the clinic's number if its file has one (a link or the device
    // never sets one), else the browser region's, said as a guess.
    const want = failureMessage(FAILURE, [options.clinic ? new URLSearchParams(options.clinic).toString() : '', 'lang=es'], options.locale);
    assert.equal(want.lang, 'es');
    const heading = options.guess ? FAILURE.langs.es.guessed.replace('{n}', options.guess) : FAILURE.langs.es.clinic.replace('{n}', '555');
    assert.deepEqual(want.parts.slice(2, 5), [['h3', FAILURE.langs.es.care], ['p', FAILURE.langs.es.lead], ['h4', heading]], 'the emergency heading under "when to get help", after what it is for');
    await note.getByRole('heading', { name: heading }).waitFor();
    assert.equal(await note.getAttribute('lang'), 'es');
    assert.equal(await note.getAttribute('role'), 'alert');
    assert.ok(await note.isVisible());
    const shown = await note.locator(':scope > *').evaluateAll((els) => els.map((e) => [e.tagName.toLowerCase(), e.textContent]));
    // Then the link to the page built in Spanish, where every care level is in Spanish.
    assert.deepEqual(shown, [...want.parts, ['p', 'Vea esta página en español']]);
    const phone = options.clinic?.['clinic-phone'];
    assert.ok(FAILURE.langs.es.signs.length >= 6 && shown.length === 9 + FAILURE.langs.es.signs.length + (phone ? 1 : 0), 'every emergency sign');
    if (phone) assert.ok(shown.some(([, text]) => text === `Teléfono: ${phone}`), "the clinic's phone");
    assert.equal(await note.getByRole('link', { name: 'Vea esta página en español' }).getAttribute('href'), './es.html#lang=es');
    if (options.guess !== '999') assert.doesNotMatch(await note.textContent(), /444|999/, 'a link or the device sets no number');
    else assert.doesNotMatch(await note.textContent(), /444/);
    // The first view stays below it, with its three care levels.
    for (const level of FIRST_VIEW_LEVELS) assert.ok(await page.getByRole('heading', { name: level }).isVisible(), level);
    await context.close();
  });
}

test('when the wasm cannot load on a Spanish browser with a link in English, the note stays the page\'s English one', async () => {
  // The clinic's file says Spanish, with a number: the link's English still wins, as in the app.
  const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'es-ES' });
  const page = await context.newPage();
  let served;
  const settingsServed = new Promise((done) => { served = done; });
  await page.route('**/settings.json', async (route) => {
    await route.fulfill({ json: { lang: 'es', 'emergency-number': '555' } });
    served();
  });
  // The wasm fails only once the clinic's file has been answered, so the note is drawn with it.
  await page.route('**/*.wasm', async (route) => { await settingsServed; await route.abort(); });
  await page.goto(`${app.server.url}#lang=en`);
  const note = page.locator('.pp-load-failed');
  await note.waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.match(await note.textContent(), /Please reload the page/);
  assert.equal(await note.getAttribute('lang'), null);
  await context.close();
});

/** The page's first view with the app held back (its wasm waits for `release()`), as a patient
 *  on a slow phone sees it before the app starts; `init` runs in the page before anything else. */
async function heldFirstView(init) {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(app.server.url);
  return { context, page, release };
}

test('answers changed in the first view before the app starts are kept, and so is the focus', async () => {
  // The wasm held back until the patient has answered in the first view.
  const { context, page, release } = await heldFirstView();
  assert.equal(await page.locator('.pp-app[data-live]').count(), 0);
  await page.getByLabel('What do you want treated?').selectOption('achilles');
  await page.getByLabel('Severe').check();
  await page.getByLabel('What do you want treated?').focus();
  release();
  await page.locator('.pp-app[data-live][data-state^="achilles severe typical "]').waitFor();
  assert.equal(await page.getByLabel('What do you want treated?').inputValue(), 'achilles');
  assert.ok(await page.getByLabel('Severe').isChecked());
  await page.waitForFunction(() => document.activeElement?.id === 'pp-condition');
  await context.close();
});

test('boxes ticked in the first view before the app starts are kept, and so are the remembered answers', async () => {
  const { context, page, release } = await heldFirstView(() => {
    if (!sessionStorage.getItem('seeded')) {
      // As an older version may have stored them: a key that is no answer (never copied on).
      localStorage.setItem('prolopath.answers', 'condition=achilles&start=2027-03-01&cautions=diabetes&values=cost&lang=en&region=GB');
      sessionStorage.setItem('seeded', '1');
    }
  });
  assert.equal(await page.locator('.pp-app[data-live]').count(), 0);
  // The first view shows the defaults; the patient ticks a caution and a value, and picks Severe.
  await page.locator('#pp-caution-pregnancy').check();
  await page.locator('#pp-caution-blood-thinners').check();
  await page.locator('#pp-value-needles').check();
  await page.getByLabel('Severe').check();
  release();
  // The app starts from the remembered answers with the patient's changes on top: none lost.
  await page.locator('.pp-app[data-live][data-state="achilles severe typical 2027-03-01"]').waitFor();
  for (const id of ['pp-caution-pregnancy', 'pp-caution-blood-thinners', 'pp-caution-diabetes', 'pp-value-needles', 'pp-value-cost']) {
    assert.ok(await page.locator(`#${id}`).isChecked(), id);
  }
  const stored = await page.waitForFunction(() => {
    const s = localStorage.getItem('prolopath.answers') ?? '';
    return /pregnancy/.test(s) && s;
  });
  assert.match(await stored.jsonValue(), /condition=achilles.*start=2027-03-01/);
  assert.doesNotMatch(page.url(), /region/, 'only answers go into the link');
  assert.equal(await page.locator('.pp-notice').count(), 0, 'no notice about a link the patient never used');
  await context.close();
});

test('"Remember my answers" ticked in the first view before the app starts: the app remembers them', async () => {
  const { context, page, release } = await heldFirstView();
  await page.locator('#pp-remember').check();
  await page.getByLabel('Severe').check();
  release();
  await page.locator('.pp-app[data-live][data-state^="knee severe "]').waitFor();
  assert.ok(await page.locator('#pp-remember').isChecked());
  await page.waitForFunction(() => /severity=severe/.test(localStorage.getItem('prolopath.answers') ?? ''));
  await context.close();
});

test('a link focused in the first view, which has no id, still has the focus once the app takes over', async () => {
  const { context, page, release } = await heldFirstView();
  // A source's link, in a section the build made: nothing else names it.
  const first = page.locator('#pp-root [data-island] a[href]:not([id])').last();
  const [href, words] = [await first.getAttribute('href'), await first.textContent()];
  await first.focus();
  release();
  await page.locator('.pp-app[data-live]').waitFor();
  await page.waitForFunction(([href, words]) => {
    const a = document.activeElement;
    return a?.closest('.pp-app[data-live]') && a.getAttribute('href') === href && a.textContent === words;
  }, [href, words]);
  await context.close();
});

test('the wasm is fetched only after the first view has painted, and the app then takes over', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('.pp-app[data-live]').waitFor();
  const [paint, wasm] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.startTime,
  ]);
  assert.ok(paint > 0 && wasm > 0, `paint ${paint}, wasm ${wasm}`);
  assert.ok(wasm >= paint, `the wasm was asked for at ${wasm} ms, before the first paint at ${paint} ms`);
  await context.close();
});

for (const [name, link, stored, clock, first] of [
  ['today', '', null, '2027-12-20', 'Mon, Dec 20, 2027'],
  // The last usable one, as the app reads a link.
  ["the link's start date", '#start=2027-01-04&start=2028-02-29&start=2028-02-30', null, '2027-06-01', 'Tue, Feb 29, 2028'],
  // A link made before the answers moved to the fragment has them in its query.
  ["an older link's start date, in its query", '?start=2027-01-04&start=2028-02-29&start=2028-02-30', null, '2027-06-01', 'Tue, Feb 29, 2028'],
  ["the link's fragment, not its query", '?start=2027-01-04#start=2028-02-29&lang=en', null, '2027-06-01', 'Tue, Feb 29, 2028'],
  ['the answers remembered on this device', '', 'condition=knee&severity=moderate&adherence=typical&start=2027-09-06&lang=en', '2027-06-01', 'Mon, Sep 6, 2027'],
  ["the link's answers, not the remembered ones", '#severity=moderate', 'start=2027-09-06', '2027-06-01', 'Tue, Jun 1, 2027'],
]) {
  test(`before the app starts, the first view shows the example dates from ${name}, as the app then shows them`, async () => {
    // The page is built with the build day's dates; this browser's clock is on another day.
    const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'en' });
    await context.clock.setFixedTime(new Date(`${clock}T12:00:00`));
    if (stored) await context.addInitScript((q) => localStorage.setItem('prolopath.answers', q), stored);
    const still = await context.newPage();
    // The wasm never comes: the first view stays as the loader left it.
    await still.route('**/*.wasm', () => {});
    await still.goto(app.server.url + link);
    await still.locator('#pp-root .pp-plan tbody .pp-date').first().filter({ hasText: first }).waitFor();
    await still.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const before = await datesShown(still);
    const live = await context.newPage();
    await live.goto(app.server.url + link);
    await live.locator('.pp-app[data-live]').waitFor();
    const now = await datesShown(live);
    assert.equal(before.table[0], first, 'the first session is on the day');
    assert.ok(before.table.length >= 4 && before.timeline.length >= 6, JSON.stringify(before));
    assert.deepEqual(before, now, 'the first view and the app show the same dates');
    await context.close();
  });
}


for (const [lang, options] of [
  ['en', { locale: 'en-GB', clinic: { 'clinic-phone': '+1 555 010 0100', 'after-hours-phone': '555 0199' } }],
  ['es', { locale: 'en-US', link: '#lang=es', clinic: { 'emergency-number': '555', 'after-hours-phone': '555 0199' } }],
]) {
  test(`when the running app stops mid-change, it is replaced by its failure message in its language (${lang}), with the number and every emergency sign`, async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block', locale: options.locale });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/settings.json', (route) => route.fulfill({ json: options.clinic }));
    await page.goto(app.server.url + (options.link ?? ''));
    await page.locator(`.pp-app[data-live][lang=${lang}]`).waitFor();
    await page.evaluate(refuseNextInsertion);
    // More sessions: the plan gets a row.
    await page.locator('input[name=severity][value=severe]').click();
    const box = page.locator('#pp-root > .pp-failure');
    await box.waitFor();
    // What the app says, as the build gives its words to the loaders (the same rules).
    const want = failureMessage(FAILURE, [new URLSearchParams(options.clinic).toString(), `lang=${lang}`], options.locale);
    assert.equal(want.lang, lang);
    assert.match(want.parts[4][1], options.clinic['emergency-number'] ? /555/ : /999/);
    assert.deepEqual(want.parts.slice(2, 4), [['h3', FAILURE.langs[lang].care], ['p', FAILURE.langs[lang].lead]]);
    // The clinic's phones as its "call your clinic today" level has them.
    const phones = ['clinic-phone', 'after-hours-phone'].flatMap((k, i) => options.clinic[k] ? [['p', `${FAILURE.langs[lang].phones[i]}: ${options.clinic[k]}`]] : []);
    assert.equal(phones.length, lang === 'en' ? 2 : 1);
    assert.deepEqual(want.parts.slice(-2 - phones.length), [['p', FAILURE.langs[lang].others], ...phones, ['p', FAILURE.langs[lang].reach]], 'the other levels in short, with the phones');
    assert.equal(await box.getAttribute('role'), 'alert');
    assert.equal(await box.getAttribute('lang'), lang);
    const shown = await box.locator(':scope > *').evaluateAll((els) => els.map((e) => [e.tagName.toLowerCase(), e.textContent]));
    assert.deepEqual(shown, want.parts);
    assert.ok(shown.length >= 8 + 6, 'every emergency sign');
    assert.ok(await box.getByRole('heading', { name: want.parts[4][1], level: 4 }).isVisible());
    // One message: the app is gone and the page's own note stays hidden.
    assert.equal(await page.locator('.pp-app').count(), 0);
    assert.equal(await page.locator('.pp-load-failed:visible').count(), 0);
    assert.ok(errors.length >= 1, 'the stop is reported in the console');
    await context.close();
  });
}

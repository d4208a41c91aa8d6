// The sections built into the page's HTML (src/text/islands.rs): every condition's results and
// choices come from the build, in the patient's language, and none of their words is in the wasm.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONDITIONS, DIST, open, start } from './app.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test('every condition shows its own decision, results, choices and sources, in English and in Spanish', async () => {
  const { page, errors } = await open(app);
  const check = async (lang) => {
    for (const c of CONDITIONS) {
      await page.getByRole('combobox').selectOption(c);
      await page.locator(`.pp-app[lang=${lang}][data-state^="${c} "]`).waitFor();
      for (const kind of ['decision', 'results', 'choices', 'sources']) {
        // The sections come with a file fetched after the start: wait for them, then count.
        const box = page.locator(`[data-island="${kind}/${c}"] section, [data-island="${kind}/${c}"] > div`);
        await box.first().waitFor({ state: 'attached' });
        assert.equal(await box.count(), 1, `${lang} ${kind}/${c}`);
      }
      const results = await page.locator(`[data-island="results/${c}"]`).textContent();
      if (c === 'other') assert.match(results, lang === 'en' ? /This guide has no trial results for other problems/ : /Esta guía no tiene resultados de estudios para otros problemas/);
      else assert.match(results, lang === "en" ? /How strong this evidence is/ : /Cuánto se puede confiar en esta evidencia/, `${lang} ${c}`);
    }
  };
  await check('en');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('.pp-app[lang=es]').waitFor();
  await page.getByRole('heading', { name: 'Cómo es una sesión' }).waitFor();
  await page.getByRole('heading', { name: 'Sobre esta guía' }).waitFor();
  await check('es');
  assert.deepEqual(errors, []);
  await page.close();
});

test('no sentence of a built section is in the wasm (the page\'s or a widget\'s)', () => {
  const files = readdirSync(DIST).filter((f) => /_bg\.wasm$/.test(f));
  assert.equal(files.length, 2, `the page's wasm and a widget's: ${files}`);
  for (const file of files) noBuiltSentenceIn(readFileSync(join(DIST, file)));
});

// Sentences (five words or more) of the built sections in a language: a short heading such as
// "After each session" may also be one of the live part's own words (the copied summary has it).
function builtSentences(lang) {
  return JSON.parse(execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--fixed-texts', lang], { encoding: 'utf8' }))
    .filter((t) => t.split(' ').length >= 5);
}

test('the Spanish table the page fetches has no sentence of a built section (the page gets those as HTML)', () => {
  const files = readdirSync(DIST).filter((f) => /^es-[0-9a-f]+\.txt$/.test(f));
  assert.equal(files.length, 1, `one Spanish table: ${files}`);
  const table = readFileSync(join(DIST, files[0]), 'utf8');
  const texts = builtSentences('es');
  assert.ok(texts.length > 60, `${texts.length} texts`);
  assert.deepEqual(texts.filter((t) => table.includes(t)), [], 'in the fetched table');
  // The check can fail: a text the live part does show is found.
  assert.ok(table.includes('O pida que alguien le lleve a urgencias de un hospital. No maneje (no conduzca) usted.'), 'the emergency level\'s words');
});

function noBuiltSentenceIn(wasm) {
  const texts = builtSentences('en');
  assert.ok(texts.length > 60, `${texts.length} texts`);
  const found = texts.filter((t) => wasm.includes(Buffer.from(t)));
  assert.deepEqual(found, [], 'in the wasm');
  // The check can fail: a text the wasm does carry is found.
  assert.ok(wasm.includes(Buffer.from('Or have someone take you to the emergency department. Do not drive yourself.')));
}

test('the page starts with its first view\'s sections and fetches the other conditions\' once, after it starts; a file that does not come, or comes cut short, is said on screen and tried again', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // How the English file answers: held back until the test lets it go, then cut short, then whole.
  const answers = ['cut', 'whole'];
  let release;
  const held = new Promise((ok) => { release = ok; });
  const asked = [];
  let asking;
  const firstAsked = new Promise((ok) => { asking = ok; });
  await page.route(/\/islands-en-[0-9a-f]+\.html$/, async (route) => {
    asked.push(Date.now());
    asking();
    await held;
    const response = await route.fetch();
    const body = await response.text();
    const answer = answers.shift() ?? 'whole';
    await route.fulfill({ status: 200, contentType: 'text/html', body: answer === 'cut' ? body.slice(0, body.indexOf('<div data-island="results/plantar"')) : body });
  });
  await page.goto(app.server.url);
  await page.locator('.pp-app[data-live]').waitFor();
  // Live without the file: the first view's own sections are there.
  assert.match(await page.locator('[data-island="results/knee"]').textContent(), /How strong this evidence is/);
  assert.equal(await page.locator('.pp-app [data-island]').count(), 10);
  await firstAsked;
  assert.equal(asked.length, 1, 'asked for once the app started');
  // Another condition while the file is on its way: nothing said missing yet.
  await page.getByRole('combobox').selectOption('plantar');
  await page.locator('.pp-app[data-state^="plantar "]').waitFor();
  assert.equal(await page.locator('.pp-sections-missing').count(), 0, 'nothing said while it is coming');
  // The status box is there already, empty: a screen reader reads out what comes into it (a
  // box put in with its words already inside may be passed over).
  assert.equal(await page.evaluate(() => {
    window.__statusBox = document.querySelector('.pp-app[data-live] [role=status].pp-live');
    return window.__statusBox?.textContent;
  }), '');
  // It comes cut short: refused, and said on screen, with every care level still there.
  release();
  await page.getByRole('status').filter({ hasText: 'Some parts did not load: what happened in the studies' }).waitFor();
  assert.ok(await page.evaluate(() => window.__statusBox.isConnected
    && window.__statusBox.textContent.includes('Some parts did not load')), 'said in the box that was waiting');
  assert.equal(await page.locator('[data-island="results/plantar"]').count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Tell your clinician at your next visit' }).count(), 1);
  // A place with nothing to show takes no room (no empty cell, no extra gap by the notice).
  const empty = await page.locator('.pp-results > .pp-slot').evaluateAll((slots) => slots
    .filter((s) => ![...s.children].some((c) => !c.hidden))
    .map((s) => s.getClientRects().length));
  assert.ok(empty.length >= 1, 'the missing sections leave places with nothing to show');
  assert.deepEqual(empty, empty.map(() => 0), 'an empty place has no box');
  // The next change tries again, and the sections come; the notice does not show meanwhile.
  await page.evaluate(() => {
    window.__saidMissing = false;
    new MutationObserver(() => {
      if (document.querySelector('.pp-app').dataset.state.startsWith('other ') && document.querySelector('.pp-sections-missing')) window.__saidMissing = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('combobox').selectOption('other');
  await page.locator('[data-island="results/other"]').getByText(/This guide has no trial results for other problems/).first().waitFor();
  assert.equal(await page.locator('.pp-sections-missing').count(), 0);
  assert.equal(await page.evaluate(() => window.__saidMissing), false, 'nothing said missing while trying again');
  await page.getByRole('combobox').selectOption('plantar');
  await page.locator('[data-island="results/plantar"]').getByText(/How strong this evidence is/).first().waitFor();
  assert.equal(asked.length, 2, 'tried once more, not on every change');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each section shows once, for the chosen condition only, after going back and forth', async () => {
  const { page, errors } = await open(app);
  for (const c of ['low-back', 'knee', 'low-back', 'jaw', 'knee']) {
    await page.getByRole('combobox').selectOption(c);
    await page.locator(`.pp-app[data-state^="${c} "]`).waitFor();
    // Its sections come with the other conditions' file, fetched after the start: wait for them
    // (on a busy machine the first choice can come before it), then count.
    await page.locator(`.pp-app [data-island="results/${c}"] .pp-finding`).first().waitFor();
    // Every section box the page has, and whether a person could see it or reach it by an id.
    const boxes = await page.locator('.pp-app [data-island]').evaluateAll((all) => all.map((b) => ({
      code: b.dataset.island,
      seen: b.checkVisibility() && b.getBoundingClientRect().height > 0,
      ids: b.querySelectorAll('[id]').length,
      named: [...b.querySelectorAll('[id]')].every((el) => document.getElementById(el.id) === el),
    })));
    const shown = boxes.filter((b) => b.seen).map((b) => b.code);
    assert.deepEqual(shown.filter((s) => s.includes('/')).map((s) => s.split('/')[1]).filter((x) => x !== c), [], `only ${c}'s sections`);
    assert.equal(new Set(shown).size, shown.length, 'no section twice');
    assert.equal(shown.length, 10, 'the four fixed sections and six for the condition');
    // Copies kept for other conditions are out of sight, and no link can land in one.
    for (const b of boxes.filter((b) => !b.seen)) assert.equal(b.ids, 0, `${b.code} keeps no id while hidden`);
    assert.ok(boxes.filter((b) => b.seen).every((b) => b.named), 'every id shown leads to the copy shown');
    assert.ok(await page.locator('#src-dagenais-2006').isVisible(), 'a source link target is the one shown');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// The page built in Spanish (es.html), for clinics that send their Spanish readers there: whole
// in Spanish before and without its wasm (care levels, notes, dates), the app starting in
// Spanish whatever the browser's language, a link's or the patient's own choice still winning.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { failureMessage } from '../../assets/failure.js';
import { ES_DATE, datesShown, failureWords, start } from './app.mjs';

// As built (no number: the page cannot know the reader's region), and as the live app shows them
// in a US browser.
const LEVELS_ES = [
  'Llame al número de emergencias de su zona ahora',
  'Llame a su clínica hoy',
  'Dígaselo a su profesional de salud en la próxima visita',
];
const LIVE_LEVELS_ES = ['Llame al 911 o al número de emergencias de su zona ahora', ...LEVELS_ES.slice(1)];
const TITLE_ES = 'ProloPath: qué esperar de la proloterapia';

let app;
let FAILURE;
before(async () => {
  app = await start();
  FAILURE = failureWords();
});
after(async () => { await app?.stop(); });

/** axe-core finds nothing on the page (the tags of a11y.test.mjs). */
async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], `axe, ${state}`);
}

/** A new page on es.html (plus `query`), in a context with `options`. */
async function visit(query = '', options = {}, prepare = async () => {}) {
  const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'en-US', ...options });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await prepare(page);
  await page.goto(`${app.server.url}es.html${query}`);
  return { page, errors };
}

test('without JavaScript, the Spanish page is whole in Spanish: title, care levels, sections, and how to see it in English', async () => {
  const { page } = await visit('', { javaScriptEnabled: false });
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.title(), TITLE_ES);
  await page.getByRole('heading', { level: 1, name: TITLE_ES }).waitFor();
  for (const name of LEVELS_ES) await page.getByRole('heading', { name }).waitFor();
  await page.getByText('Si le cuesta respirar, tiene dolor de pecho, se le hincha la cara o la garganta').waitFor();
  // The sections built into the page: in Spanish.
  await page.getByRole('heading', { name: 'Preguntas para su profesional de salud' }).waitFor();
  assert.equal(await page.getByText('Questions to ask your clinician').count(), 0);
  // The note for no JavaScript: Spanish, and how to see the page in English, marked as English.
  assert.deepEqual(await page.locator('noscript > p').evaluateAll((ps) => ps.map((p) => [p.lang, p.textContent, p.querySelector('a')?.getAttribute('href') ?? null])), [
    ['', 'Este es el plan de ejemplo habitual. Para adaptarlo a sus respuestas, active JavaScript.', null],
    ['en', 'See this page in English', './#lang=en'],
  ]);
  // The example dates are written as the app writes Spanish dates.
  const first = await page.locator('.pp-plan tbody .pp-date').first().textContent();
  assert.match(first, ES_DATE);
  await page.close();
});

test('the app starts in Spanish on the Spanish page, in an English browser, and keeps its sections and dates', async () => {
  const { page, errors } = await visit('', { locale: 'en-US' });
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.getByRole('heading', { name: 'Preguntas para su profesional de salud' }).waitFor();
  for (const name of LIVE_LEVELS_ES) await page.getByRole('heading', { name }).waitFor();
  assert.match(await page.locator('.pp-plan tbody .pp-date').first().textContent(), ES_DATE);
  // The link says the language, as on the main page.
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('lang') === 'es');
  // Another condition: its Spanish sections come.
  await page.getByLabel('¿Qué quiere tratar?').selectOption('achilles');
  await page.locator('.pp-app[data-live][data-state^="achilles "]').waitFor();
  await page.locator('[data-island="results/achilles"] .pp-finding').first().waitFor();
  assert.equal(await page.locator('[data-island]:visible').filter({ hasText: 'Questions to ask your clinician' }).count(), 0);
  await axe(page, 'live, achilles');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the Spanish page starts once its texts are here: its first view brought its own sections, the others come after', async () => {
  /** @type {(value?: unknown) => void} */
  let release = () => {};
  const held = new Promise((done) => { release = done; });
  let asked = 0;
  const { page, errors } = await visit('', { locale: 'en-US' }, (p) => p.route('**/islands-es-*.html', async (route) => {
    asked += 1;
    await held;
    await route.continue();
  }));
  // Live in Spanish while the other sections are still held back.
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  await page.locator('[data-island="results/knee"] .pp-finding').first().waitFor();
  await page.getByRole('heading', { name: 'Preguntas para su profesional de salud' }).waitFor();
  release();
  await page.getByLabel('¿Qué quiere tratar?').selectOption('jaw');
  await page.locator('.pp-app[data-live][data-state^="jaw "]').waitFor();
  await page.locator('[data-island="sources/jaw"]').waitFor();
  assert.ok(asked >= 1, 'the other sections were fetched');
  assert.deepEqual(errors, []);
  await page.close();
});

test("on the Spanish page, a link's language and the patient's switch still win: English app, English sections", async () => {
  const { page, errors } = await visit('#lang=en', { locale: 'es-MX' });
  await page.locator('.pp-app[data-live][lang=en]').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('heading', { name: 'Questions to ask your clinician' }).waitFor();
  await page.getByRole('heading', { name: 'Call 911 or your local emergency number now' }).waitFor();
  assert.equal(await page.getByText('Preguntas para su profesional de salud').count(), 0);
  // Switching back: Spanish again.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  await page.getByRole('heading', { name: 'Preguntas para su profesional de salud' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [name, query, lang] of [
  ['its own note, in Spanish', '', 'es'],
  ["the app's failure message in English, for a link in English", '#lang=en', 'en'],
]) {
  test(`on the Spanish page, when the wasm cannot load, the page says so: ${name}; the Spanish care levels stay`, async () => {
    const { page } = await visit(query, {}, (p) => p.route('**/*.wasm', (route) => route.abort()));
    const note = page.locator('.pp-load-failed');
    await note.waitFor();
    for (const level of LEVELS_ES) await page.getByRole('heading', { name: level }).waitFor();
    if (lang === 'es') {
      assert.deepEqual(await note.locator(':scope > *').allTextContents(), ['Algo salió mal', 'Vuelva a cargar la página. Si sigue pasando, llame a su clínica.', 'See this page in English']);
      assert.equal(await note.getAttribute('lang'), null, 'the page\'s own language');
      // The first view as built, with its note: what a reader gets without the app.
      await axe(page, 'first view, no wasm');
    } else {
      const want = failureMessage(FAILURE, ['', 'lang=es', 'lang=en'], 'en-US');
      assert.equal(want.lang, 'en');
      await note.locator('h4').filter({ hasText: 'Call 911' }).waitFor();
      // Then the link to the page built in English, where every care level is in English.
      assert.deepEqual(await note.locator(':scope > *').evaluateAll((els) => els.map((e) => [e.tagName.toLowerCase(), e.textContent])), [...want.parts, ['p', 'See this page in English']]);
      assert.equal(await note.getAttribute('lang'), 'en');
      await note.getByRole('link', { name: 'See this page in English' }).click();
      await page.getByRole('heading', { name: 'Call your local emergency number now' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    }
    await page.close();
  });
}

test('on the Spanish page, when the Spanish texts cannot load, the Spanish first view stays with its note, not the app in English', async () => {
  const { page } = await visit('', { locale: 'en-US' }, (p) => p.route('**/es-*.txt', (route) => route.abort()));
  const note = page.locator('.pp-load-failed');
  await note.waitFor();
  assert.deepEqual(await note.locator(':scope > *').allTextContents(), ['Algo salió mal', 'Vuelva a cargar la página. Si sigue pasando, llame a su clínica.', 'See this page in English']);
  for (const level of LEVELS_ES) await page.getByRole('heading', { name: level }).waitFor();
  assert.equal(await page.locator('.pp-app[data-live]').count(), 0, 'the app did not replace the first view');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.close();
});

test('on the Spanish page, the first view shows today\'s example dates in Spanish before the app starts, as the app then shows them', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'es' });
  await context.clock.setFixedTime(new Date('2027-12-20T12:00:00'));
  const still = await context.newPage();
  await still.route('**/*.wasm', () => {});
  await still.goto(`${app.server.url}es.html`);
  await still.locator('#pp-root .pp-plan tbody .pp-date').first().filter({ hasText: 'lunes 20 dic 2027' }).waitFor();
  const before = await datesShown(still);
  const live = await context.newPage();
  await live.goto(`${app.server.url}es.html`);
  await live.locator('.pp-app[data-live]').waitFor();
  const now = await datesShown(live);
  assert.ok(before.table.length >= 4 && before.timeline.length >= 6, JSON.stringify(before));
  assert.deepEqual(before, now, 'the first view and the app show the same dates');
  await context.close();
});

test('each page is framed in its language with the app\'s own words: title, description, the note, JavaScript off, the link to the other page', async () => {
  const words = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--page-words'], { encoding: 'utf8' }));
  for (const [file, lang, other, href] of [['', 'en', 'es', './es.html#lang=es'], ['es.html', 'es', 'en', './#lang=en']]) {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.server.url + file);
    const w = words[lang];
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.title(), w.title);
    assert.equal(await page.locator('meta[name=description]').getAttribute('content'), w.description);
    assert.equal(await page.locator('link[rel=manifest]').getAttribute('href'), lang === 'en' ? 'manifest.webmanifest' : `manifest.${lang}.webmanifest`);
    const note = await page.locator('.pp-load-failed > *').evaluateAll((els) => els.map((e) => [e.tagName.toLowerCase(), e.lang, e.textContent, e.querySelector('a')?.getAttribute('href') ?? null]));
    assert.deepEqual(note, [['h2', '', w.noteTitle, null], ['p', '', w.noteBody, null], ['p', other, words[other].otherPage, href]], file || 'index.html');
    assert.deepEqual(await page.locator('noscript > p').evaluateAll((ps) => ps.map((p) => [p.lang, p.textContent, p.querySelector('a')?.getAttribute('href') ?? null])),
      [['', w.noscript, null], [other, words[other].otherPage, href]]);
    assert.equal(await page.locator('#pp-root').getAttribute('data-page-lang'), lang === 'en' ? null : lang);
    await context.close();
  }
});

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
        assert.equal(await page.locator(`[data-island="${kind}/${c}"] section, [data-island="${kind}/${c}"] > div`).count(), 1, `${lang} ${kind}/${c}`);
      }
      const results = await page.locator(`[data-island="results/${c}"]`).textContent();
      if (c === 'other') assert.match(results, lang === 'en' ? /No trial has tested this/ : /No hay ningún estudio sobre esto/);
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

test('no sentence of a built section is in the wasm', () => {
  const wasm = readFileSync(join(DIST, readdirSync(DIST).find((f) => /_bg\.wasm$/.test(f))));
  // Sentences (five words or more): a short heading such as "After each session" may also be
  // one of the live part's own words (the copied summary has it).
  const texts = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--fixed-texts'], { encoding: 'utf8' }))
    .filter((t) => t.split(' ').length >= 5);
  assert.ok(texts.length > 60, `${texts.length} texts`);
  const found = texts.filter((t) => wasm.includes(Buffer.from(t)));
  assert.deepEqual(found, [], 'in the wasm');
  // The check can fail: a text the wasm does carry is found.
  assert.ok(wasm.includes(Buffer.from('Or have someone take you to the emergency department. Do not drive yourself.')));
});

test('a page that lost its copy of the English sections fetches them, and still shows every condition\'s', async () => {
  // A proxy or a host's rewrite that drops the page's <template> of built sections, or cuts it.
  const damage = {
    removed: (html) => html.replace(/<template id=pp-islands>[\s\S]*?<\/template>/, ''),
    'cut short': (html) => html.replace(/(<template id=pp-islands>[\s\S]*?)<div data-island="results\/plantar"[\s\S]*?<\/template>/, '$1</template>'),
  };
  for (const [how, spoil] of Object.entries(damage)) {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const fetched = [];
    page.on('request', (r) => /\/islands-en-[0-9a-f]+\.html$/.test(r.url()) && fetched.push(r.url()));
    let spoilt = false;
    await page.route((url) => url.pathname === '/' || url.pathname === '/index.html', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = spoil(html);
      spoilt = body.length < html.length;
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ status: response.status(), headers, body });
    });
    await page.goto(app.server.url);
    await page.locator('.pp-app[data-live]').waitFor();
    assert.ok(spoilt, `${how}: the page had a template to spoil`);
    assert.equal(fetched.length, 1, `${how}: the English sections were fetched once`);
    for (const c of ['knee', 'plantar', 'other']) {
      await page.getByRole('combobox').selectOption(c);
      await page.locator(`.pp-app[data-state^="${c} "]`).waitFor();
      assert.match(await page.locator(`[data-island="results/${c}"]`).textContent(), c === 'other' ? /No trial has tested this/ : /How strong this evidence is/, `${how}: ${c}`);
    }
    assert.equal(await page.getByRole('heading', { name: 'Tell your clinician at your next visit' }).count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('each section shows once, for the chosen condition only, after going back and forth', async () => {
  const { page, errors } = await open(app);
  for (const c of ['low-back', 'knee', 'low-back', 'jaw', 'knee']) {
    await page.getByRole('combobox').selectOption(c);
    await page.locator(`.pp-app[data-state^="${c} "]`).waitFor();
    const shown = await page.locator('.pp-app [data-island]').evaluateAll((boxes) => boxes.map((b) => b.dataset.island));
    assert.deepEqual(shown.filter((s) => s.includes('/')).map((s) => s.split('/')[1]).filter((x) => x !== c), [], `only ${c}'s sections`);
    assert.equal(new Set(shown).size, shown.length, 'no section twice');
    assert.equal(shown.length, 10, 'the four fixed sections and six for the condition');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

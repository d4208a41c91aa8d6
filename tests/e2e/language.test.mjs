// English and Spanish: the browser's language by default, a switch, the choice in the link.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { ES_DATE, holdBack, open, start } from './app.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test('switching to Spanish changes every text, the page language and the link; reload keeps it', async () => {
  const { page, errors } = await open(app);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('.pp-app[lang=es]').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.match(page.url(), /#.*lang=es/);
  assert.equal(await page.title(), 'ProloPath: qué esperar de la proloterapia');
  assert.equal(await page.locator('link[rel=manifest]').getAttribute('href'), 'manifest.es.webmanifest');
  const manifest = await page.evaluate(() => fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json()));
  assert.equal(manifest.lang, 'es');
  assert.ok(await page.getByRole('heading', { name: 'Cuándo pedir ayuda' }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Llame al 911 o al número de emergencias de su zona ahora' }).isVisible());
  assert.match(await page.locator('.pp-plan tbody .pp-date').first().textContent(), ES_DATE);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  await page.reload();
  await page.locator('.pp-app[lang=es]').waitFor();
  await page.getByLabel('¿Qué quiere tratar?').selectOption('jaw');
  await page.locator('.pp-app[data-state^="jaw "]').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('an unknown language in a link falls back, with a polite note', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.server.url}#condition=jaw&lang=xx`);
  await page.locator('.pp-app[data-state^="jaw "]').waitFor();
  assert.equal(await page.locator('.pp-app').getAttribute('lang'), 'en');
  assert.ok(await page.locator('.pp-notice').getByText('lang').isVisible());
  await context.close();
});

// The Spanish texts are a keyed file fetched on demand. A copy whose keys are not this build's
// (an old cached copy, a key lost or renamed) must never put a text under the wrong heading.
for (const [what, spoil] of [
  ['a key missing', (text) => text.replace(/^CareSign\.Fever = .*\n/m, '')],
  ['a key renamed (an older build)', (text) => text.replace(/^CareSign\.Fever = /m, 'CareSign.Fiebre = ')],
]) {
  test(`a Spanish file with ${what} shows English with a notice, never wrong sentences`, async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    let served = false;
    await context.route(/\/es-[0-9a-f]+\.txt$/, async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      const spoilt = spoil(text);
      assert.notEqual(spoilt, text, 'the test changed the file');
      served = true;
      await route.fulfill({ response, body: spoilt });
    });
    const page = await context.newPage();
    await page.goto(`${app.server.url}#lang=es`);
    await page.locator('.pp-app[data-live]').waitFor();
    assert.ok(served, 'the page asked for the Spanish file');
    assert.equal(await page.locator('.pp-app').getAttribute('lang'), 'en');
    const notice = page.getByRole('status').locator('.pp-lang-notice');
    await notice.getByText('could not be loaded, so this page is in English').waitFor();
    assert.equal(await notice.locator('p[lang=es]').textContent(),
      'No se pudo cargar el español, así que la página está en inglés. Vuelva a cargar la página para intentarlo de nuevo.');
    await page.getByRole('heading', { name: 'When to get help' }).waitFor();
    await page.getByRole('heading', { name: 'Cuándo pedir ayuda' }).waitFor({ state: 'detached' });
    await context.close();
  });
}

test('a browser set to Spanish opens in Spanish', async () => {
  const { page } = await open(app, { locale: 'es-MX' });
  await page.locator('.pp-app[lang=es]').waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Su plan de ejemplo' }).isVisible());
  await page.close();
});

for (const [what, options] of [
  ['a link in Spanish', { link: '#lang=es' }],
  ['answers remembered in Spanish', { stored: 'condition=knee&lang=es' }],
  ["the clinic's settings in Spanish", { clinic: { lang: 'es' } }],
]) {
  test(`Spanish asked for by ${what}: its texts and sections are fetched alongside the wasm, not after the app has started`, async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    if (options.stored) await context.addInitScript((q) => localStorage.setItem('prolopath.answers', q), options.stored);
    const page = await context.newPage();
    if (options.clinic) await page.route('**/settings.json', (route) => route.fulfill({ json: options.clinic }));
    // The wasm is held until both Spanish files have been asked for: the app cannot have asked.
    const release = await holdBack(page, '**/*_bg.wasm');
    const asked = Promise.all([page.waitForRequest(/\/es-[0-9a-f]+\.txt$/), page.waitForRequest(/\/islands-es-[0-9a-f]+\.html$/)]);
    await page.goto(app.server.url + (options.link ?? ''));
    await asked;
    release();
    await page.locator('.pp-app[data-live][lang=es]').waitFor();
    await context.close();
  });
}

test('English asked for over a Spanish browser: no Spanish file is fetched', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block', locale: 'es-ES' });
  const page = await context.newPage();
  const spanish = [];
  page.on('request', (r) => /\/(es|islands-es)-[0-9a-f]+\.(txt|html)$/.test(r.url()) && spanish.push(r.url()));
  await page.goto(`${app.server.url}#lang=en`);
  await page.locator('.pp-app[data-live][lang=en]').waitFor();
  // The English sections the app fetches once it has started have come: any early fetch would have too.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /islands-en-/.test(e.name) && e.responseEnd > 0));
  assert.deepEqual(spanish, []);
  await context.close();
});

// Installable and offline: the manifest meets Chromium's install criteria, the worker
// serves the app with no server at all, and a new deploy is offered, then loaded, with
// nothing the patient entered lost.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, open, stateIs } from './app.mjs';
import { launch, launchWithProfile } from './browser.mjs';
import { freePort, nginx } from './nginx.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'prolopath-builds-'));
  chmodSync(dir, 0o755); // nginx's workers read the copies as another user
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const buildId = (root) => readFileSync(join(root, 'index.html'), 'utf8').match(/name=prolopath-build content=(\w+)/)[1];

/** A copy of the build as a later deploy: same files, a new build id in the page and the worker. */
function changedBuild(from, to) {
  cpSync(from, to, { recursive: true });
  const old = buildId(to);
  const next = `${old.slice(0, 6)}beef00`;
  for (const f of ['index.html', 'es.html', 'sw.js']) {
    writeFileSync(join(to, f), readFileSync(join(to, f), 'utf8').replaceAll(old, next));
    rmSync(join(to, `${f}.br`), { force: true });
    rmSync(join(to, `${f}.gz`), { force: true });
  }
  return next;
}

for (const [name, path, lang, start] of [['the main page', '', 'en', './'], ['the Spanish page', 'es.html', 'es', './es.html']]) test(`${name}'s manifest meets Chromium's install criteria, and the app it installs opens that page`, async (t) => {
  const server = await nginx(DIST);
  t.after(() => server.stop());
  // Chromium never offers installation in an incognito context, which Playwright's are.
  const context = await launchWithProfile(join(dir, `profile-${lang}`));
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path);
  await page.locator(`.pp-app[data-live][lang=${lang}]`).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, []);
  const manifest = JSON.parse(data);
  assert.equal(manifest.display, 'standalone');
  assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512', '512x512']);
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  assert.equal(manifest.lang, lang);
  assert.equal(manifest.start_url, start, 'opens the page it was installed from');
  assert.deepEqual(errors, []);
});

test('works with the server gone, then offers and loads a new version without losing answers', async (t) => {
  const port = await freePort();
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  cpSync(DIST, a, { recursive: true });
  const next = changedBuild(a, b);
  let server = await nginx(a, port);
  t.after(() => server.stop());
  const { page, errors } = await open({ browser, server });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const start = await page.locator('#pp-start').inputValue();
  await page.getByLabel('What do you want treated?').selectOption('achilles');
  await page.getByLabel('Severe').check();
  await stateIs(page, 'achilles', 'severe', 'typical', start);

  await page.waitForFunction(() => /condition=achilles&severity=severe/.test(location.hash)); // written after the frame
  await server.stop();
  await page.reload();
  await stateIs(page, 'achilles', 'severe', 'typical', start); // the link kept the answers
  await page.getByLabel('What do you want treated?').selectOption('jaw');
  await stateIs(page, 'jaw', 'severe', 'typical', start); // and the estimate responds
  assert.ok(await page.locator('.pp-plan tbody tr').count() > 2);

  server = await nginx(b, port);
  t.after(() => server.stop());
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const reload = page.getByRole('button', { name: 'Reload now' });
  await reload.waitFor();
  assert.ok(await page.getByText('A new version of this page is ready.').isVisible());
  // Said in the app's status box (the loader writes it), once, and in the app's language: in
  // Spanish after a switch, its button keeping the focus.
  const status = page.locator('.pp-app[data-live] [role=status].pp-update');
  assert.equal(await status.locator('p').count(), 1);
  await reload.focus();
  // Switched without moving the focus (a click would take it to the switch).
  await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('.pp-lang[lang=es]')).click());
  const cargar = status.getByRole('button', { name: 'Volver a cargar' });
  await cargar.waitFor();
  assert.ok(await status.getByText('Hay una versión nueva de esta página.').isVisible());
  assert.equal(await status.locator('p').count(), 1);
  assert.ok(await cargar.evaluate((b) => b === document.activeElement), 'the button keeps the focus');
  await Promise.all([page.waitForEvent('load'), cargar.click()]);
  await page.locator(`meta[name=prolopath-build][content="${next}"]`).waitFor({ state: 'attached' });
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  await stateIs(page, 'jaw', 'severe', 'typical', start);
  assert.equal(await page.evaluate(() => caches.keys().then((k) => k.length)), 1, 'the old cache is gone');
  assert.deepEqual(errors, []);
  await page.close();
});

test('offline, the Spanish page opens as itself and the main page as itself, whichever was visited last', async (t) => {
  const server = await nginx(DIST);
  t.after(() => server.stop());
  const { page, errors } = await open({ browser, server }, { locale: 'en-US' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The main page, then the Spanish one, online: each is kept as itself.
  await page.goto(`${server.url}es.html`);
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  await server.stop();
  for (const [path, lang, title] of [
    ['', 'en', 'ProloPath: what to expect from prolotherapy'],
    ['es.html', 'es', 'ProloPath: qué esperar de la proloterapia'],
  ]) {
    await page.goto(server.url + path);
    await page.locator(`.pp-app[data-live][lang=${lang}]`).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang, path);
    assert.equal(await page.title(), title);
    assert.equal(await page.locator('#pp-root').getAttribute('data-page-lang'), lang === 'en' ? null : lang, 'the page as built');
  }
  assert.deepEqual(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)), []);
  await page.close();
});

test('offline, the app has the clinic\'s settings as last seen online, not as they were when it was installed', async (t) => {
  const port = await freePort();
  const root = join(dir, 'settings');
  cpSync(DIST, root, { recursive: true });
  for (const f of ['settings.json.br', 'settings.json.gz']) rmSync(join(root, f), { force: true });
  let server = await nginx(root, port);
  t.after(() => server.stop());
  const { page, errors } = await open({ browser, server });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.equal(await page.getByRole('link', { name: '+1 555 010 4321' }).count(), 0);
  // The clinic adds its phone; the patient opens the page once online, then offline.
  writeFileSync(join(root, 'settings.json'), '{"clinic-phone": "+1 555 010 4321"}');
  await page.reload();
  await page.locator('.pp-app[data-live]').waitFor();
  await page.getByRole('link', { name: '+1 555 010 4321' }).waitFor();
  await server.stop();
  await page.reload();
  await page.locator('.pp-app[data-live]').waitFor();
  await page.getByRole('link', { name: '+1 555 010 4321' }).waitFor();
  assert.deepEqual(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)), []);
  await page.close();
});

test('a host that answers settings.json with 404 still gets the offline app (the clinic has set nothing)', async (t) => {
  // Not the hosting recipe (it answers a missing file with the page), but a plain static host:
  // the worker's install must not fail for want of the clinic's file, or nothing works offline.
  const port = await freePort();
  let server = await nginx(DIST, port);
  t.after(() => server.stop());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  await context.route('**/settings.json', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('.pp-app[data-live]').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await server.stop();
  await page.reload();
  await page.locator('.pp-app[data-live]').waitFor();
  await page.getByRole('heading', { name: 'Call your clinic today' }).waitFor();
  assert.deepEqual(errors, []);
});

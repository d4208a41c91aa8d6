// Only the clinic sets safety numbers: a link that carries emergency-number, region,
// clinic-phone, after-hours-phone, clinic-name and debug (valid-looking values, as a stranger
// would send) changes nothing on the page, on paper, in the copied summary, the share text or the
// calendar file, in English and Spanish. (The same values as element attributes reach every
// surface: embed.test.mjs.)
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { FAKE, OUT, start } from './app.mjs';

/** What a faked setting would put somewhere: none of it may appear. */
const TRACES = ['555', 'Fake Clinic', '999'];

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** Every surface's text for the hosted page opened with `query`. */
async function surfaces(query, lang) {
  const context = await app.browser.newContext({ acceptDownloads: true, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
  await context.addInitScript(() => { navigator.share = async (data) => { window.__shared = data; }; });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${app.server.url}?${query}`);
  await page.locator(`.pp-app[data-live][lang=${lang}]`).waitFor();
  const [share, copy, calendar] = ['.pp-take-along .pp-button >> nth=0', '.pp-take-along .pp-button >> nth=1', '.pp-take-along .pp-button >> nth=2'];
  const status = page.locator('.pp-take-along .pp-status');
  await page.locator(share).click();
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  await status.filter({ hasText: /\S/ }).waitFor();
  await page.locator(copy).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 100));
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(calendar).click()]);
  const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
  const pdfPath = `${OUT}/safety-link-${lang}.pdf`;
  writeFileSync(pdfPath, await page.pdf({ format: 'Letter' }));
  const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().replace(/\s+/g, ' ');
  const text = await page.locator('body').innerText();
  const debugShown = await page.locator('.pp-debug').count();
  const url = page.url();
  await context.close();
  // The shared link without its origin: the test server's random port may itself read "555".
  const link = new URL(shared.url);
  return { text, printed, summary, shared: `${shared.title} ${link.pathname}${link.search}${link.hash}`, ics, debugShown, url, warnings };
}

for (const [lang, heading] of [
  ['en', 'Call 911 or your local emergency number now'],
  ['es', 'Llame al 911 o al número de emergencias de su zona ahora'],
]) {
  test(`a link cannot set a safety number, a phone, the clinic's name or debug (${lang})`, async () => {
    const query = `${new URLSearchParams(FAKE)}&lang=${lang}&condition=low-back`;
    const s = await surfaces(query, lang);
    for (const [surface, text] of Object.entries({ page: s.text, print: s.printed, summary: s.summary, share: s.shared, calendar: s.ics })) {
      for (const trace of TRACES) assert.ok(!text.includes(trace), `${lang}: the ${surface} has no "${trace}"`);
    }
    // The number is the browser's region's (en-US), as a guess, on every surface that has it.
    for (const [surface, text] of Object.entries({ page: s.text, print: s.printed, summary: s.summary, calendar: s.ics })) {
      assert.ok(text.includes(heading), `${lang}: the ${surface} says "${heading}"`);
    }
    assert.equal(s.debugShown, 0, 'no debug notice from a link');
    assert.doesNotMatch(s.url, /emergency-number|clinic-phone|clinic-name|region|debug/, 'the rewritten link drops them');
    for (const key of Object.keys(FAKE)) {
      assert.ok(s.warnings.some((w) => w.includes(`a link cannot set "${key}"`)), `the console names ${key}`);
    }
  });
}

// "Add to calendar": the downloaded file is read back by an independent RFC 5545 parser (ical.js).
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { open, start, stateIs } from './app.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test('the calendar file holds every example session and says the clinic sets the dates', async () => {
  const { page, errors } = await open(app, { acceptDownloads: true });
  // The file's address, as the page makes it: a browser may fetch it after the click has
  // returned (older Firefox; Safari, by reports), so it must not be revoked then.
  await page.evaluate(() => {
    const [make, revoke] = [URL.createObjectURL, URL.revokeObjectURL];
    window.__revoked = [];
    URL.createObjectURL = (blob) => (window.__fileUrl = make(blob));
    URL.revokeObjectURL = (url) => { window.__revoked.push(url); revoke(url); };
  });
  await page.getByLabel('Date of your first session').fill('2026-12-28');
  await page.getByLabel('What do you want treated?').selectOption('tennis-elbow');
  await stateIs(page, 'tennis-elbow', 'moderate', 'typical', '2026-12-28');
  const shown = await page.locator('.pp-plan tbody .pp-date').allTextContents();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add the example dates to my calendar' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'prolopath-plan.ics');
  // Said, as Copy and Share are: a screen reader hears the file was made, and its name.
  await page.getByRole('status').getByText('Calendar file made: prolopath-plan.ics.').waitFor();
  const file = await page.evaluate(() => ({ made: Boolean(window.__fileUrl), revoked: window.__revoked.includes(window.__fileUrl) }));
  assert.deepEqual(file, { made: true, revoked: false }, 'the file is still there after the click');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends only');

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, shown.length, 'one event per session in the plan');
  assert.equal(events[0].startDate.toString(), '2026-12-28');
  assert.ok(events.every((e) => e.startDate.isDate), 'all-day events');
  assert.equal(new Set(events.map((e) => e.uid)).size, events.length, 'unique UIDs');
  assert.ok(events.every((e) => e.component.getFirstPropertyValue('dtstamp')), 'DTSTAMP on each');
  assert.ok(events.every((e) => e.description.includes('Your clinic sets the real dates and which ones you need.')));
  // Each event says when to get help, the three levels as the page has them.
  const levels = await page.locator('.pp-care h3').allInnerTexts();
  assert.equal(levels.length, 3);
  for (const e of events) {
    for (const level of levels) assert.ok(e.description.includes(`${level}:\n`), `"${level}" in ${e.summary}`);
  }
  assert.match(events.at(-1).summary, /top-up session/);
  // In Spanish too: the confirmation in the page's language.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('.pp-app[data-live][lang=es]').waitFor();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Poner las fechas de ejemplo en mi calendario' }).click(),
  ]);
  await page.getByRole('status').getByText('Archivo de calendario listo: prolopath-plan.ics.').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

// The patient's journey against the release build served on 127.0.0.1.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { CONDITIONS, LEVELS, OUT, open as openApp, start, stateIs } from './app.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });
const open = (viewport) => openApp(app, viewport ? { viewport } : {});

const planDates = (page) => page.locator('.pp-plan tbody .pp-date').allTextContents();

/** Waits until the app has rendered exactly this state, then returns the plan's dates. */
async function datesFor(page, condition, severity, adherence, start) {
  await stateIs(page, condition, severity, adherence, start);
  return planDates(page);
}

test('every condition: choose it, change severity and aftercare, see the dates change', async () => {
  const { page, errors } = await open();
  const start = '2027-03-01';
  await page.getByLabel('Date of your first session').fill(start);
  for (const condition of CONDITIONS) {
    await page.getByLabel('What do you want treated?').selectOption(condition);
    const moderate = await datesFor(page, condition, 'moderate', 'typical', start);
    assert.equal(moderate[0], 'Mon, Mar 1, 2027', `${condition}: the first session is on the start date`);
    await page.getByLabel('Mild').check();
    const mild = await datesFor(page, condition, 'mild', 'typical', start);
    await page.getByLabel('Severe').check();
    const severe = await datesFor(page, condition, 'severe', 'typical', start);
    assert.notDeepEqual(severe, mild, `${condition}: severity changes the dates`);
    assert.ok(severe.length >= mild.length, `${condition}: severe never has fewer sessions`);
    await page.getByLabel('Some of it').check();
    const low = await datesFor(page, condition, 'severe', 'low', start);
    await page.getByLabel('All of it').check();
    const high = await datesFor(page, condition, 'severe', 'high', start);
    assert.notDeepEqual(high, low, `${condition}: aftercare changes the dates`);
    assert.ok(high.length <= low.length, `${condition}: full aftercare never adds sessions`);
    for (const level of LEVELS) {
      assert.ok(await page.getByRole('heading', { name: level }).isVisible(), `${condition}: ${level} visible`);
    }
    await page.getByLabel('Moderate').check();
    await page.getByLabel('Most of it').check();
    await datesFor(page, condition, 'moderate', 'typical', start);
  }
  await page.screenshot({ path: `${OUT}/journey-desktop.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('every number shown has a source in the list', async () => {
  const { page, errors } = await open();
  const hrefs = await page.locator('a.pp-cite').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
  assert.ok(hrefs.length >= 5);
  for (const href of hrefs) assert.equal(await page.locator(href).count(), 1, `${href} is listed`);
  assert.ok(await page.locator('a.pp-assumed').first().isVisible(), 'assumptions are marked');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the care levels are reached and nothing scrolls sideways', async () => {
  const { page, errors } = await open({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
  // Nothing inside the cards runs past the screen's edge either (ask every element: a card that
  // clips what overflows it, as one laid out only near the screen did, hides it from the page's
  // width; a drawing may scroll inside its region).
  const past = await page.locator('.pp-app').evaluate((app) => {
    const width = document.documentElement.clientWidth;
    return [...app.querySelectorAll('*')]
      .filter((e) => !e.closest('[hidden], .pp-scroll') && e.getClientRects().length > 0)
      .filter((e) => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > width + 1; })
      .map((e) => `${e.tagName}.${e.className}`);
  });
  assert.deepEqual(past, [], 'every element within 320 px');
  // The care levels are always laid out (never skipped until near), and the jump lands on them.
  assert.ok(await page.locator('#pp-care').evaluate((el) => {
    for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).contentVisibility !== 'visible') return false;
    return true;
  }), 'the care levels and what holds them are always laid out');
  await page.locator('.pp-jump').click();
  await page.waitForFunction(() => document.querySelector(':target')?.id === 'pp-care', null, { polling: 100 }); // on a timer: see privacy.test.mjs
  await page.waitForFunction(() => {
    const r = document.getElementById('pp-care').getBoundingClientRect();
    return r.top >= -2 && r.top < 60;
  });
  for (const level of LEVELS) {
    const heading = page.getByRole('heading', { name: level });
    await heading.scrollIntoViewIfNeeded();
    assert.ok(await heading.isVisible(), level);
  }
  await page.screenshot({ path: `${OUT}/journey-phone.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the timeline\'s words stay clear of its start line and of each other, in every plan and both languages', async () => {
  const { page, errors } = await open();
  // What in the drawing touches: the start line and each session's date (each date's own
  // rotated box, not the upright box around it), and the stage names along the top.
  const clashes = () => page.locator('.pp-timeline svg').evaluate((svg) => {
    const found = [];
    const line = svg.querySelector('.pp-start');
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => line[a].baseVal.value);
    for (const date of svg.querySelectorAll('.pp-mark-date')) {
      const box = date.getBBox();
      const toDate = date.getCTM().inverse().multiply(line.getCTM());
      for (let i = 0; i <= 100; i++) {
        const p = new DOMPoint(x1 + (x2 - x1) * i / 100, y1 + (y2 - y1) * i / 100).matrixTransform(toDate);
        if (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height) {
          found.push(`the start line crosses "${date.textContent}"`);
          break;
        }
      }
    }
    const stages = [...svg.querySelectorAll('.pp-span-label')].map((t) => [t.textContent, t.getBoundingClientRect()]);
    for (const [i, [a, ra]] of stages.entries()) {
      for (const [b, rb] of stages.slice(i + 1)) {
        if (ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom) found.push(`"${a}" touches "${b}"`);
      }
    }
    return found;
  });
  const found = [];
  for (const lang of ['en', 'es']) {
    await page.goto(`${app.server.url}#lang=${lang}`);
    await page.locator(`.pp-app[data-live][lang="${lang}"]`).waitFor();
    const start = await page.locator('#pp-start').inputValue();
    for (const condition of CONDITIONS) {
      await page.locator('#pp-condition').selectOption(condition);
      for (const severity of ['mild', 'moderate', 'severe']) {
        await page.locator(`input[name="severity"][value="${severity}"]`).check();
        await stateIs(page, condition, severity, 'typical', start);
        found.push(...(await clashes()).map((c) => `${lang} ${condition} ${severity}: ${c}`));
      }
    }
  }
  assert.deepEqual(found, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a date typed half-way to a day that does not exist goes back to the date from before, not one met while typing', async () => {
  const { page, errors } = await open();
  const field = page.getByLabel('Date of your first session');
  const condition = page.getByLabel('What do you want treated?');
  await field.fill('2027-05-10');
  await stateIs(page, 'knee', 'moderate', 'typical', '2027-05-10');
  await condition.focus();
  // Back in the field: month, day, year, as a keyboard types them. 02/10/2027 and 02/02/2027
  // are whole dates on the way to 02/29/2027, which is not one.
  await field.focus();
  await page.keyboard.type('02292027');
  await condition.focus();
  await page.locator('#pp-start-error').waitFor();
  await stateIs(page, 'knee', 'moderate', 'typical', '2027-05-10');
  // A good date typed over it is taken as before.
  await field.focus();
  await page.keyboard.type('03012027');
  await stateIs(page, 'knee', 'moderate', 'typical', '2027-03-01');
  await condition.focus();
  await page.locator('#pp-start-error').waitFor({ state: 'detached' });
  await stateIs(page, 'knee', 'moderate', 'typical', '2027-03-01');
  assert.deepEqual(errors, []);
  await page.close();
});

// Print for the visit: Chromium prints the page to PDF; it must be short and carry the key text.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CONDITIONS, LEVELS, OUT, open, start, stateIs } from './app.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

test('the printed summary fits two pages and carries plan, care levels, questions and sources', async () => {
  const { page } = await open(app);
  await page.getByLabel('Date of your first session').fill('2027-03-01');
  await page.getByLabel('What do you want treated?').selectOption('achilles');
  // The new condition's page first (its cards move as it renders), then the next answer.
  await page.locator('.pp-app[data-live][data-state^="achilles "]').waitFor();
  await page.getByLabel('Severe').check();
  await page.locator('#pp-caution-blood-thinners').check();
  await page.getByLabel('Avoiding needles').check();
  await stateIs(page, 'achilles', 'severe', 'typical', '2027-03-01');
  const path = `${OUT}/summary.pdf`;
  writeFileSync(path, await page.pdf({ format: 'Letter', printBackground: true }));
  const pages = Number(execFileSync('pdfinfo', [path]).toString().match(/Pages:\s+(\d+)/)[1]);
  // In reading order, not laid out: a table cell's words wrapped beside another column's stay together.
  const text = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
  console.log(`print: ${pages} page(s)`);
  assert.ok(pages >= 1 && pages <= 2, `one or two pages, got ${pages}`);
  for (const needle of [
    'What you chose', 'Achilles tendon pain', 'Severe', 'Mon, Mar 1, 2027', // the inputs
    'Your example plan', 'Mon, Mar 8, 2027', // the plan with dates
    'After each session', 'Bruising', // side effects
    ...LEVELS, // the three care levels
    'If you have trouble breathing, chest pain, a swollen face or throat, or feel faint, call an ambulance.', // under the emergency heading
    'Things to tell your clinician', 'I take a blood thinner', // the ticked caution
    'What matters to me', 'Avoiding needles', // the values exercise
    'Those who give the shots guess about 70 out of 100 people', 'In a knee trial: 3 of 30 people (10 out of 100)', // each figure its own source
    'Questions to ask your clinician', 'Where the numbers come from', 'Yelland 2011', // questions and sources
  ]) {
    assert.ok(text.includes(needle), `the PDF says "${needle}"`);
  }
  assert.ok(!text.includes('I am pregnant'), 'unticked cautions are left off paper');
  await page.close();
});

test('every condition, in both languages, with cautions and values ticked, prints on two Letter pages', async () => {
  const { page } = await open(app);
  const counts = [];
  for (const lang of ['en', 'es']) {
    for (const c of CONDITIONS) {
      await page.goto(`${app.server.url}?condition=${c}&severity=severe&cautions=blood-thinners,diabetes&values=needles,cost,visits&lang=${lang}`);
      await page.locator(`.pp-app[data-live][lang="${lang}"][data-state^="${c} severe "]`).waitFor();
      const path = `${OUT}/print-${lang}-${c}.pdf`;
      writeFileSync(path, await page.pdf({ format: 'Letter', printBackground: true }));
      counts.push([`${lang} ${c}`, Number(execFileSync('pdfinfo', [path]).toString().match(/Pages:\s+(\d+)/)[1])]);
    }
  }
  console.log(`print pages: ${counts.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  assert.deepEqual(counts.filter(([, n]) => n > 2), [], 'more than two pages');
  await page.close();
});

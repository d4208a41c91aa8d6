// Share a link that reopens the same view, or copy it; copy a summary. Visible confirmation.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { LEVELS, start, stateIs } from './app.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.stop(); });

/** A page whose browser has no Web Share (as on desktop Linux) or a recording stand-in. */
async function page({ webShare }) {
  const context = await app.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
  await context.addInitScript((withShare) => {
    if (withShare) {
      navigator.share = async (data) => { window.__shared = data; };
    } else {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined });
    }
  }, webShare);
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(app.server.url);
  await p.locator('.pp-app[data-live]').waitFor();
  await p.getByLabel('What do you want treated?').selectOption('plantar');
  await p.getByLabel('Severe').check();
  await p.locator('#pp-caution-diabetes').check();
  await p.getByLabel('What it costs me').check();
  await p.getByLabel('Date of your first session').fill('2027-02-15');
  await stateIs(p, 'plantar', 'severe', 'typical', '2027-02-15');
  return { p, context, errors };
}

test('without Web Share the link is copied, and opening it shows the same view', async () => {
  const { p, context, errors } = await page({ webShare: false });
  await p.getByRole('button', { name: 'Share a link to this page' }).click();
  await p.getByRole('status').getByText('Link copied.').waitFor();
  const link = await p.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, p.url());
  const dates = await p.locator('.pp-plan tbody .pp-date').allTextContents();
  const other = await context.newPage();
  await other.goto(link);
  await stateIs(other, 'plantar', 'severe', 'typical', '2027-02-15');
  assert.deepEqual(await other.locator('.pp-plan tbody .pp-date').allTextContents(), dates);
  assert.ok(await other.locator('#pp-caution-diabetes').isChecked(), 'cautions travel too');
  assert.match(link, /[#&]values=cost(&|$)/, 'what matters to the patient is in the link');
  // In its fragment, which a browser never sends to a server: the part a server sees is bare.
  assert.equal(new URL(link).search, '');
  assert.match(new URL(link).hash, /^#condition=plantar&severity=severe&.*cautions=diabetes/);
  assert.ok(await other.getByLabel('What it costs me').isChecked(), 'and comes back with it');
  assert.ok(!(await other.getByLabel('Avoiding needles').isChecked()));
  // The confirmation was said once: a change of language does not say it again, in Spanish.
  const status = p.locator('.pp-take-along [role=status]');
  assert.equal(await status.textContent(), 'Link copied. Paste it in a message to share this page.');
  await p.getByRole('button', { name: 'Español' }).click();
  await p.locator('.pp-app[data-live][lang=es]').waitFor();
  assert.equal(await status.textContent(), '');
  await p.getByRole('button', { name: 'English' }).click();
  await p.locator('.pp-app[data-live][lang=en]').waitFor();
  assert.equal(await status.textContent(), '', 'nor again in the first language');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a button pressed again is confirmed again: the status box changes, so a screen reader says it again', async () => {
  // The same words written again change nothing in the page, and a screen reader said nothing
  // the second time (WCAG 4.1.3): every other time they end with a no-break space.
  const { p, context, errors } = await page({ webShare: false });
  const status = p.locator('.pp-take-along [role=status]');
  const said = [];
  for (let i = 0; i < 3; i++) {
    await p.getByRole('button', { name: 'Copy a summary' }).click();
    await status.filter({ hasText: 'Summary copied.' }).waitFor();
    await p.waitForFunction((before) => document.querySelector('.pp-take-along [role=status]').textContent !== before, said.at(-1) ?? '', { polling: 100 });
    said.push(await status.textContent());
  }
  assert.equal(said[0], said[2]);
  assert.notEqual(said[1], said[0], 'the second press changes the box');
  assert.equal(said[1].trim(), said[0].trim(), 'with the same words');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with Web Share the link goes to the share sheet', async () => {
  const { p, context, errors } = await page({ webShare: true });
  // Before sharing, the button says what a link carries (a ticked caution, say).
  assert.equal(await p.getByRole('button', { name: 'Share a link to this page' }).getAttribute('aria-describedby'), 'pp-share-note');
  assert.equal(await p.locator('#pp-share-note').textContent(), 'The link holds your answers, and any boxes you ticked.');
  assert.ok(await p.locator('#pp-share-note').isVisible());
  await p.getByRole('button', { name: 'Share a link to this page' }).click();
  await p.getByRole('status').getByText('The link was shared.').waitFor();
  const shared = await p.evaluate(() => window.__shared);
  assert.equal(shared.url, p.url());
  assert.match(shared.title, /ProloPath/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the summary is copied as plain text with the plan and when to get help', async () => {
  const { p, context, errors } = await page({ webShare: false });
  await p.getByRole('button', { name: 'Copy a summary' }).click();
  await p.getByRole('status').getByText('Summary copied.').waitFor();
  const text = await p.evaluate(() => navigator.clipboard.readText());
  assert.ok(text.includes('Mon, Feb 15, 2027'), 'the first date');
  for (const level of LEVELS) assert.ok(text.includes(level), level);
  assert.ok(text.includes('Plantar fasciitis'));
  assert.ok(text.includes('What matters to me:\n- What it costs me\n'), 'what matters to the patient');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser that refuses to copy: the link points to the address bar, the summary to printing', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined });
    Object.defineProperty(Clipboard.prototype, 'writeText', { value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
  });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(app.server.url);
  await p.locator('.pp-app[data-live]').waitFor();
  await p.getByRole('button', { name: 'Share a link to this page' }).click();
  await p.getByRole('status').getByText('This browser did not let us copy. You can copy the address from the address bar.').waitFor();
  await p.getByRole('button', { name: 'Copy a summary' }).click();
  // The summary is not in the address bar.
  await p.getByRole('status').getByText('This browser did not let us copy. You can print this page instead.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

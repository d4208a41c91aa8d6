// The first view's example dates as the page's loader writes them before the app starts
// (assets/dates.js): the same forms as the app's, on the table tests/text.rs runs against the
// app. The page itself is checked in tests/e2e/first-view.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dateText, parseIso } from '../../assets/dates.js';

const table = readFileSync(new URL('../fixtures/dates.tsv', import.meta.url), 'utf8').split('\n');
const words = (name) => table.find((l) => l.startsWith(`${name}\t`))?.split('\t')[1].split(' ');
const rows = table.filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));

test('a date reads as the app writes it, long and short (tests/fixtures/dates.tsv, also run by tests/text.rs)', () => {
  const w = { months: words('months'), weekdays: words('weekdays') };
  assert.equal(w.months?.length, 12);
  assert.equal(w.weekdays?.length, 7);
  assert.ok(rows.length >= 20, `the table has its dates (${rows.length})`);
  for (const [iso, long, short] of rows) {
    const days = parseIso(iso);
    assert.notEqual(days, null, iso);
    assert.deepEqual([dateText(days, w, true), dateText(days, w, false)], [long, short], iso);
  }
});

test('a start date is taken as the app takes one: a real YYYY-MM-DD day from 1900 to 2199', () => {
  assert.equal(parseIso('1970-01-08'), 7);
  assert.equal(parseIso(' 2026-11-24 '), parseIso('2026-11-24'));
  for (const bad of ['2026-02-29', '2026-13-01', '2026-11-31', '1899-12-31', '2200-01-01', '2026-1-5', '20261124', '2026-11-24T00:00', '', null, undefined]) {
    assert.equal(parseIso(bad), null, String(bad));
  }
});

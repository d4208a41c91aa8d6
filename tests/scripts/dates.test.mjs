// The first view's example dates as the page's loader writes them before the app starts
// (assets/dates.js): the same forms as the app's, on the tables tests/text.rs runs against the
// app (one a language). The page itself is checked in tests/e2e/first-view.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dateText, parseIso, retime } from '../../assets/dates.js';

/** A language's table: its words and forms, and its rows [date, long, short]. */
const table = (file) => {
  const lines = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').split('\n');
  const line = (name) => lines.find((l) => l.startsWith(`${name}\t`))?.split('\t')[1];
  return {
    words: { months: line('months')?.split(' '), weekdays: line('weekdays')?.split(' '), long: line('long'), short: line('short') },
    rows: lines.filter((l) => /^\d/.test(l)).map((l) => l.split('\t')),
  };
};

for (const [lang, file] of [['English', 'dates.tsv'], ['Spanish', 'dates-es.tsv']]) {
  test(`a date reads as the app writes it in ${lang}, long and short (tests/fixtures/${file}, also run by tests/text.rs)`, () => {
    const { words: w, rows } = table(file);
    assert.equal(w.months?.length, 12);
    assert.equal(w.weekdays?.length, 7);
    assert.ok(rows.length >= 20, `the table has its dates (${rows.length})`);
    for (const [iso, long, short] of rows) {
      const days = parseIso(iso);
      assert.notEqual(days, null, iso);
      assert.deepEqual([dateText(days, w, true), dateText(days, w, false)], [long, short], iso);
    }
  });
}

test('a first view\'s dates move to the day the app will show, in the page\'s language: in sentences, as whole marks, in the start field and the state', () => {
  const { words } = table('dates-es.tsv');
  // A small view as the build writes one (text nodes only are read), without a browser.
  const texts = ['martes 24 nov 2026', '1 dic', 'De martes 24 nov 2026 a martes 16 feb 2027.', 'martes 24 nov 2026 en marzo', '24 nov 2026'];
  const nodes = texts.map((data) => ({ data }));
  const start = { value: '2026-11-24', defaultValue: '2026-11-24' };
  const attributes = { 'data-state': 'knee moderate typical 2026-11-24' };
  const view = {
    getAttribute: (k) => attributes[k],
    setAttribute: (k, v) => { attributes[k] = v; },
    querySelector: () => start,
  };
  globalThis.document = { createTreeWalker: () => { let i = 0; return { nextNode: () => nodes[i++] ?? null }; } };
  try {
    retime(view, words, parseIso('2027-12-20'));
  } finally {
    delete globalThis.document;
  }
  assert.deepEqual(nodes.map((n) => n.data), [
    'lunes 20 dic 2027', '27 dic', 'De lunes 20 dic 2027 a lunes 13 mar 2028.', 'lunes 20 dic 2027 en marzo',
    // Not a date the app writes: left as it is.
    '24 nov 2026',
  ]);
  assert.equal(start.defaultValue, '2027-12-20');
  assert.equal(attributes['data-state'], 'knee moderate typical 2027-12-20');
});

test('a start date is taken as the app takes one: a real YYYY-MM-DD day from 1900 to 2199', () => {
  assert.equal(parseIso('1970-01-08'), 7);
  assert.equal(parseIso(' 2026-11-24 '), parseIso('2026-11-24'));
  for (const bad of ['2026-02-29', '2026-13-01', '2026-11-31', '1899-12-31', '2200-01-01', '2026-1-5', '20261124', '2026-11-24T00:00', '', null, undefined]) {
    assert.equal(parseIso(bad), null, String(bad));
  }
});

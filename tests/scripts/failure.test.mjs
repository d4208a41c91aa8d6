// What a widget says when it cannot start, and the page's note when its wasm did not load for
// someone who reads another language than the page (assets/failure.js): the language and the
// number to call picked as the app picks them. The words here are stand-ins; the build's own are checked
// in tests/e2e/embed.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clinicHeading, clinicPhones, emergencyNumber, failureMessage } from '../../assets/failure.js';

const words = (tag) => ({
  title: `${tag} title`,
  body: `${tag} body`,
  clinic: `${tag}: call {n} now`,
  guessed: `${tag}: call {n} or your local number now`,
  unknown: `${tag}: call your local number now`,
  go: `${tag} go`,
  care: `${tag} care`,
  lead: `${tag} lead`,
  others: `${tag} others`,
  phones: [`${tag} phone`, `${tag} after hours`],
  reach: `${tag} reach`,
  signs: [`${tag} sign 1`, `${tag} sign 2`],
});
const failure = { langs: { en: words('en'), es: words('es') }, emergency: 'US911 GB999 ES112' };
const heading = (settings, browser) => failureMessage(failure, settings, browser).parts[4][1];

test('every part of the message is there, in order, with every emergency sign', () => {
  assert.deepEqual(failureMessage(failure, [], 'en'), {
    lang: 'en',
    parts: [['h2', 'en title'], ['p', 'en body'], ['h3', 'en care'], ['p', 'en lead'], ['h4', 'en: call your local number now'], ['p', 'en go'],
      ['p', 'en sign 1'], ['p', 'en sign 2'], ['p', 'en others'], ['p', 'en reach']],
  });
  assert.equal(failureMessage(failure, ['lang=es'], 'en').lang, 'es');
});

test("the language is the element's, else the settings file's, else the browser's, else English", () => {
  assert.equal(heading(['lang=es'], 'en-US').slice(0, 3), 'es:');
  assert.equal(heading(['lang=es', 'lang=en'], 'es-MX').slice(0, 3), 'en:', 'the attribute after the file wins');
  assert.equal(heading(['lang=fr'], 'es-MX').slice(0, 3), 'es:', 'a language the app does not speak is passed over');
  assert.equal(heading([], 'ES_es').slice(0, 3), 'es:');
  assert.equal(heading([], 'de-DE').slice(0, 3), 'en:');
  assert.equal(heading([], undefined).slice(0, 3), 'en:');
  // Names every object has are not languages.
  assert.equal(heading(['lang=constructor'], 'toString'), 'en: call your local number now');
  assert.equal(heading(['lang=__proto__'], '__proto__-US').slice(0, 3), 'en:');
});

test("the number is the clinic's own, else its region's, else the browser region's as a guess, else none", () => {
  assert.equal(heading(['emergency-number=555&region=GB'], 'en-US'), 'en: call 555 now');
  assert.equal(heading(['region=gb'], 'en-US'), 'en: call 999 now');
  assert.equal(heading(['region=GB', 'emergency-number=112'], 'en-US'), 'en: call 112 now', 'its own number wins over a region');
  assert.equal(heading([''], 'en-US'), 'en: call 911 or your local number now');
  assert.equal(heading([''], 'en-ZZ'), 'en: call your local number now');
  assert.equal(heading([''], 'en'), 'en: call your local number now');
  // Unusable values are passed over, as the app passes them over: the next best is used.
  assert.equal(heading(['region=ZZ&emergency-number=call+me'], 'en-GB'), 'en: call 999 or your local number now');
  assert.equal(heading(['emergency-number=555', 'emergency-number=x'], 'en'), 'en: call 555 now');
  assert.equal(heading(['region=gb1'], 'en'), 'en: call your local number now', 'a region is two letters');
});

test("the clinic's phones come after the other levels, before where to go; the page's own first view gets them with their links", () => {
  const settings = ['clinic-phone=%2B1%20(555)%20010-0100', 'after-hours-phone=555.0199'];
  const { parts } = failureMessage(failure, settings, 'en');
  assert.deepEqual(parts.slice(-4), [['p', 'en others'], ['p', 'en phone: +1 (555) 010-0100'], ['p', 'en after hours: 555.0199'], ['p', 'en reach']]);
  const page = { ...failure, phones: ['Phone', 'After hours'] };
  assert.deepEqual(clinicPhones(page, settings), [['Phone', '+1 (555) 010-0100', 'tel:+15550100100'], ['After hours', '555.0199', 'tel:5550199']]);
  assert.deepEqual(clinicPhones(page, ['after-hours-phone=<a>']), [], 'an unusable phone is left out');
  // As the app links them (src/settings.rs Phone::href): no "(0)" after a "+", any space a space.
  assert.deepEqual(clinicPhones(page, ['clinic-phone=%2B44%20(0)20%207946%200000', 'after-hours-phone=(020)%C2%A07946%E2%80%890000']),
    [['Phone', '+44 (0)20 7946 0000', 'tel:+442079460000'], ['After hours', '(020) 7946 0000', 'tel:02079460000']]);
  assert.deepEqual(clinicPhones(failure, settings), [], 'no words for the page: nothing');
});

test('an emergency number is 2 to 6 digits, written as people write numbers', () => {
  assert.equal(emergencyNumber(' 911 '), '911');
  assert.equal(emergencyNumber('+1 (2) 3'), '+1 (2) 3');
  for (const bad of ['9', '1234567', '91a', '9+11', '<b>911</b>', '', `1${' '.repeat(31)}1`]) {
    assert.equal(emergencyNumber(bad), null, bad);
  }
});

test('the language, the number and the phones are the ones the app picks, row by row (tests/fixtures/widget-failure.tsv, also run by tests/startup.rs)', () => {
  const table = readFileSync(new URL('../fixtures/widget-failure.tsv', import.meta.url), 'utf8');
  // The build gives the page the app's own table of regions (src/settings.rs, EMERGENCY).
  const [, emergency] = readFileSync(new URL('../../src/settings.rs', import.meta.url), 'utf8').match(/pub const EMERGENCY: &str = "([A-Z0-9 ]+)";/) ?? [];
  assert.ok(emergency, 'the table of regions is found in src/settings.rs');
  const app = { ...failure, emergency };
  const rows = table.split('\n').filter((l) => l && !l.startsWith('#'));
  assert.ok(rows.length >= 30, `the table has its rows (${rows.length})`);
  for (const row of rows) {
    const [file, attributes, browser, lang, number, phones] = row.split('\t');
    assert.notEqual(phones, undefined, `six columns: ${JSON.stringify(row)}`);
    const said = failureMessage(app, [file, attributes], browser === '-' ? undefined : browser);
    // The stand-in words say the number the way the table names it.
    const [, n] = said.parts[4][1].match(/call (.+?) (?:or your local number )?now$/) ?? [];
    const kind = said.parts[4][1].includes('or your local number') ? `guessed ${n}` : n === 'your local number' ? 'unknown' : `clinic ${n}`;
    // The phones, by the stand-in labels, between the other levels and where to go.
    const line = (label) => said.parts.find(([, text]) => text.startsWith(`${said.lang} ${label}: `))?.[1].split(': ')[1] ?? '-';
    const both = [line('phone'), line('after hours')];
    const saidPhones = both.every((p) => p === '-') ? '-' : both.join('|');
    assert.deepEqual([said.lang, kind, saidPhones], [lang, number, phones], JSON.stringify(row));
  }
});

test("the page's note: only the languages other than the page's are given, and it knows when its own is wanted", () => {
  const others = { ...failure, langs: { es: words('es') }, tags: ['en', 'es'] };
  // The remembered language, then the link's (the loader passes them after the clinic's file).
  // No message (null) in the page's own language: its note, as built, says it.
  const lang = (settings, browser) => failureMessage(others, settings, browser)?.lang ?? null;
  assert.equal(lang(['', 'lang=es'], 'en-US'), 'es');
  assert.equal(lang(['', 'lang=es', 'lang=en'], 'es-ES'), null, "the link's English wins: the page's own note");
  assert.equal(lang(['lang=en'], 'es-ES'), null, "the clinic's file, before the browser");
  assert.equal(lang([''], 'es-MX'), 'es');
  assert.equal(lang([''], 'en-GB'), null);
  assert.equal(lang(['lang=xx'], undefined), null);
  assert.equal(failureMessage(others, ['lang=es'], 'en-GB').parts[4][1], 'es: call 999 or your local number now');
});

test("the page's own first view: its emergency heading with the clinic's number, never a guess", () => {
  const page = { ...failure, langs: { es: words('es') }, tags: ['en', 'es'], heading: 'Call {n} now' };
  assert.equal(clinicHeading(page, ['emergency-number=555']), 'Call 555 now');
  assert.equal(clinicHeading(page, ['region=gb']), 'Call 999 now', "the region's number");
  assert.equal(clinicHeading(page, ['region=GB&emergency-number=555']), 'Call 555 now', 'its own number first');
  assert.equal(clinicHeading(page, ['emergency-number=55555555']), null, 'not an emergency number');
  assert.equal(clinicHeading(page, ['', 'lang=en']), null, 'no number: the heading stays as built');
  assert.equal(clinicHeading(page, ['region=XX']), null, 'a region the table does not know');
  assert.equal(clinicHeading(failure, ['emergency-number=555']), null, 'no words for it');
});

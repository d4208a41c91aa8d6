// The loaders' shared module (assets/shared.js), unit by unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loader, readSettings, settingsQuery } from '../../assets/shared.js';

test('settings.json becomes a query string; lists are joined; anything else is named as a problem', () => {
  assert.equal(settingsQuery(null), '');
  assert.equal(
    settingsQuery('{"clinic-name": "Lakeside Clinic", "conditions": ["knee", "jaw"], "debug": true}'),
    'clinic-name=Lakeside+Clinic&conditions=knee%2Cjaw&debug=true',
  );
  assert.equal(settingsQuery('not json'), 'settings.json=not+json');
  assert.equal(settingsQuery('["a list"]'), 'settings.json=%5B%22a+list%22%5D');
  assert.equal(settingsQuery('null'), 'settings.json=null');
});

/** A fetch that answers from `answers` (a path -> text, or a status number) and counts calls. */
function fakeFetch(answers) {
  const calls = [];
  const get = async (url) => {
    calls.push(String(url));
    const answer = answers[new URL(url).pathname];
    if (answer === undefined) throw new TypeError('network down');
    return typeof answer === 'number'
      ? { ok: false, status: answer, url: String(url), text: async () => '' }
      : { ok: true, status: 200, url: String(url), text: async () => answer };
  };
  return { get, calls };
}

test('the loader fetches a file once, beside the loader, by its name; again when asked to', async () => {
  const { get, calls } = fakeFetch({ '/app/es-1.txt': 'Ui.A = a' });
  const load = loader({ es: './es-1.txt' }, 'https://clinic.example/app/boot-2.js', get);
  assert.deepEqual(await Promise.all([load('es'), load('es')]), ['Ui.A = a', 'Ui.A = a']);
  assert.equal(await load('es'), 'Ui.A = a');
  assert.deepEqual(calls, ['https://clinic.example/app/es-1.txt']);
  // The app refused the copy it got (cut short on the way, say): it asks again, and it is fetched.
  assert.equal(await load('es', true), 'Ui.A = a');
  assert.equal(calls.length, 2);
  await assert.rejects(load('fr'), /no file named fr/);
  await assert.rejects(load('constructor'), /no file named constructor/);
});

test('a failed fetch is an error, and is tried again next time', async () => {
  const answers = { '/islands-es-3.html': 404 };
  const { get, calls } = fakeFetch(answers);
  const load = loader({ 'islands-es': './islands-es-3.html' }, 'https://h.example/embed.js', get);
  await assert.rejects(load('islands-es'), /404/);
  answers['/islands-es-3.html'] = '<div data-island="about" class="pp-island"><p>x</p></div>';
  assert.equal(await load('islands-es'), '<div data-island="about" class="pp-island"><p>x</p></div>');
  assert.equal(calls.length, 2);
});

test('settings are read beside the app, uncached; none or a failure is no settings', async () => {
  const { get, calls } = fakeFetch({ '/app/settings.json': '{"region": "GB"}' });
  assert.equal(await readSettings('https://c.example/app/boot.js', get), 'region=GB');
  assert.deepEqual(calls, ['https://c.example/app/settings.json']);
  assert.equal(await readSettings('https://c.example/other/boot.js', get), '');
  assert.equal(await readSettings('https://c.example/x/', fakeFetch({ '/x/settings.json': 404 }).get), '');
});

// The loaders' shared module (assets/shared.js), unit by unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loader, onStop, readSettings, settingsQuery } from '../../assets/shared.js';

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

test("the app's stop is its own wasm's trap, reported or caught, and is acted on once", () => {
  const trap = (trace) => Object.assign(new WebAssembly.RuntimeError('unreachable'), { stack: `RuntimeError: unreachable\n${trace}` });
  const ours = 'at http://clinic.test/prolopath/prolopath-0123abcd_bg.wasm:wasm-function[186]:0x12c01';
  const report = (target, type, error) => target.dispatchEvent(Object.assign(new Event(type), type === 'error' ? { error } : { reason: error }));
  for (const type of ['error', 'unhandledrejection']) {
    const target = new EventTarget();
    let stops = 0;
    onStop('prolopath-0123abcd_bg.wasm', () => { stops += 1; }, target);
    report(target, type, new Error('a script error of the host page'));
    report(target, type, new TypeError('x is undefined'));
    report(target, type, trap('at http://clinic.test/their-own_bg.wasm:wasm-function[3]:0x10'));
    assert.equal(stops, 0, `${type}: not the app's`);
    report(target, type, trap(ours));
    report(target, type, trap(ours));
    assert.equal(stops, 1, `${type}: once`);
  }
  // An engine that does not name the wasm in its trace (WebKit): a trap is taken as the app's.
  const target = new EventTarget();
  let stops = 0;
  const stop = onStop('prolopath-0123abcd_bg.wasm', () => { stops += 1; }, target);
  assert.equal(stop(new Error('the network')), false);
  assert.equal(stop(trap('wasm-function[186]@[wasm code]')), true);
  assert.equal(stop(trap(ours)), false, 'already acted on');
  assert.equal(stops, 1);
});

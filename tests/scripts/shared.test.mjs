// The loaders' shared module (assets/shared.js), unit by unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loader, onStop, readSettings, settingsQuery } from '../../assets/shared.js';

test('settings.json becomes a query string; lists are joined, nulls left out; anything else is named as a problem', () => {
  assert.equal(settingsQuery(null), '');
  assert.equal(
    settingsQuery('{"clinic-name": "Lakeside Clinic", "conditions": ["knee", "jaw"], "debug": true}'),
    'clinic-name=Lakeside+Clinic&conditions=knee%2Cjaw&debug=true',
  );
  assert.equal(settingsQuery('not json'), 'settings.json=not+json');
  assert.equal(settingsQuery('["a list"]'), 'settings.json=%5B%22a+list%22%5D');
  assert.equal(settingsQuery('null'), 'settings.json=null');
  // A number is its digits; a null is no value (never the clinic name "null").
  assert.equal(settingsQuery('{"emergency-number": 112, "clinic-name": null, "region": "GB"}'), 'emergency-number=112&region=GB');
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
  // A body that breaks off (a dropped connection, a bad encoding): no settings, never a failed start.
  const broken = async () => ({ ok: true, text: () => Promise.reject(new TypeError('network error')) });
  assert.equal(await readSettings('https://c.example/app/boot.js', broken), '');
});

test("the app's stop is its own wasm's trap or an error through it, reported or caught, acted on once", () => {
  const withTrace = (error, trace) => Object.assign(error, { stack: `${error.name}: ${error.message}\n${trace}` });
  const trap = (trace) => withTrace(new WebAssembly.RuntimeError('unreachable'), trace);
  // As the engines write a frame of the app's wasm: Chromium, Firefox.
  const ours = ['at http://clinic.test/pp/prolopath-0123abcd_bg.wasm:wasm-function[186]:0x12c01',
    '@http://clinic.test/pp/prolopath-0123abcd_bg.wasm:wasm-function[297]:0x1a67e'];
  const report = (target, type, error) => target.dispatchEvent(Object.assign(new Event(type), type === 'error' ? { error } : { reason: error }));
  for (const type of ['error', 'unhandledrejection']) {
    for (const frame of ours) {
      const target = new EventTarget();
      let stops = 0;
      onStop('prolopath-0123abcd_bg.wasm', () => { stops += 1; }, target);
      report(target, type, new Error('a script error of the host page'));
      report(target, type, new TypeError('Failed to fetch'));
      report(target, type, 'a string');
      report(target, type, trap('at http://clinic.test/their-own_bg.wasm:wasm-function[3]:0x10'));
      report(target, type, trap('at wasm://wasm/8b5f5c1e:wasm-function[3]:0x10'));
      assert.equal(stops, 0, `${type}: not the app's`);
      report(target, type, trap(frame));
      report(target, type, trap(frame));
      assert.equal(stops, 1, `${type}: once`);
    }
  }
  // An error thrown up through the app's wasm (an unwrap_throw, a call stack run out) is a stop.
  for (const error of [new Error('called `Option::unwrap_throw()` on a `None` value'), new RangeError('Maximum call stack size exceeded')]) {
    let stops = 0;
    const stop = onStop('prolopath-0123abcd_bg.wasm', () => { stops += 1; }, new EventTarget());
    assert.equal(stop(withTrace(error, `at http://clinic.test/pp/boot.js:1:200\n${ours[0]}`)), true, error.message);
    assert.equal(stops, 1);
  }
  // An engine that names no wasm in its traces (WebKitGTK, Safari): a trap is taken as the app's.
  for (const frame of ['297@<?>:wasm-function[297]', '<?>.wasm-function[186]@[wasm code]']) {
    let stops = 0;
    const stop = onStop('prolopath-0123abcd_bg.wasm', () => { stops += 1; }, new EventTarget());
    assert.equal(stop(new Error('the network')), false);
    assert.equal(stop(trap(frame)), true, frame);
    assert.equal(stop(trap(ours[0])), false, 'already acted on');
    assert.equal(stops, 1);
  }
  // Its own call stops too (a trap in the message code): that error is not a second stop, and
  // the caller's fallback runs once.
  {
    let calls = 0;
    let fallbacks = 0;
    const stop = onStop('/pp/prolopath-0123abcd_bg.wasm', () => {
      calls += 1;
      try {
        throw trap(ours[0]);
      } catch (error) {
        if (!stop(error)) fallbacks += 1;
      }
    }, new EventTarget());
    assert.equal(stop(trap(ours[0])), true);
    assert.deepEqual([calls, fallbacks], [1, 1]);
  }
  // Nothing to replace yet (no widget on the page): the next stop is looked at again.
  const answers = [false, true];
  let asked = 0;
  const stop = onStop('prolopath-0123abcd_bg.wasm', () => { asked += 1; return answers.shift(); }, new EventTarget());
  assert.equal(stop(trap(ours[0])), false);
  assert.equal(stop(trap(ours[0])), true);
  assert.equal(stop(trap(ours[0])), false);
  assert.equal(asked, 2);
});

// @ts-check
// What both loaders (boot.js and embed.js) do alike, as a module: scripts/bundle.mjs bundles it
// into each with esbuild; tests/scripts/shared.test.mjs tests it.

/**
 * The clinic's settings.json as a query string (a list joined with commas, a number as its
 * digits, a null left out). Text that is not a JSON object goes through as
 * `settings.json=<text>`, and the app names it as a problem.
 * @param {string | null | undefined} text
 * @returns {string}
 */
export const settingsQuery = (text) => {
  if (text == null) return '';
  try {
    const json = JSON.parse(text);
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      /** @param {unknown} v */
      const value = (v) => (Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v : JSON.stringify(v));
      // A null is no value: the setting is left unset, not set to the text "null".
      return new URLSearchParams(Object.entries(json).filter(([, v]) => v != null).map(([k, v]) => [k, value(v)])).toString();
    }
  } catch {
    // not JSON: reported below
  }
  return new URLSearchParams({ 'settings.json': text }).toString();
};

/**
 * A loader for the files fetched only when wanted, by name (`es`: a language's texts;
 * `islands-es`: the sections built for it). Each file is fetched once (a prefetch serves the
 * app later); a failed fetch is tried again the next time it is asked for, and so is a file the
 * app refused (cut short on the way, say), which it asks for `again`.
 * @param {Record<string, string>} files each name's path, relative to `base`
 * @param {string} base the URL the paths resolve against (the loader's own)
 * @param {typeof fetch} [get] the fetch to use
 * @returns {(name: string, again?: boolean) => Promise<string>}
 */
export const loader = (files, base, get = (...args) => fetch(...args)) => {
  /** @type {Record<string, Promise<string>>} */
  const fetched = {};
  return (name, again = false) => {
    if (!Object.hasOwn(files, name)) return Promise.reject(new Error(`ProloPath: no file named ${name}`));
    if (again) delete fetched[name];
    return (fetched[name] ??= get(new URL(files[name], base))
      .then((r) => {
        if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
        return r.text();
      })
      .catch((error) => {
        delete fetched[name]; // try again next time
        throw error;
      }));
  };
};

/**
 * The clinic's settings.json beside the app, as a query string ('' when there is none).
 * @param {string} base the URL it resolves against
 * @param {typeof fetch} [get]
 * @returns {Promise<string>}
 */
export const readSettings = (base, get = (...args) => fetch(...args)) =>
  get(new URL('./settings.json', base), { cache: 'no-cache' })
    // A body that breaks off is no file either: the app starts with no settings.
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null)
    .then(settingsQuery);

/**
 * Calls `stopped` when the app's wasm has stopped: it trapped (every Rust panic ends in a trap,
 * and the release build has no panic hook: scripts/release-env.sh), or an error went up through
 * it (an `unwrap_throw`, a call stack run out), leaving its state half-changed. Such an error is
 * reported on the window (code the browser called: an event, a timer), as a rejection no one
 * handled (a promise's), or caught by a loader (the app's start). It is the app's when it is a
 * trap or its trace has wasm frames, and the trace names no wasm but the app's: another wasm on a
 * clinic's page is not the app's. An engine that names no wasm in its traces (WebKit) cannot
 * tell them apart: there, such an error is taken as the app's.
 * @param {string} wasm the app's wasm, as a path or URL (its file name is looked for)
 * @param {() => unknown} stopped puts the failure message in the app's place; false when there
 *   was nothing to replace (the next stop is then looked at again)
 * @param {EventTarget} [target] where errors are reported
 * @returns {(error: unknown) => boolean} for an error caught elsewhere: true when it was the
 *   app's stop, acted on now
 */
export const onStop = (wasm, stopped, target = globalThis) => {
  const file = wasm.split('/').pop() ?? wasm;
  let done = false;
  const stop = (/** @type {unknown} */ error) => {
    if (done || !(error instanceof Error)) return false;
    const trace = String(error.stack ?? '');
    if (!(error instanceof WebAssembly.RuntimeError) && !trace.includes('wasm-function[')) return false;
    // A wasm named by its URL (Chromium, Firefox), or one Chromium compiled from bytes.
    const named = [...(trace.match(/[^\s@()/]+\.wasm(?=:)/g) ?? []), ...(trace.match(/wasm:\/\/wasm\/[\w-]+/g) ?? [])];
    if (named.length && !named.includes(file)) return false;
    // Acted on before `stopped` runs: should it stop too, its error is not the app's stop again.
    done = true;
    done = stopped() !== false;
    return done;
  };
  target.addEventListener('error', (event) => stop(/** @type {ErrorEvent} */ (event).error));
  target.addEventListener('unhandledrejection', (event) => stop(/** @type {PromiseRejectionEvent} */ (event).reason));
  return stop;
};

// @ts-check
// What both loaders (boot.js and embed.js) do alike, as a module: scripts/bundle.mjs bundles it
// into each with esbuild; tests/scripts/shared.test.mjs tests it.

/**
 * The clinic's settings.json as a query string. Text that is not a JSON object goes through as
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
      return new URLSearchParams(Object.entries(json).map(([k, v]) => [k, value(v)])).toString();
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
    .then((r) => (r.ok ? r.text() : null), () => null)
    .then(settingsQuery);

/**
 * Calls `stopped` once, when the app's wasm has stopped: it trapped (every Rust panic ends in a
 * trap, and the release build has no panic hook: scripts/release-env.sh). A trap in code the
 * browser called (an event, a timer) is reported on the window; in a promise's, as a rejection
 * no one handled. Another wasm's trap (on a clinic's own page) is not the app's: an engine that
 * names the wasm in the trace names `wasm`.
 * @param {string} wasm the wasm's file name, as its URL ends
 * @param {() => void} stopped puts the failure message in the app's place
 * @param {EventTarget} [target] where traps are reported
 * @returns {(error: unknown) => boolean} for an error caught elsewhere (the app's start, say):
 *   true when it was the app's stop
 */
export const onStop = (wasm, stopped, target = globalThis) => {
  let done = false;
  const stop = (/** @type {unknown} */ error) => {
    if (done || !(error instanceof WebAssembly.RuntimeError)) return false;
    const trace = String(error.stack ?? '');
    if (/\.wasm\b/.test(trace) && !trace.includes(wasm)) return false;
    done = true;
    stopped();
    return true;
  };
  target.addEventListener('error', (event) => stop(/** @type {ErrorEvent} */ (event).error));
  target.addEventListener('unhandledrejection', (event) => stop(/** @type {PromiseRejectionEvent} */ (event).reason));
  return stop;
};

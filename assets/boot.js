// @ts-check
// ProloPath's loader: a file, not inline script, so the page runs under a strict CSP.
// scripts/bundle.mjs bundles it with shared.js and the build's hashed names (PROLOPATH_*) and
// postbuild writes it as boot-<hash>.js.
import init, { start, stopped } from 'prolopath:glue';
import { loader, onStop, readSettings } from './shared.js';
import { parseIso, retime, today } from './dates.js';
import { clinicHeading, clinicPhones, failureMessage, failureNodes, pickLang } from './failure.js';

const OFFLINE = PROLOPATH_OFFLINE;
/** The language of a page built in a language of its own (es.html), else null (index.html). */
const PAGE_LANG = PROLOPATH_PAGE_LANG;

/** The answers remembered on this device, as the app stored them (null where none or blocked). */
const REMEMBERED = (() => {
  try {
    return localStorage.getItem(PROLOPATH_ANSWERS.stored);
  } catch {
    return null;
  }
})();

/** The keys of the answers and the language in a link. */
const ANSWER_KEYS = [...PROLOPATH_ANSWERS.keys, 'lang'];

/** Whether a link's fragment (without its `#`) holds answers or a language, as src/model/query.rs
 *  `holds_answers` decides: an in-page link's `pp-care` does not. */
const holdsAnswers = (/** @type {string} */ fragment) => {
  const has = new URLSearchParams(fragment);
  return ANSWER_KEYS.some((k) => has.has(k));
};

// The first view is on screen before this runs: an in-page link tapped there ("When to get
// help") has replaced the answers in the link with its own fragment. They are taken back from
// the address the page was opened with, which the browser keeps (Chromium, Firefox and WebKit).
{
  const opened = new URL(performance.getEntriesByType('navigation')[0]?.name ?? location.href).hash.slice(1);
  if (!holdsAnswers(location.hash.slice(1)) && holdsAnswers(opened)) history.replaceState(history.state, '', `#${opened}`);
}

// A link made before the answers moved to the fragment has them in its query: they leave it at
// once, before anything reads them, so a reload sends none even if the app never starts (a
// browser never sends a fragment to a server), and go to the fragment unless it holds answers
// of its own, which win (src/startup.rs `link_answers`). The rest of the query stays, for the
// app to read and report (src/startup.rs). From here on the link's answers are its fragment's.
{
  const query = new URLSearchParams(location.search);
  const answers = new URLSearchParams();
  for (const [key, value] of [...query]) {
    if (ANSWER_KEYS.includes(key)) {
      answers.append(key, value);
      query.delete(key);
    }
  }
  const [rest, fragment] = [`${query}`, location.hash.slice(1)];
  if (`${answers}`) history.replaceState(history.state, '', `${location.pathname}${rest && `?${rest}`}#${holdsAnswers(fragment) ? fragment : answers}`);
}

// A form is never sent: the app's has `method="dialog"`, which a browser from before 2022 takes
// for GET, putting the answers in a query (Enter in the first view's date field).
addEventListener('submit', (e) => e.preventDefault());

// An in-page link (a source's mark, "When to get help") moves the view with no new step in the
// history (location.replace), so Back never returns to older answers. A click with a key held
// (a new tab or window) is the browser's.
addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
  if (!link || e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  location.replace(/** @type {string} */ (link.getAttribute('href')));
});

// Its fragment replaces the answers in the link: they go back in (the view stays where it went,
// and the source stays marked: :target does not follow replaceState). Other answers in the
// fragment (a link opened in this tab) are read as when a page opens: a reload of that link (the
// app may have written its own answers over it since, with a write due after a frame).
addEventListener('hashchange', ({ oldURL, newURL }) => {
  const [was, now] = [oldURL, newURL].map((u) => new URL(u).hash.slice(1));
  if (!holdsAnswers(now)) {
    // Unless the app wrote its answers (newer) since.
    if (holdsAnswers(was) && !holdsAnswers(location.hash.slice(1))) history.replaceState(history.state, '', `#${was}`);
  } else if (now !== was) {
    history.replaceState(history.state, '', newURL);
    location.reload();
  }
});

// The answers forgotten in another tab ("Forget my answers", Remember unticked, storage cleared):
// this tab starts again from its link, remembering nothing, so its next change does not store
// them again (on a shared device, the next person would have found them). Nor does a write
// still due here (a hidden tab draws no frames) as it leaves: this listener, put on before the
// app's, stops it.
let forgotten = false;
addEventListener('pagehide', (e) => forgotten && e.stopImmediatePropagation());
addEventListener('storage', ({ key, newValue }) => {
  if ((key === PROLOPATH_ANSWERS.stored || key === null) && newValue === null) {
    forgotten = true;
    location.reload();
  }
});

/** The answers the app will start from (src/startup.rs `page`): the link's if it has any (the
 *  app's keys, from the build), else the remembered ones (those keys and `lang` only), in the
 *  link's language if it has one (its first, as the app reads it). */
const startingAnswers = () => {
  const link = new URLSearchParams(location.hash.slice(1));
  if (PROLOPATH_ANSWERS.keys.some((k) => link.has(k))) return link;
  const kept = new URLSearchParams([...new URLSearchParams(REMEMBERED ?? '')].filter(([k]) => ANSWER_KEYS.includes(k)));
  const lang = link.get('lang');
  if (lang !== null) kept.set('lang', lang);
  return kept;
};
// The first view's example dates are the build day's. Moved now, before the first paint where
// the browser allows, to the start the app will use, so they do not change when it takes over:
// the last usable start of those answers, else today.
{
  const view = document.querySelector('#pp-root > .pp-app');
  const to = startingAnswers().getAll('start').map(parseIso).filter((d) => d !== null).pop() ?? today();
  if (view && to !== null) retime(view, PROLOPATH_DATE_WORDS, to);
}

/** What the app picks its language from, in its order (src/startup.rs `page`), as settings for
 *  assets/failure.js (a later usable one wins): the clinic's file (`file`), the page's own
 *  language (es.html's), the remembered answers' language, then the link's, each read as the app
 *  reads it (src/model/query.rs `param`: the first `lang=`, as written). Only `lang` from the
 *  page, the device and the link: they never set a number. */
const langSettings = (/** @type {string} */ file) => {
  const param = (/** @type {string} */ query) =>
    query.replace(/^\?/, '').split('&').find((pair) => pair.startsWith('lang='))?.slice(5);
  const asked = [PAGE_LANG ?? undefined, param(REMEMBERED ?? ''), param(location.hash.slice(1))]
    .filter((lang) => lang !== undefined)
    .map((lang) => new URLSearchParams({ lang }).toString());
  return [file, ...asked];
};
const loadTexts = loader(PROLOPATH_FILES, import.meta.url);
/** The page's own note, in the page's language, as the build wrote it. */
const PAGE_NOTE = [...(document.querySelector('.pp-load-failed')?.childNodes ?? [])];

/**
 * The running app stopped (at its start or later): the app's own failure message in its place,
 * in the language and with the number it showed (src/web/failure.rs); should even that fail,
 * none half-drawn, and the page's note.
 */
const stop = onStop(PROLOPATH_WASM, () => {
  try {
    stopped();
  } catch (error) {
    document.querySelector('#pp-root .pp-failure')?.remove();
    failed(error);
  }
});
let noted = false;

/**
 * The wasm could not start: the prerendered page stays (care levels included); say so. For
 * someone who reads another language than the first view's (the link's, the remembered, the
 * clinic's or the browser's, as the app picks it), the note is the app's own failure message in
 * theirs, with every emergency sign and the number to call (the clinic's file, else a guess from
 * the browser's region), as a widget says it: text only.
 * @param {unknown} error
 */
function failed(error) {
  console.error(error);
  if (stop(error) || noted) return;
  const note = document.querySelector('.pp-load-failed');
  if (!note) return;
  // The app stopped and says so itself, in its language, with the care signs: no second message.
  if (document.querySelector('#pp-root .pp-failure')) return;
  noted = true;
  note.removeAttribute('hidden');
  let drawn = JSON.stringify(null);
  const draw = (/** @type {string} */ file) => {
    // Null for the page's own language: its note, as built, and the first view's care levels,
    // whose emergency heading gets the clinic's number when its settings give one, and the
    // "call your clinic today" level its phones.
    const settings = langSettings(file);
    const message = failureMessage(PROLOPATH_FAILURE, settings, navigator.language);
    // The first level's heading is the emergency one.
    const heading = message ? null : clinicHeading(PROLOPATH_FAILURE, settings);
    if (heading) document.querySelector('#pp-root .pp-level h3')?.replaceChildren(heading);
    // Its "call your clinic today" level gets the clinic's phones, as the app shows them: only
    // from the clinic's file, so once (the page, the device and the link never set a phone);
    // never in a live app's view (left when the app stopped and its message could not be drawn).
    const phones = message ? [] : clinicPhones(PROLOPATH_FAILURE, settings);
    document.querySelector('#pp-root > .pp-app:not([data-live]) [data-level=today] ul')?.before(...phones.map(([label, number, href]) => {
      const p = document.createElement('p');
      p.append(`${label}: `, Object.assign(document.createElement('a'), { href, textContent: number }));
      return p;
    }));
    // Said again (an alert is read out) only when it changes: the clinic's number, say.
    const key = JSON.stringify(message);
    if (key === drawn) return;
    // With the message, the note's link to the page built in its language (es.html's, say),
    // which has every care level in it and works without the app.
    const link = PAGE_NOTE.filter((n) => n instanceof Element && n.getAttribute('lang') === message?.lang);
    const parts = message ? [...failureNodes(document, message.parts), ...link] : PAGE_NOTE;
    note.replaceChildren(...parts);
    if (message) note.setAttribute('lang', message.lang);
    else note.removeAttribute('lang');
    drawn = key;
  };
  try {
    draw('');
  } catch {}
  settingsRead.then((file) => file && draw(file)).catch(() => {});
}

// The wasm, the settings and a language's texts are fetched once the page's first view is on
// screen (the browser reports its first contentful paint): that view is whole (the care levels
// too), and the wasm, the largest file, then neither competes with it for a slow network nor
// delays its paint. The app still replaces the view in one frame. A tab opened in the background
// paints nothing until shown, so it starts at once; a browser that does not report paints waits
// two frames; none waits over 3 seconds.
const painted = /** @type {Promise<void>} */ (new Promise((done) => {
  setTimeout(done, 3000);
  // A tab hidden before it paints paints nothing until shown.
  addEventListener('visibilitychange', () => document.hidden && done());
  if (document.hidden) done();
  else if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));
  } else {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      done();
    }).observe({ type: 'paint', buffered: true });
  }
}));

/**
 * The page opens with the app's first view (prerendered); the app replaces it. Answers a patient
 * changed there before the app started go into the link's fragment, where the app reads them,
 * and the control they were on keeps the focus.
 */
function takeOver(/** @type {string} */ text) {
  // Over the answers the app starts from, so a change here does not replace the rest of them.
  const link = startingAnswers();
  let changed = false;
  for (const e of document.querySelectorAll('#pp-root input, #pp-root select')) {
    if (!(e instanceof HTMLInputElement || e instanceof HTMLSelectElement)) continue;
    // A caution or a value ticked (`pp-caution-<code>`) goes into its list.
    const [, kind, code] = /^pp-(caution|value)-(.+)/.exec(e.id) ?? [];
    if (kind && e instanceof HTMLInputElement) {
      if (e.checked === e.defaultChecked) continue;
      const list = new Set(link.get(`${kind}s`)?.split(',').filter(Boolean));
      list[e.checked ? 'add' : 'delete'](code);
      link.set(`${kind}s`, [...list].join(','));
      changed = true;
      continue;
    }
    const moved = e instanceof HTMLSelectElement ? !e.options[e.selectedIndex]?.defaultSelected
      : e.type === 'radio' ? e.checked && !e.defaultChecked
      : e.value && e.value !== e.defaultValue; // a date half typed is ''
    if (e.name && moved) {
      link.set(e.name, e.value);
      changed = true;
    }
  }
  if (changed) history.replaceState(history.state, '', `#${link}`);
  // "Remember my answers" ticked here: the app starts remembering them (it reads the device).
  if (/** @type {HTMLInputElement | null} */ (document.getElementById('pp-remember'))?.checked) {
    try {
      localStorage.setItem(PROLOPATH_ANSWERS.stored, `${link}`);
    } catch {}
  }
  // The focused control by its id, else (a link in a section has none) as the same kind of
  // control with the same words and link, counted among those alike: the app's view has the same
  // controls in the same order, give or take one ("Forget my answers", say).
  const active = document.activeElement;
  const focused = active?.id;
  const like = (/** @type {Element | null} */ root) => [...root?.querySelectorAll('a,button,summary') ?? []]
    .filter((e) => e.tagName === active?.tagName && e.getAttribute('href') === active.getAttribute('href') && e.textContent === active.textContent);
  const place = like(document.getElementById('pp-root')).indexOf(/** @type {Element} */ (active));
  start(text, loadTexts);
  if (!focused && place < 0) return;
  let frames = 600;
  const refocus = () => {
    const app = document.querySelector('.pp-app[data-live]');
    if (app) /** @type {HTMLElement | undefined} */ (focused ? document.getElementById(focused) : like(app)[place])?.focus();
    else if (--frames) requestAnimationFrame(refocus);
  };
  refocus();
}

// Then the wasm and the clinic's settings file beside the app, side by side.
const settingsRead = painted.then(() => readSettings(import.meta.url));

// The language the app will pick (the link's, else the remembered, else the page's own, else
// the clinic file's once read, else the browser's): what it fetches before it starts is fetched
// alongside the wasm, not after (src/web/mod.rs `start`): the language's texts where they are a
// file (Spanish), and its sections unless the first view is in it (its own are in the page).
{
  /** @type {Set<string>} */
  const fetched = new Set();
  const early = (/** @type {string} */ file) => {
    const lang = pickLang(PROLOPATH_FAILURE, langSettings(file), navigator.language);
    if (fetched.has(lang)) return;
    fetched.add(lang);
    const first = lang === (PAGE_LANG ?? 'en');
    for (const name of [lang, ...(first ? [] : [`islands-${lang}`])]) if (Object.hasOwn(PROLOPATH_FILES, name)) loadTexts(name).catch(() => {});
  };
  painted.then(() => early(''));
  settingsRead.then(early, () => {});
}
Promise.all([
  painted.then(() => init({ module_or_path: new URL(PROLOPATH_WASM, import.meta.url) })),
  settingsRead,
])
  .then(([, text]) => takeOver(text))
  .catch(failed)
  // In a frame sandboxed without allow-same-origin, reading navigator.serviceWorker throws.
  .finally(() => {
    try {
      keepOffline();
    } catch {}
  });

// Inside a frame: tell the host page the content's height, so it can size the frame with no
// inner scrollbar. The message is {type: 'prolopath:height', height: <CSS pixels>}.
if (window.parent !== window && 'ResizeObserver' in window) {
  const root = document.documentElement;
  new ResizeObserver(() => {
    parent.postMessage({ type: 'prolopath:height', height: Math.ceil(root.getBoundingClientRect().height) }, '*');
  }).observe(root);
}

/**
 * The offline worker, registered once the app has started (or failed to): its first install
 * copies every file, and the page's own first paint and wasm come before that, not beside it (the
 * copies then mostly come from the browser's cache).
 */
function keepOffline() {
  if (!OFFLINE || !('serviceWorker' in navigator)) return;
  let applying = false;
  navigator.serviceWorker
    .register(new URL('./sw.js', import.meta.url), { scope: './' })
    .then((reg) => {
      const announce = () => offerUpdate(() => {
        applying = true;
        reg.waiting?.postMessage('skip-waiting');
      });
      if (reg.waiting && navigator.serviceWorker.controller) announce();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      });
    })
    .catch((error) => console.warn('ProloPath works, but not offline:', error));
  // Reload only for an update the patient asked for, not when the first worker takes over.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) location.reload();
  });
}

let updateOffered = false;
/**
 * "A new version of this page is ready" with a reload button, in the running app's box for it
 * (src/app/mod.rs: an empty `role=status` box at its top), in the app's language: written when
 * the app is running (it may start after the worker finds the new version), and again when the
 * app changes language. The link holds the answers, so the reload loses nothing.
 * @param {() => void} apply
 */
function offerUpdate(apply) {
  const root = document.getElementById('pp-root');
  // Once: a later version found while one waits is the same offer (`apply` asks the worker
  // waiting at the time of the click).
  if (!root || updateOffered) return;
  updateOffered = true;
  const show = () => {
    const app = root.querySelector('.pp-app[data-live]');
    const box = app?.querySelector('.pp-update');
    if (!box) return;
    const lang = app?.getAttribute('lang') ?? '';
    const [ready, reload] = PROLOPATH_UPDATE[lang] ?? PROLOPATH_UPDATE.en;
    let p = box.querySelector('p');
    if (p?.lang === lang) return;
    // Written once, then its words changed in place: the button keeps the focus.
    if (!p) {
      p = document.createElement('p');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'pp-button';
      button.addEventListener('click', apply);
      p.append('', button);
      box.replaceChildren(p);
    }
    p.lang = lang;
    p.firstChild?.replaceWith(`${ready} `);
    /** @type {HTMLElement} */ (p.lastElementChild).textContent = reload;
  };
  new MutationObserver(show).observe(root, { subtree: true, childList: true, attributeFilter: ['lang', 'data-live'] });
  show();
}

// ProloPath as a custom element for a clinic's own pages:
//   <script type="module" src="https://YOUR-HOST/prolopath/embed.js"></script>
//   <prolo-path clinic-name="..." clinic-phone="..." region="US" accent="#0a6640" lang="es"></prolo-path>
// Every URL here resolves against this file, never against the host page.
// scripts/bundle.mjs bundles it with shared.js and the build's hashed names (PROLOPATH_*);
// postbuild writes it as embed.js (a stable name).
// @ts-check
import init, { Widget, stopped } from 'prolopath:glue';
import { failureMessage, failureNodes } from './failure.js';
import { loader, onStop, readSettings } from './shared.js';

const here = import.meta.url;
const loadTexts = loader(PROLOPATH_FILES, here);
// The settings an element may carry: written by the build from the app's one list
// (src/settings.rs SETTINGS), never by hand.
const SETTINGS = PROLOPATH_SETTINGS;

// One wasm instance and one read of the clinic's settings.json for every widget on the page.
/** @type {Promise<string> | undefined} */
let settingsRead;
/** @type {Promise<string> | undefined} */
let ready;
const start = () =>
  (ready ??= Promise.all([init({ module_or_path: new URL(PROLOPATH_WASM, here) }), (settingsRead ??= readSettings(here))]).then(
    ([, settings]) => settings,
  ));

/**
 * The app's own failure message in `root`, in the element's language with its number, at once
 * from the element's attributes, then again with the clinic's settings.json when it has come.
 * Text only. Should anything go wrong here, one sentence that still says what to do.
 * @param {Element} root
 * @param {string} attrs the element's settings as a query string
 */
const showFailure = (root, attrs) => {
  let drawn = '';
  const draw = (/** @type {string} */ file) => {
    try {
      const message = failureMessage(PROLOPATH_FAILURE, [file, attrs], navigator.language);
      // Every language's words are here, so a message comes; else the sentence below.
      if (!message) throw new Error('ProloPath: no failure message');
      // Drawn again (an alert is read out again) only when the clinic's file changes it.
      const key = JSON.stringify(message);
      if (key === drawn) return;
      drawn = key;
      const { lang, parts } = message;
      const box = document.createElement('div');
      box.className = 'pp-failure';
      box.setAttribute('role', 'alert');
      box.lang = lang;
      box.append(...failureNodes(document, parts));
      root.replaceChildren(box);
    } catch {
      root.textContent = 'ProloPath could not start. Please reload the page. In an emergency, call your local emergency number.';
    }
  };
  draw('');
  (settingsRead ?? Promise.resolve('')).then((file) => file && root.isConnected && draw(file), () => {});
};

/** The elements on the page, each with its widget's root. @type {Map<Element, Element>} */
const shown = new Map();
/** Whether the widgets' code has stopped: nothing calls it again. */
let halted = false;
/**
 * The widgets' code stopped (it trapped): the app's own failure message in every widget's place,
 * in the language and with the number each showed (src/web/failure.rs); should even that fail,
 * this loader's own, from each element's attributes.
 */
const stop = onStop(PROLOPATH_WASM, () => {
  // No widget on the page: nothing to replace, and nothing to stop yet.
  if (!shown.size) return false;
  halted = true;
  try {
    if (!stopped()) throw new Error('ProloPath: no widget took the failure message');
  } catch (error) {
    console.error('ProloPath stopped:', error);
    for (const [el, root] of shown) showFailure(root, attributes(el));
  }
  return true;
});

/** Attributes any element may carry (and a framework's, `_ngcontent-...`): never taken for a misspelled setting. */
const GLOBAL = /^(data-|aria-|on|_)|^(id|class|style|title|hidden|tabindex|role|slot|part|dir|inert|translate|nonce|is|itemprop|itemscope|itemtype|accesskey|contenteditable|draggable|spellcheck|autofocus|popover)$/;
/** `debug` on, as src/settings.rs reads it (present with no value, or true, 1, on). */
const debugging = (/** @type {Element} */ el) => ['', 'true', '1', 'on', 'debug'].includes(el.getAttribute('debug')?.trim() ?? 'off');
/**
 * The element's settings as a query string; with `debug`, also the names that are no setting
 * (a typo such as `clinic_phone`), for the app to list.
 * @param {Element} el
 */
const attributes = (el) =>
  new URLSearchParams(
    el
      .getAttributeNames()
      .filter((a) => SETTINGS.includes(a) || (debugging(el) && !GLOBAL.test(a)))
      .map((a) => [a, el.getAttribute(a) ?? '']),
  ).toString();

class ProloPath extends HTMLElement {
  static observedAttributes = SETTINGS;
  /** @type {import('prolopath:glue').Widget | null | undefined} */
  widget;

  connectedCallback() {
    if (this.widget) return;
    let shadow = this.shadowRoot;
    if (!shadow) {
      const own = (shadow = this.attachShadow({ mode: 'open' }));
      // In-widget links (#pp-care, the sources) scroll inside the widget; the host's address stays.
      shadow.addEventListener('click', (event) => {
        const link = /** @type {Element | null} */ (event.target)?.closest?.('a[href^="#"]');
        if (!link) return;
        event.preventDefault();
        const target = /** @type {HTMLElement | null} */ (own.getElementById((link.getAttribute('href') ?? '').slice(1)));
        if (!target) return;
        target.scrollIntoView();
        // As a page's own #link would: the next Tab goes on from the target.
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      });
    }
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL(PROLOPATH_CSS, here).href;
    const root = document.createElement('div');
    root.className = 'pp-embed';
    shadow.replaceChildren(css, root);
    shown.set(this, root);
    if (halted) {
      showFailure(root, attributes(this));
      return;
    }
    const styled = new Promise((ok) => { css.onload = css.onerror = () => ok(undefined); });
    Promise.all([start(), styled])
      .then(([settings]) => {
        if (!this.isConnected || !root.isConnected) return;
        if (halted) showFailure(root, attributes(this));
        else this.widget = new Widget(root, settings, attributes(this), loadTexts);
      })
      .catch((error) => {
        console.error('ProloPath could not start:', error);
        if (stop(error) && root.querySelector('.pp-failure')) return;
        showFailure(root, attributes(this));
      });
  }

  disconnectedCallback() {
    // Unmounts the app and frees its memory; connecting again mounts a new one (or, after a
    // stop, the failure message), even should the unmounting fail.
    shown.delete(this);
    const widget = this.widget;
    this.widget = null;
    this.shadowRoot?.replaceChildren();
    if (!halted) widget?.destroy();
  }

  attributeChangedCallback() {
    if (!halted) this.widget?.update(attributes(this));
  }
}

if (!customElements.get('prolo-path')) customElements.define('prolo-path', ProloPath);

// @ts-check
// The page's first view is built once, with example dates from the build day; the app shows
// them from today (or the link's start date). So that the dates a patient reads in the first
// view do not jump when the app takes over, the loader moves them to that day first, in the
// app's own forms of the page's language (`Texts::date`, `Texts::short_date` in src/text/en.rs
// and es.rs) with its words (both from `prerender --date-words`). Text nodes only.
// tests/scripts/dates.test.mjs checks the forms against the app's on one table of dates a
// language; tests/e2e/first-view.test.mjs checks the pages.

/** @typedef {{ months: string[], weekdays: string[], long: string, short: string }} DateWords
 *  weekdays Monday first; `long` and `short` are the forms, with {w} {d} {m} {y} for the
 *  weekday, day, month and year, such as `{w}, {m} {d}, {y}` */

const DAY = 864e5;

/**
 * A day as the app takes one, `YYYY-MM-DD` in the app's years (1900 to 2199, src/model/date.rs),
 * as days since 1970-01-01; else null.
 * @param {string | null | undefined} text
 */
export const parseIso = (text) => {
  const t = (text ?? '').trim();
  const ms = Date.parse(t);
  return /^\d{4}-\d\d-\d\d$/.test(t) && iso(ms / DAY) === t ? inYears(ms / DAY) : null;
};

/** @param {number} days */
const iso = (days) => (days === days ? new Date(days * DAY).toISOString().slice(0, 10) : '');

/** The day if it is in the app's years (1900-01-01 is day -25567, 2200-01-01 day 84006), else null.
 * @param {number} days */
const inYears = (days) => (days >= -25567 && days < 84006 ? days : null);

/** Today on this device's clock, as the app reads it (src/web/clock.rs): the local date. */
export const today = () => {
  const now = new Date();
  return inYears(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY);
};

/**
 * A date as the app writes it in the page's language: `Tue, Nov 24, 2026` (long) or `Nov 24` in
 * English, `martes 24 nov 2026` or `24 nov` in Spanish.
 * @param {number} days since 1970-01-01
 * @param {DateWords} w
 * @param {boolean} long
 */
export const dateText = (days, w, long) => {
  const d = new Date(days * DAY);
  /** @type {Record<string, string>} */
  const parts = { w: w.weekdays[(d.getUTCDay() + 6) % 7], d: String(d.getUTCDate()), m: w.months[d.getUTCMonth()], y: String(d.getUTCFullYear()) };
  return (long ? w.long : w.short).replace(/\{([wdmy])\}/g, (_, k) => parts[k]);
};

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Any long date in the words' form, inside a sentence too.
 * @param {DateWords} w
 */
const longDates = (w) => {
  /** @type {Record<string, string>} */
  const any = { w: `(?:${w.weekdays.map(escape).join('|')})`, d: '\\d+', m: `(?:${w.months.map(escape).join('|')})`, y: '\\d{4}' };
  return new RegExp(w.long.split(/(\{[wdmy]\})/).map((piece) => (/^\{[wdmy]\}$/.test(piece) ? any[piece[1]] : escape(piece))).join(''), 'g');
};

/**
 * Moves the example dates of a first view (`.pp-app` as built, for the day in its `data-state`)
 * to `to`: every date a whole number of weeks (up to 200) after that day, in either form, in
 * every text node; the start field's default (unless the patient typed a date); `data-state`.
 * @param {Element} view
 * @param {DateWords} words
 * @param {number} to
 */
export function retime(view, words, to) {
  const state = (view.getAttribute('data-state') ?? '').split(' ');
  const from = parseIso(state[3]);
  if (from === null || from === to) return;
  /** @type {Map<string, string>} */
  const moved = new Map();
  for (let k = 0; k <= 1400; k += 7) {
    for (const long of [true, false]) moved.set(dateText(from + k, words, long), dateText(to + k, words, long));
  }
  // A long date also inside a sentence; a short one only as a whole text (the timeline's marks).
  const long = longDates(words);
  const walk = document.createTreeWalker(view, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node; (node = walk.nextNode()); ) {
    const text = /** @type {CharacterData} */ (node);
    const next = moved.get(text.data) ?? text.data.replace(long, (d) => moved.get(d) ?? d);
    if (next !== text.data) text.data = next;
  }
  const start = /** @type {HTMLInputElement | null} */ (view.querySelector('input[type=date]'));
  if (start && start.value === start.defaultValue) start.defaultValue = iso(to);
  state[3] = iso(to);
  view.setAttribute('data-state', state.join(' '));
}

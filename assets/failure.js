// @ts-check
// What a widget says when it cannot start at all (its wasm did not load), and what the page's
// note says when its wasm did not load for someone who reads another language than the page's
// first view: the app's own failure message (src/web/failure.rs), in their language, with the
// number to call and the clinic's phones. The words come
// from the build (`prerender --failure`, PROLOPATH_FAILURE in embed.js); the number is picked the
// way the app picks it (Settings::emergency in src/settings.rs): the clinic's own number, else its
// region's, else the browser's region's (a guess, said as one), else none; the phones as the app
// takes them (a later usable one wins). Text only: the caller
// puts each part in with textContent. tests/scripts/failure.test.mjs tests it, and runs the table
// of cases tests/fixtures/widget-failure.tsv that tests/startup.rs runs against the app.

/**
 * @typedef {{ title: string, body: string, care: string, lead: string, clinic: string, guessed: string, unknown: string, go: string, signs: string[], others: string, phones: [string, string], reach: string }} FailureTexts
 *   `phones`: the labels of the clinic's phone and its after-hours phone
 * @typedef {{ langs: Record<string, FailureTexts>, emergency: string, tags?: string[], heading?: string, phones?: [string, string] }} Failure
 *   `tags`: every language of the app, when `langs` has words for only some of them (the page's
 *   loader has none for the page's own language); `heading`, `phones`: the page's own language's
 *   emergency heading with a number in it (`{n}`) and its phones' labels, for its first view
 */

/** White space as Rust's `char::is_whitespace` has it: JS's `\s` also has a byte-order mark
 *  (U+FEFF) and lacks U+0085, so a value with one of them would be taken here and refused by the
 *  app, or the other way. */
const SPACE = '(?:[^\\S\\ufeff]|\\x85)';

/**
 * A setting's value without the white space around it, as Rust's `str::trim` takes it off.
 * @param {string} text
 */
const trim = (text) => text.replace(new RegExp(`^${SPACE}+|${SPACE}+$`, 'g'), '');

/**
 * A phone number as the app takes one (src/settings.rs `Phone::parse`): `min` to `max` digits,
 * written the way people write numbers (digits, spaces, - ( ) . and a leading +), at most 32
 * characters.
 * @param {string} text
 * @param {number} min
 * @param {number} max
 * @returns {string | null} the number as written, trimmed
 */
const phone = (text, min, max) => {
  // Any space inside (a no-break space pasted from a web page) is a space, as in Phone::parse.
  const t = trim(text).replace(new RegExp(SPACE, 'g'), ' ');
  const digits = (t.match(/[0-9]/g) ?? []).length;
  return t.length <= 32 && digits >= min && digits <= max && /^\+?[0-9 ().-]*$/.test(t) ? t : null;
};

/**
 * An emergency number as the app takes one: 2 to 6 digits.
 * @param {string} text
 */
export const emergencyNumber = (text) => phone(text, 2, 6);

/**
 * A region's emergency number from the build's table (`US911 GB999 ...`), any case.
 * @param {string} table
 * @param {string} code
 */
const regionNumber = (table, code) =>
  /^[A-Za-z]{2}$/.test(code) ? (table.split(' ').find((e) => e.slice(0, 2) === code.toUpperCase())?.slice(2) ?? null) : null;

/**
 * What the message goes by: its language (the last usable `lang` of the settings, else the
 * browser's, else English, as the app picks it when its wasm has not come), and the clinic's own
 * number or its region's.
 * @param {Failure} failure
 * @param {string[]} settings
 * @param {string | undefined} browser
 */
const pick = (failure, settings, browser) => {
  const primary = (/** @type {string} */ tag) => trim(tag).split(/[-_]/)[0].toLowerCase();
  const speaks = (/** @type {string} */ l) => (failure.tags ?? Object.keys(failure.langs)).includes(l);
  /** @type {{ lang?: string, own?: string, region?: string, phones: (string | null)[] }} */
  const use = { phones: [null, null] };
  for (const query of settings) {
    new URLSearchParams(query).forEach((value, key) => {
      const i = ['clinic-phone', 'after-hours-phone'].indexOf(key);
      if (i >= 0) use.phones[i] = phone(value, 3, 15) ?? use.phones[i];
      if (key === 'emergency-number') use.own = emergencyNumber(value) ?? use.own;
      if (key === 'region') use.region = regionNumber(failure.emergency, trim(value)) ?? use.region;
      if (key === 'lang' && speaks(primary(value))) use.lang = primary(value);
    });
  }
  return { ...use, lang: use.lang ?? [primary(browser ?? '')].find(speaks) ?? 'en' };
};

/**
 * The message's parts as elements of `doc` (the page's document), each with its text as text
 * (never parsed as HTML). Typed without the DOM's names: the worker's type check reads this file.
 * @template {object} E
 * @param {{ createElement: (tag: string) => E }} doc
 * @param {[string, string][]} parts
 * @returns {(E & { textContent: string })[]}
 */
export const failureNodes = (doc, parts) => parts.map(([tag, text]) => Object.assign(doc.createElement(tag), { textContent: text }));

/**
 * The language the app picks from these settings (the last usable `lang`), else the browser's,
 * else English: what the page's loader fetches early (the app's order, src/startup.rs `page`,
 * when `settings` are the clinic's file, the page's own language (es.html's), the remembered
 * answers, then the link).
 * @param {Failure} failure
 * @param {string[]} settings
 * @param {string | undefined} browser
 */
export const pickLang = (failure, settings, browser) => pick(failure, settings, browser).lang;

/**
 * The emergency heading of the page's own first view with the clinic's number in it ("Call 555
 * now"), when its settings give one (its own number, else its region's): the first view is built
 * with "your local emergency number", and stays when the wasm cannot start. Null without a
 * clinic's number (a guess from the browser's region is for the app's own message to say) or
 * without the words.
 * @param {Failure} failure the build's words and table
 * @param {string[]} settings as for `failureMessage`
 * @returns {string | null}
 */
export const clinicHeading = (failure, settings) => {
  const { own, region } = pick(failure, settings, undefined);
  const number = own ?? region;
  return number && failure.heading ? failure.heading.replace('{n}', number) : null;
};

/**
 * The clinic's phones as its "call your clinic today" level says them, each with its label
 * (`labels`, in the message's language) and the number as written, and its `tel:` link.
 * @param {[string, string] | undefined} labels
 * @param {(string | null)[]} phones
 * @returns {[string, string, string][]} [label, number, link] for each phone the settings give
 */
const phoneLines = (labels, phones) => labels ? phones.flatMap((p, i) => p ? [[labels[i], p, `tel:${(p[0] === '+' ? p.replace(/\(0\)/g, '') : p).replace(/[^+0-9]/g, '')}`]] : []) : [];

/**
 * The clinic's phones for the page's own first view, in its language (`failure.phones`): none
 * without the words or the settings.
 * @param {Failure} failure
 * @param {string[]} settings as for `failureMessage`
 */
export const clinicPhones = (failure, settings) => phoneLines(failure.phones, pick(failure, settings, undefined).phones);

/**
 * The failure message: its language and its parts, as [tag, text] pairs; null when the build gave
 * no words for the language picked (the page's loader has none for the page's own).
 * @param {Failure} failure the build's words and table
 * @param {string[]} settings the clinic's settings.json, then the element's attributes, each as
 *   a query string: a later usable value wins, as in the app
 * @param {string | undefined} browser the browser's language tag, such as `en-GB`
 * @returns {{ lang: string, parts: [string, string][] } | null}
 */
export const failureMessage = (failure, settings, browser) => {
  const { lang, own, region, phones } = pick(failure, settings, browser);
  if (!Object.hasOwn(failure.langs, lang)) return null;
  const t = failure.langs[lang];
  // The clinic's own number, else its region's, else the browser's region's (a guess).
  const number = own ?? region;
  const guess = number ? null : regionNumber(failure.emergency, (browser ?? '').split(/[-_]/)[1] ?? '');
  const heading = number ? t.clinic.replace('{n}', number) : guess ? t.guessed.replace('{n}', guess) : t.unknown;
  /** @type {[string, string][]} */
  const parts = [['h2', t.title], ['p', t.body], ['h3', t.care], ['p', t.lead], ['h4', heading], ['p', t.go],
    ...t.signs.map((s) => /** @type {[string, string]} */ (['p', s])), ['p', t.others],
    ...phoneLines(t.phones, phones).map(([label, p]) => /** @type {[string, string]} */ (['p', `${label}: ${p}`])), ['p', t.reach]];
  return { lang, parts };
};

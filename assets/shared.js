// Shared by boot.js and embed.js: scripts/postbuild.mjs puts it where they say __SHARED__.

// The clinic's settings.json as a query string. Text that is not a JSON object goes through
// as `settings.json=<text>`, and the app names it as a problem.
const settingsQuery = (text) => {
  if (text == null) return '';
  try {
    const json = JSON.parse(text);
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      const text = (v) => (Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v : JSON.stringify(v));
      return new URLSearchParams(Object.entries(json).map(([k, v]) => [k, text(v)])).toString();
    }
  } catch {
    // not JSON: reported below
  }
  return new URLSearchParams({ 'settings.json': text }).toString();
};

// Files fetched only when wanted, by name: a language's texts (English is built in), and the
// sections the answers never change, as the build made them for a language (the page has its
// own language's in its HTML; a widget fetches them).
const FILES = { es: './__ES__', 'islands-en': './__ISLANDS_EN__', 'islands-es': './__ISLANDS_ES__' };
const fetched = {};
const loadTexts = (name) =>
  (fetched[name] ??= fetch(new URL(FILES[name], import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
    return r.text();
  }).catch((error) => {
    delete fetched[name]; // try again next time
    throw error;
  }));

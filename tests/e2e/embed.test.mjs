// Embedding in a clinic's own pages: the custom element and the iframe, on host pages from
// examples/ served from another origin (as a clinic's site would be), plus hostile input.
import { after, before } from 'node:test';
import { test } from './evidence.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DIST, FAKE, OUT, refuseNextInsertion, settingsKeys, start } from './app.mjs';
import { nginx } from './nginx.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LISTED = 'http://127.0.0.1:8080/'; // where the examples expect the app (scripts/serve.sh)

let app;
let host;
before(async () => {
  app = await start();
  host = await hostSite(app.server.url);
});
after(async () => {
  await host?.stop();
  await app?.stop();
});

/** The examples as a clinic's site on its own origin, pointing at the app under test. */
async function hostSite(appUrl) {
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://host').pathname.slice(1);
    if (name === 'favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let html;
    if (name === 'blank.html') {
      html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
        <script type="module" src="${LISTED}embed.js"></script></head><body><main id="slot"></main></body></html>`;
    } else if (/^[a-z-]+\.html$/.test(name)) {
      try {
        html = readFileSync(join('examples', name), 'utf8');
      } catch {
        html = null;
      }
    }
    if (!html) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html.replaceAll(LISTED, appUrl));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((ok) => server.close(ok)),
  };
}

/** A page of the host site, recording errors, warnings and any call of the XSS trap. */
async function visit(name, { block = false, blockIslands = false, downloads = false } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: downloads });
  await context.addInitScript(() => {
    window.__xssCalls = 0;
    window.__xss = () => { window.__xssCalls += 1; };
    window.alert = () => { window.__xssCalls += 1; };
  });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const errors = [];
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if (block) await page.route('**/embed.js', (r) => r.abort());
  // true blocks every language's built sections; a tag ('es') blocks that language's only.
  if (blockIslands) await page.route(`**/islands-${blockIslands === true ? '' : `${blockIslands}-`}*.html`, (r) => r.abort());
  await page.goto(host.url + name);
  return { page, errors, warnings };
}

const plan = (widget) => widget.locator('.pp-app[data-live]').waitFor();
const stateOf = (widget) => widget.locator('.pp-app').getAttribute('data-state');

/** What the host page itself looks like: computed styles of its own elements, and its head. */
const hostLooks = (page) =>
  page.evaluate(() => {
    const props = ['font-family', 'font-size', 'color', 'background-color', 'margin-top', 'line-height', 'letter-spacing'];
    const style = (sel) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return props.map((p) => cs.getPropertyValue(p)).join('|');
    };
    return {
      styles: ['html', 'body', '#host-title', '#host-text', '#host-footer'].map(style),
      sheets: document.styleSheets.length,
      head: document.head.children.length,
      title: document.title,
      lang: document.documentElement.lang,
      href: location.href,
    };
  });

/** Pixels that differ between two PNGs (decoded in the browser), or their sizes when they differ. */
async function compare(a, b) {
  const page = await app.browser.newPage();
  try {
    return await page.evaluate(async ([a, b]) => {
      const load = async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        return img;
      };
      const [x, y] = [await load(a), await load(b)];
      // The same layout at a different fractional offset snaps to a pixel more or less: compared
      // over the common area (the layout itself is compared exactly by the caller).
      if (Math.abs(x.width - y.width) > 1 || Math.abs(x.height - y.height) > 1) return { sizes: [x.width, x.height, y.width, y.height] };
      const w = Math.min(x.width, y.width);
      const h = Math.min(x.height, y.height);
      const pixels = (img) => {
        const canvas = new OffscreenCanvas(w, h);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      const near = (a, i, b, j) => Math.abs(a[i] - b[j]) + Math.abs(a[i + 1] - b[j + 1]) + Math.abs(a[i + 2] - b[j + 2]) <= 48;
      // A pixel matches when the other picture has it within one pixel: text on a fractional
      // position is anti-aliased a little differently, which is no change of style.
      const found = (a, b, px, py) => {
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const nx = px + dx;
            const ny = py + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h && near(a, (py * w + px) * 4, b, (ny * w + nx) * 4)) return true;
          }
        }
        return false;
      };
      let differ = 0;
      for (let py = 0; py < h; py++) {
        for (let px = 0; px < w; px++) {
          const i = (py * w + px) * 4;
          if (!near(p, i, q, i) && (!found(p, q, px, py) || !found(q, p, px, py))) differ++;
        }
      }
      return { differ, total: w * h };
    }, [a.toString('base64'), b.toString('base64')]);
  } finally {
    await page.close();
  }
}

test('the plain page: the widget renders, answers, and carries the clinic\'s settings', async () => {
  const { page, errors } = await visit('plain.html');
  const widget = page.locator('prolo-path');
  await plan(widget);
  const before = await hostLooks(page);
  assert.equal(await stateOf(widget).then((s) => s.split(' ')[0]), 'knee');
  await widget.getByLabel('What do you want treated?').selectOption('achilles');
  await widget.getByLabel('Severe').check();
  await widget.locator('.pp-app[data-state^="achilles severe "]').waitFor();
  // The clinic shares the guide; it is not named as its author.
  await widget.getByText('Shared by Lakeside Clinic. The clinic did not write this guide.', { exact: true }).waitFor();
  await widget.getByRole('heading', { name: 'Call Lakeside Clinic today' }).waitFor();
  // The clinic set its region: the number is said as known, not as a guess.
  await widget.getByRole('heading', { name: 'Call 911 now', exact: true }).waitFor();
  assert.equal(await widget.getByRole('link', { name: '+1 555 010 2030' }).getAttribute('href'), 'tel:+15550102030');
  const button = widget.locator('.pp-take-along .pp-button').first();
  assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(10, 102, 64)', 'the clinic\'s accent');
  // In-widget links scroll inside the widget and leave the host page's address alone.
  await widget.locator('.pp-jump').click();
  assert.equal(await widget.locator('#pp-care').evaluate((el) => el.getRootNode().activeElement === el), true, 'focus moves to the care levels');
  const after = await hostLooks(page);
  assert.deepEqual(after, before, 'the host page keeps its address, title, language and styles');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored in the host\'s storage');
  const { violations } = await new AxeBuilder({ page }).include('prolo-path').withTags(TAGS).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a hostile page\'s CSS changes nothing inside the widget, and the widget nothing outside', async () => {
  const shots = {};
  const boxes = {};
  for (const name of ['plain.html', 'hostile.html']) {
    const { page, errors } = await visit(name);
    const widget = page.locator('prolo-path');
    await plan(widget);
    // Responds to input on both pages.
    await widget.getByLabel('What do you want treated?').selectOption('tennis-elbow');
    await widget.locator('.pp-app[data-state^="tennis-elbow "]').waitFor();
    await widget.getByLabel('What do you want treated?').selectOption('knee');
    await widget.locator('.pp-app[data-state^="knee "]').waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    shots[name] = await widget.locator('.pp-app').screenshot({ path: `${OUT}/embed-${name}.png`, animations: 'disabled' });
    boxes[name] = await widget.locator('.pp-app').evaluate((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]);
    assert.deepEqual(errors, [], name);
    const withWidget = await hostLooks(page);
    await page.close();
    // The same page without the widget's script: the host looks exactly the same.
    const bare = await visit(name, { block: true });
    await bare.page.locator('#host-footer').waitFor();
    assert.deepEqual(await hostLooks(bare.page), withWidget, `${name}: the host page is unaffected`);
    await bare.page.close();
  }
  // Exactly the same layout (to the fraction of a pixel), then the same pixels.
  assert.deepEqual(boxes['hostile.html'], boxes['plain.html'], 'the same size on both pages');
  const result = await compare(shots['plain.html'], shots['hostile.html']);
  console.log(`hostile page: ${JSON.stringify(result)} pixels differ from the plain page at the widget's bounds`);
  assert.ok(!result.sizes, `same size on both pages (to a pixel): ${result.sizes}`);
  assert.ok(result.differ / result.total < 0.002, `at most 0.2% of pixels differ: ${result.differ} of ${result.total}`);
});

test('two widgets work on their own; removing one unmounts it; attributes update it', async () => {
  const { page, errors } = await visit('two-widgets.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await plan(first);
  await plan(second);
  assert.deepEqual(
    await first.locator('#pp-condition option').evaluateAll((o) => o.map((x) => x.value)),
    ['knee', 'low-back'],
    'only the offered conditions',
  );
  assert.match(await stateOf(first), /^low-back /);
  assert.match(await stateOf(second), /^tennis-elbow /);
  await second.getByRole('heading', { name: 'Llame al 112 ahora' }).waitFor();
  const secondState = await stateOf(second);
  await first.getByLabel('What do you want treated?').selectOption('knee');
  await first.locator('.pp-app[data-state^="knee "]').waitFor();
  assert.equal(await stateOf(second), secondState, 'the other widget did not change');

  // An attribute change updates the live widget and keeps the patient's other answers.
  await second.getByLabel('Fuerte').check();
  await second.locator('.pp-app[data-state^="tennis-elbow severe "]').waitFor();
  await second.evaluate((el) => { el.setAttribute('lang', 'en'); el.setAttribute('condition', 'achilles'); });
  await second.locator('.pp-app[data-state^="achilles severe "]').waitFor();
  await second.getByRole('heading', { name: 'Call 112 now' }).waitFor();

  // Removing the element unmounts its app; the other goes on working.
  const removed = await first.evaluate((el) => {
    const shadow = el.shadowRoot;
    el.remove();
    return { left: shadow.childNodes.length, widget: el.widget };
  });
  assert.deepEqual(removed, { left: 0, widget: null });
  await second.getByLabel('What do you want treated?').selectOption('jaw');
  await second.locator('.pp-app[data-state^="jaw "]').waitFor();
  // Put back, it mounts afresh.
  await page.evaluate(() => {
    const el = document.createElement('prolo-path');
    el.id = 'again';
    el.setAttribute('condition', 'plantar');
    document.body.append(el);
  });
  await page.locator('#again .pp-app[data-state^="plantar "]').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe takes the settings from the clinic\'s settings.json and sizes itself to its content', async () => {
  // The clinic's copy of the app: its settings.json beside it (a link never carries settings).
  const dist = mkdtempSync(join(tmpdir(), 'prolopath-dist-'));
  cpSync(DIST, dist, { recursive: true });
  chmodSync(dist, 0o755); // nginx's workers run as nobody
  writeFileSync(join(dist, 'settings.json'), JSON.stringify({ 'clinic-name': 'Lakeside Clinic', 'clinic-phone': '+1 555 010 2030', accent: '#0a6640' }));
  const server = await nginx(dist);
  const clinicHost = await hostSite(server.url);
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`${clinicHost.url}iframe.html`);
    const frame = page.frameLocator('#prolopath-frame');
    await frame.locator('.pp-app[data-live]').waitFor();
    await frame.getByRole('heading', { name: 'Llame a Lakeside Clinic hoy' }).waitFor();
    const fits = () =>
      page.evaluate(() => {
        const el = document.getElementById('prolopath-frame');
        const doc = el.contentDocument?.documentElement; // null: another origin
        return { outer: el.getBoundingClientRect().height, doc: doc?.scrollHeight ?? null };
      });
    await page.waitForFunction(() => document.getElementById('prolopath-frame').getBoundingClientRect().height > 1500);
    const inner = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
    const { outer } = await fits();
    assert.ok(Math.abs(outer - inner.scroll) <= 1, `the frame (${outer}px) is as tall as its content (${inner.scroll}px)`);
    assert.ok(inner.scroll <= inner.client, 'no inner scrollbar');
    // The link keeps the patient's answers and language as they change them; no settings.
    await frame.getByLabel('¿Qué quiere tratar?').selectOption('plantar');
    await frame.locator('.pp-app[data-state^="plantar "]').waitFor();
    // The app writes its link just after the frame that shows the change.
    const link = await frame.locator('html').evaluate(async () => {
      while (!location.hash.includes('condition=plantar')) await new Promise(requestAnimationFrame);
      return location.href;
    });
    assert.match(link, /condition=plantar/);
    assert.match(link, /lang=es/);
    assert.doesNotMatch(link, /clinic-name/);
    // The frame may copy (its `allow="clipboard-write; web-share"`, as docs/clinics.md says):
    // without it the browser refuses and the patient reads "did not let us copy".
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(clinicHost.url).origin });
    await frame.getByRole('button', { name: 'Copiar un resumen' }).click();
    await frame.getByText('Resumen copiado.').waitFor();
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(summary.includes('Llame a Lakeside Clinic hoy'), summary.slice(0, 200));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await clinicHost.stop();
    await server.stop();
  }
});

test('a sandboxed frame with the tokens docs/clinics.md lists saves the calendar file; without allow-downloads it cannot', async () => {
  const saved = {};
  for (const sandbox of ['allow-scripts allow-same-origin allow-downloads', 'allow-scripts allow-same-origin']) {
    const frameHost = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="en"><title>Host</title><iframe id="f" title="What to expect" sandbox="${sandbox}" allow="clipboard-write; web-share" src="${app.server.url}" style="width:900px;height:800px"></iframe></html>`));
    await new Promise((ok) => frameHost.listen(0, '127.0.0.1', ok));
    const context = await app.browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${frameHost.address().port}/`);
      const frame = page.frameLocator('#f');
      await frame.locator('.pp-app[data-live]').waitFor();
      // The app cannot tell a refused download from a saved one: the browser is the witness.
      const download = page.waitForEvent('download', { timeout: 5000 }).then((d) => d.suggestedFilename(), () => null);
      await frame.getByRole('button', { name: 'Add the example dates to my calendar' }).click();
      saved[sandbox] = await download;
    } finally {
      await context.close();
      await new Promise((ok) => frameHost.close(ok));
    }
  }
  assert.deepEqual(saved, {
    'allow-scripts allow-same-origin allow-downloads': 'prolopath-plan.ics',
    'allow-scripts allow-same-origin': null,
  });
});

test('what the clinic puts inside the element shows whenever embed.js cannot load, and not once the widget has started', async () => {
  // docs/clinics.md: a wrong embed.js address, or a policy that blocks it, leaves the element
  // empty; the clinic's own words inside it (its phones, the emergency number) show instead.
  const fallback = (page) =>
    page.evaluate(() => {
      const el = document.createElement('prolo-path');
      el.setAttribute('clinic-name', 'Lakeside Clinic');
      el.innerHTML = '<p id="fallback">In an emergency, call 911. Lakeside Clinic: +1 555 010 2030.</p>';
      document.getElementById('slot').append(el);
    });
  const blocked = await visit('blank.html', { block: true });
  await fallback(blocked.page);
  await blocked.page.getByText('In an emergency, call 911.').waitFor();
  assert.equal(await blocked.page.locator('#fallback').evaluate((p) => p.checkVisibility()), true);
  await blocked.page.close();
  const { page, errors } = await visit('blank.html');
  await fallback(page);
  await plan(page.locator('prolo-path'));
  assert.equal(await page.locator('#fallback').evaluate((p) => p.checkVisibility()), false, 'the widget takes its place');
  await page.getByRole('heading', { name: 'Call Lakeside Clinic today' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('invalid settings: defaults, and one clear message per problem in the console and the widget', async () => {
  const { page, errors, warnings } = await visit('invalid-settings.html');
  const widget = page.locator('prolo-path');
  await plan(widget);
  // With `debug`, a misspelled attribute is named too (`after_hours_phone`); `id` and `data-*` are not.
  const keys = ['clinic-name', 'clinic-phone', 'emergency-number', 'region', 'accent', 'conditions', 'condition', 'lang', 'after_hours_phone'];
  const shown = await widget.locator('.pp-debug li').allTextContents();
  assert.equal(shown.length, keys.length, shown.join('\n'));
  for (const key of keys) {
    assert.equal(shown.filter((m) => m.startsWith(`ProloPath setting "${key}"`)).length, 1, key);
    assert.equal(warnings.filter((m) => m.startsWith(`ProloPath setting "${key}"`)).length, 1, key);
  }
  assert.ok(shown.some((m) => m.includes('got "javascript:alert(1)"') && m.includes('expected a colour')));
  // The defaults: every condition, English, 911, no clinic name.
  assert.equal(await widget.locator('#pp-condition option').count(), 9);
  await widget.getByRole('heading', { name: 'Call 911 or your local emergency number now' }).waitFor();
  await widget.getByRole('heading', { name: 'Call your clinic today' }).waitFor();
  assert.equal(await widget.locator('.pp-clinic').count(), 0);
  await widget.getByLabel('What do you want treated?').selectOption('rotator-cuff');
  await widget.locator('.pp-app[data-state^="rotator-cuff "]').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

// Payloads that would run `__xss()` (or alert) if any setting reached markup or script.
const CORPUS = [
  '<script>__xss()</script>',
  '"><script>__xss()</script>',
  "'><img src=x onerror=__xss()>",
  '<img src=x onerror="__xss()">',
  '<svg onload=__xss()>',
  'javascript:__xss()',
  'JaVaScRiPt:__xss()',
  'tel:1;javascript:__xss()',
  '" onmouseover="__xss()" x="',
  'expression(__xss())',
  'red;background:url(javascript:__xss())',
  '#fff;} body { background: url("javascript:__xss()")',
  '</style><script>__xss()</script>',
  '{{constructor.constructor("__xss()")()}}',
  '${__xss()}',
  '%3Cscript%3E__xss()%3C/script%3E',
  '&lt;script&gt;__xss()&lt;/script&gt;',
  '\u202eneercs\u202c',
  '\u0000\u0001\u001b[31m',
  'knee\u200b',
  '𝓀𝓃𝑒𝑒 🦵',
  '+1 555 010 2030\u0000<script>__xss()</script>',
  'a'.repeat(100_000),
  '<'.repeat(5_000),
];
// Every setting (from the app's one list) and every answer a link carries.
const PARAMS = [...settingsKeys(), 'severity', 'adherence', 'start', 'cautions'];

/** Nothing ran, nothing broke: the widget or page shows a plan and no failure message. */
async function unharmed(page, scope, errors, what) {
  await scope.locator('.pp-app[data-live]').waitFor({ timeout: 10_000 }).catch((e) => {
    throw new Error(`${what}: no plan (${errors.join('; ').slice(0, 500)})`, { cause: e });
  });
  assert.equal(await page.evaluate(() => window.__xssCalls), 0, `${what}: nothing executed`);
  assert.equal(await scope.locator('.pp-failure:visible').count(), 0, `${what}: no failure`);
  // The page's own links to its other language's page (./#lang=en, ./es.html#lang=es) are the build's.
  for (const href of await scope.locator('a[href]').evaluateAll((a) => a.map((x) => x.getAttribute('href')))) {
    assert.match(href, /^(#[\w-]+|tel:\+?\d+|https:\/\/[^\s"<>]+|\.\/(es\.html)?#lang=(en|es))$/, `${what}: a safe link (${href.slice(0, 60)})`);
  }
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource')), [], what);
}

test('an XSS corpus through every attribute runs nothing and breaks nothing', async () => {
  const { page, errors } = await visit('blank.html');
  await page.waitForFunction(() => customElements.get('prolo-path'));
  for (const [i, payload] of CORPUS.entries()) {
    await page.evaluate(([params, payload, i]) => {
      document.getElementById('slot').replaceChildren();
      const el = document.createElement('prolo-path');
      el.id = `x${i}`;
      for (const p of params) el.setAttribute(p, payload);
      document.getElementById('slot').append(el);
    }, [PARAMS, payload, i]);
    await unharmed(page, page.locator(`#x${i}`), errors, `attributes ${i}`);
  }
  await page.close();
});

test('an XSS corpus through every link parameter and the settings file runs nothing and breaks nothing', async () => {
  // A copy of the build whose settings.json the test rewrites.
  const dist = mkdtempSync(join(tmpdir(), 'prolopath-dist-'));
  cpSync(DIST, dist, { recursive: true });
  chmodSync(dist, 0o755); // nginx's workers run as nobody
  const server = await nginx(dist);
  try {
    for (const [i, payload] of CORPUS.entries()) {
      const settings = Object.fromEntries(PARAMS.map((p) => [p, payload]));
      writeFileSync(join(dist, 'settings.json'), JSON.stringify(i % 2 ? settings : { ...settings, conditions: [payload, 'knee'] }));
      const context = await app.browser.newContext({ serviceWorkers: 'block' });
      await context.addInitScript(() => {
        window.__xssCalls = 0;
        window.__xss = () => { window.__xssCalls += 1; };
        window.alert = () => { window.__xssCalls += 1; };
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // Cut for the link: nginx refuses request lines over 8 KB (long values go through the file).
      // In the fragment, where the app keeps the answers, or in the query, as older links have them.
      const query = PARAMS.map((p) => `${encodeURIComponent(p)}=${encodeURIComponent(payload.slice(0, 150))}`).join('&');
      await page.goto(`${server.url}${i % 2 ? '?' : '#'}${query}`);
      await unharmed(page, page.locator('body'), errors, `link and file ${i}`);
      await context.close();
    }
    // Not JSON at all: one message, and the app runs.
    writeFileSync(join(dist, 'settings.json'), '<html>not json</html>');
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('ProloPath setting') && warnings.push(m.text()));
    const warned = page.waitForEvent('console', (m) => m.text().startsWith('ProloPath setting "settings.json"'));
    await page.goto(`${server.url}?debug=true`);
    await warned;
    await page.locator('.pp-app[data-live]').waitFor();
    assert.match(warnings.join('\n'), /^ProloPath setting "settings.json": got "<html>not json<\/html>"; expected a JSON object/);
    assert.equal(await page.locator('.pp-debug').count(), 0, 'a link cannot turn debug on');
    // A good file: the page uses it; a link's settings never win over it.
    writeFileSync(join(dist, 'settings.json'), JSON.stringify({ 'clinic-name': 'Hill Clinic', 'clinic-phone': '020 7946 0000', region: 'GB', conditions: ['knee', 'jaw'] }));
    await page.goto(`${server.url}?accent=%238a1c4a&clinic-name=Link%20Clinic`);
    await page.getByRole('heading', { name: 'Call Hill Clinic today' }).waitFor();
    await page.getByRole('heading', { name: 'Call 999 now' }).waitFor();
    assert.equal(await page.locator('#pp-condition option').count(), 2);
    assert.equal(await page.locator('.pp-take-along .pp-button').first().evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 107, 102)', 'the link\'s accent is ignored');
    await context.close();
  } finally {
    await server.stop();
  }
});

test('the same safety settings as element attributes reach every surface of the widget', async () => {
  const { page, errors } = await visit('blank.html', { downloads: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  await page.evaluate((attrs) => {
    const el = document.createElement('prolo-path');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('condition', 'rotator-cuff');
    document.getElementById('slot').append(el);
  }, FAKE);
  const widget = page.locator('prolo-path');
  await plan(widget);
  const words = await widget.locator('.pp-app').innerText();
  for (const needle of ['Call 555 now', 'Call Fake Clinic today', '+1 555 010 9999', '+1 555 010 8888']) {
    assert.ok(words.includes(needle), `the widget says "${needle}"`);
  }
  await widget.locator('.pp-take-along .pp-button').nth(1).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 100));
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  for (const needle of ['Call 555 now', 'Call Fake Clinic today', '+1 555 010 9999', '+1 555 010 8888']) {
    assert.ok(summary.includes(needle), `the summary says "${needle}"`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('.pp-take-along .pp-button').nth(2).click()]);
  const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
  for (const needle of ['Call 555 now', 'Call Fake Clinic today', '+1 555 010 9999', '+1 555 010 8888']) {
    assert.ok(ics.includes(needle), `the calendar file says "${needle}"`);
  }
  const pdf = `${OUT}/safety-widget.pdf`;
  writeFileSync(pdf, await page.pdf({ format: 'Letter' }));
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(printed.includes('Call 555 now') && printed.includes('Fake Clinic'), 'on paper too');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a widget shows the built sections for its language, and one that cannot fetch them still shows every care level', async () => {
  const { page, errors } = await visit('plain.html');
  const widget = page.locator('prolo-path');
  await plan(widget);
  await widget.getByRole('heading', { name: 'What a session is like' }).waitFor();
  await widget.getByRole('heading', { name: 'About this guide' }).waitFor();
  await widget.getByLabel('What do you want treated?').selectOption('rotator-cuff');
  await widget.locator('.pp-app[data-state^="rotator-cuff "]').waitFor();
  await widget.locator('.pp-finding').getByText('37 out of 100 people who had salt-water shots at the same spot').waitFor();
  assert.equal(await widget.locator('.pp-sections-missing').count(), 0, 'nothing is said missing when it came');
  assert.deepEqual(errors, []);
  await page.close();

  const blocked = await visit('plain.html', { blockIslands: true });
  const cut = blocked.page.locator('prolo-path');
  await plan(cut);
  for (const name of ['Call 911 now', 'Call Lakeside Clinic today', 'Tell your clinician at your next visit']) {
    await cut.getByRole('heading', { name }).waitFor();
  }
  await cut.getByText('Or have someone take you to the emergency department. Do not drive yourself.').waitFor();
  assert.equal(await cut.locator('.pp-finding').count(), 0, 'the built sections did not come');
  // The patient is told what is missing, in the widget, not only the console.
  await cut.getByRole('status').filter({ hasText: 'Some parts did not load: what happened in the studies' }).waitFor();
  assert.ok(blocked.warnings.some((w) => /sections for this language did not load/.test(w)), blocked.warnings.join('\n'));
  await blocked.page.close();

  // A Spanish widget, alone on its page, whose Spanish sections do not come shows the English
  // ones, not none.
  const noSpanish = await visit('blank.html', { blockIslands: 'es' });
  await noSpanish.page.evaluate(() => {
    const el = document.createElement('prolo-path');
    el.setAttribute('lang', 'es');
    el.setAttribute('condition', 'tennis-elbow');
    document.getElementById('slot').append(el);
  });
  const spanish = noSpanish.page.locator('prolo-path');
  await plan(spanish);
  await spanish.getByRole('heading', { name: /^Llame al .*ahora$/ }).waitFor();
  await spanish.getByRole('heading', { name: 'What a session is like' }).waitFor();
  assert.ok(await spanish.locator('[data-island^="results/"] .pp-finding').count() > 0, 'the English results are there');
  assert.equal(await spanish.locator('.pp-sections-missing').count(), 0, 'nothing is said missing when English came');
  assert.ok(noSpanish.warnings.some((w) => /sections for this language did not load/.test(w)), noSpanish.warnings.join('\n'));
  await noSpanish.page.close();
});

/** Two widgets on the page: Spanish with the clinic's number (555), and English with its region's
 *  (GB: 999). */
async function spanishAndEnglishWidgets(page) {
  await page.evaluate(() => {
    for (const [lang, number] of [['es', '555'], ['en', '']]) {
      const el = document.createElement('prolo-path');
      el.setAttribute('lang', lang);
      if (number) el.setAttribute('emergency-number', number);
      else el.setAttribute('region', 'GB');
      // The Spanish one's clinic has a phone: its failure message says it.
      if (number) el.setAttribute('clinic-phone', '555 0100');
      document.getElementById('slot').append(el);
    }
  });
  return [page.locator('prolo-path').nth(0), page.locator('prolo-path').nth(1)];
}

test("a widget that cannot start says, in its language, what the app says on failure: the emergency heading with the clinic's number and every emergency sign", async () => {
  const { page } = await visit('blank.html');
  await page.route('**/*_bg.wasm', (r) => r.abort());
  // The clinic's settings.json never answers: the message does not wait for it.
  await page.route('**/settings.json', () => {});
  const [spanish, english] = await spanishAndEnglishWidgets(page);
  const box = spanish.getByRole('alert');
  await box.getByRole('heading', { name: 'Llame al 555 ahora' }).waitFor();
  assert.equal(await box.getAttribute('lang'), 'es');
  await box.getByRole('heading', { name: 'Algo salió mal' }).waitFor();
  const englishBox = english.getByRole('alert');
  await englishBox.getByRole('heading', { name: 'Call 999 now' }).waitFor();
  await englishBox.getByText('Or have someone take you to the emergency department. Do not drive yourself.').waitFor();
  assert.ok(await englishBox.getByText('Bleeding that does not stop after you press firmly on it for 10 minutes.').isVisible());
  assert.ok(await englishBox.getByText(/This can be sepsis/).isVisible());
  // Every emergency sign (7), as the app's own failure message has them (src/web/failure.rs).
  assert.equal(await englishBox.locator('p').count(), 5 + 7);
  // And the clinic's phone, where it has one, after the other levels.
  assert.equal(await box.locator('p').count(), await englishBox.locator('p').count() + 1);
  assert.ok(await box.getByText('Teléfono: 555 0100', { exact: true }).isVisible());
  await page.close();
});

test('when a running widget stops mid-change, every widget on the page says what the app says on failure, in its language with its number; the host page stays', async () => {
  const { page, errors } = await visit('blank.html');
  await page.route('**/settings.json', (route) => route.fulfill({ json: {} }));
  const [spanish, english] = await spanishAndEnglishWidgets(page);
  await spanish.locator('.pp-app[data-live][lang=es]').waitFor();
  await english.locator('.pp-app[data-live][lang=en]').waitFor();
  const lightDom = () => page.evaluate(() => document.body.innerHTML);
  const host = await lightDom();
  // The page's next DOM insertion fails, once: the widgets' code cannot go on after that.
  await page.evaluate(refuseNextInsertion);
  // More sessions: the plan gets a row.
  await english.locator('input[name=severity][value=severe]').click();
  for (const [widget, lang, heading] of [[spanish, 'es', 'Llame al 555 ahora'], [english, 'en', 'Call 999 now']]) {
    const box = widget.locator('.pp-failure');
    await box.getByRole('heading', { name: heading }).waitFor();
    assert.equal(await box.getAttribute('role'), 'alert');
    assert.equal(await box.getAttribute('lang'), lang);
    // Every emergency sign, and the Spanish one's clinic's phone.
    assert.equal(await box.locator('p').count(), 5 + 7 + (lang === 'es' ? 1 : 0), `${lang}: every emergency sign`);
    if (lang === 'es') assert.ok(await box.getByText('Teléfono: 555 0100', { exact: true }).isVisible());
    assert.equal(await widget.locator('.pp-app').count(), 0, `${lang}: the app is gone`);
  }
  assert.equal(await lightDom(), host, 'the host page is as it was');
  assert.ok(errors.length >= 1, 'the stop is reported in the console');
  // Drawn by the app (src/web/failure.rs), not by the loader's own fallback.
  assert.deepEqual(errors.filter((e) => e.startsWith('ProloPath stopped:')), []);
  await page.close();
});

test("another wasm's trap on the host page stops no widget", async () => {
  const { page } = await visit('blank.html');
  await page.route('**/settings.json', (route) => route.fulfill({ json: {} }));
  await page.evaluate(() => document.getElementById('slot').append(document.createElement('prolo-path')));
  const widget = page.locator('prolo-path');
  await widget.locator('.pp-app[data-live]').waitFor();
  // The clinic's own wasm (compiled from bytes, as an inlined one is) traps in a timer.
  const reported = await page.evaluate(() => new Promise((done) => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    addEventListener('error', (e) => done(`${e.error?.name}: ${e.error?.stack}`), { once: true });
    setTimeout(() => exports.f());
  }));
  assert.match(reported, /^RuntimeError: .*\n.*wasm-function/s, 'the host page\'s wasm trapped');
  // The widget goes on: it answers, and says nothing of a failure.
  await widget.locator('input[name=severity][value=severe]').check();
  await widget.locator('.pp-app[data-live][data-state^="knee severe "]').waitFor();
  assert.equal(await widget.locator('.pp-failure').count(), 0);
  await page.close();
});

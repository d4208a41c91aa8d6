// How quickly the estimate follows an input on a slow phone: the release build served by the
// hosting recipe, Chromium with its CPU slowed 4x, each input changed 20 times. For every change
// it measures from the input event to
//   - the frame: the start of the first frame after the app has put the new estimate in the page
//     (requestAnimationFrame), the figure the budget holds;
//   - after paint: that frame's style, layout and paint done too (a task queued from it).
// Each input first goes once through all its values (printed as "cold", not held to the budget):
// V8 compiles a wasm function the first time it runs, and a value's first showing runs code the
// first render did not (9 sessions instead of 5, say).
// A report, never a verdict: timings move with the machine and its load, so this exits 0 whatever
// it measures (scripts/bench.sh holds the budgets, on the median of three runs). With --json FILE
// it also writes the figures there for the bench.
//   node scripts/responsiveness.mjs [dist] [--json FILE]
import { writeFileSync } from 'node:fs';
import { nginx } from '../tests/e2e/nginx.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const CHANGES = 20;
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const dist = args[0] ?? 'dist';

/** One change in the page; resolves with [to the frame, after paint] in ms. */
const change = (page, kind, i) =>
  page.evaluate(([kind, i]) => new Promise((done) => {
    const app = document.querySelector('.pp-app');
    const before = app.dataset.state;
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (app.dataset.state === before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const frame = performance.now() - start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done([frame, performance.now() - start]);
        channel.port2.postMessage(0);
      });
    }).observe(app, { attributes: true, attributeFilter: ['data-state'] });
    const fire = (el, ...types) => types.forEach((t) => el.dispatchEvent(new Event(t, { bubbles: true })));
    if (kind === 'condition') {
      const select = document.getElementById('pp-condition');
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      fire(select, 'input', 'change');
    } else if (kind === 'date') {
      const input = document.getElementById('pp-start');
      input.value = `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      fire(input, 'input', 'change');
    } else {
      const radios = [...document.querySelectorAll(`input[name="${kind}"]`)];
      const at = radios.findIndex((r) => r.checked);
      radios[(at + 1) % radios.length].click();
    }
  }), [kind, i]);

/** Waits until the app has written the shown answers into the link (it does so just after the
 *  frame), so that its own follow-up work does not land in the next change's time. */
const settled = (page) =>
  page.waitForFunction(() => {
    const [c, s, a, d] = document.querySelector('.pp-app').dataset.state.split(' ');
    return [`condition=${c}`, `severity=${s}`, `adherence=${a}`, `start=${d}`].every((p) => location.hash.includes(p));
  });

const ms = (v) => `${v.toFixed(1).padStart(6)} ms`;
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const worst = (v) => Math.max(...v);

/** One run on a fresh page: prints a table, returns the figures by input ("all" for every one). */
async function run(browser, server) {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.6 });
  try {
    await page.goto(`${server.url}?start=2026-11-24`);
    await page.locator('.pp-app[data-live]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    console.log(`input to updated estimate, CPU slowed 4x, ${CHANGES} changes each (after every value once: cold):`);
    console.log(`  ${''.padEnd(10)}${'to the frame: median'.padStart(21)}${'worst'.padStart(10)}   ${'after paint: median'.padStart(20)}${'worst'.padStart(10)}   ${'cold worst'.padStart(13)}`);
    const frames = [];
    const paints = [];
    const figures = {};
    for (const kind of ['condition', 'severity', 'adherence', 'date']) {
      const values = await page.evaluate((kind) => (kind === 'condition' ? document.getElementById('pp-condition').options.length
        : kind === 'date' ? 1 : document.querySelectorAll(`input[name="${kind}"]`).length), kind);
      let cold = 0;
      for (let i = 0; i < values; i++) {
        cold = Math.max(cold, (await change(page, kind, CHANGES + i))[0]);
        await settled(page);
      }
      const times = [];
      for (let i = 0; i < CHANGES; i++) {
        times.push(await change(page, kind, i));
        await settled(page);
      }
      const f = times.map((t) => t[0]);
      const p = times.map((t) => t[1]);
      frames.push(...f);
      paints.push(...p);
      figures[kind] = { frameMedian: median(f), frameWorst: worst(f), paintMedian: median(p), paintWorst: worst(p), coldWorst: cold };
      console.log(`  ${kind.padEnd(10)}${ms(median(f)).padStart(21)}${ms(worst(f)).padStart(10)}   ${ms(median(p)).padStart(20)}${ms(worst(p)).padStart(10)}   ${ms(cold).padStart(13)}`);
    }
    console.log(`  ${'all'.padEnd(10)}${ms(median(frames)).padStart(21)}${ms(worst(frames)).padStart(10)}   ${ms(median(paints)).padStart(20)}${ms(worst(paints)).padStart(10)}`);
    figures.all = { frameMedian: median(frames), frameWorst: worst(frames), paintMedian: median(paints), paintWorst: worst(paints) };
    return figures;
  } finally {
    await page.close();
  }
}

const server = await nginx(dist);
const browser = await launch();
try {
  const figures = await run(browser, server);
  if (json) writeFileSync(json, JSON.stringify(figures));
  console.log('(timings are reported here; scripts/bench.sh holds them to their budgets)');
} finally {
  await browser.close();
  await server.stop();
}

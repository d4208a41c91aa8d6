// How quickly the estimate follows an input on a slow phone: the release build served by the
// hosting recipe, Chromium with its CPU slowed 4x, each input changed 20 times. Prints the median
// and worst time from the input event to the frame after the new estimate is in the page.
//   node scripts/responsiveness.mjs [dist]
import { nginx } from '../tests/e2e/nginx.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const BUDGET_MS = 50;
const dist = process.argv[2] ?? 'dist';
const server = await nginx(dist);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.6 });
  await page.goto(`${server.url}?start=2026-11-24`);
  await page.locator('.pp-app[data-state]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  // One change in the page: the time from dispatching it to the frame after the app shows it.
  const change = (kind, i) =>
    page.evaluate(([kind, i]) => new Promise((done) => {
      const app = document.querySelector('.pp-app');
      const before = app.dataset.state;
      const start = performance.now();
      new MutationObserver((_, observer) => {
        if (app.dataset.state === before) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - start));
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

  const all = [];
  const rows = [];
  for (const kind of ['condition', 'severity', 'adherence', 'date']) {
    const times = [];
    for (let i = 0; i < 20; i++) times.push(await change(kind, i));
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push(`${kind.padEnd(10)} median ${times[10].toFixed(1).padStart(6)} ms   worst ${times.at(-1).toFixed(1).padStart(6)} ms`);
  }
  all.sort((a, b) => a - b);
  console.log('input to updated estimate, CPU slowed 4x, 20 changes each:');
  for (const row of rows) console.log(`  ${row}`);
  const worst = all.at(-1);
  console.log(`  all        median ${all[Math.floor(all.length / 2)].toFixed(1).padStart(6)} ms   worst ${worst.toFixed(1).padStart(6)} ms`);
  console.log(`responsiveness budget ${BUDGET_MS} ms for the worst: ${worst <= BUDGET_MS ? 'within' : 'OVER'}`);
} finally {
  await browser.close();
  await server.stop();
}

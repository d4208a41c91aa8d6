// Lighthouse (mobile preset, the default) against the release build served compressed by the
// tested nginx recipe on 127.0.0.1. Prints the four scores against their targets and the
// metrics behind performance; writes the full report to tests/e2e/output/lighthouse.json.
// Exits 1 when accessibility, best practices or SEO misses its target. Performance is reported,
// not enforced: its blocking time is measured on this machine and moves with its load.
//   node scripts/lighthouse.mjs [dist]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM } from '../tests/e2e/browser.mjs';
import { nginx } from '../tests/e2e/nginx.mjs';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run';
const report = 'tests/e2e/output/lighthouse.json';

mkdirSync('tests/e2e/output', { recursive: true });
const server = await nginx(process.argv[2] ?? 'dist');
let run;
try {
  run = spawnSync('node_modules/.bin/lighthouse', [
    server.url, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${FLAGS}`,
    `--only-categories=${Object.keys(TARGETS).join(',')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'inherit', 'inherit'] });
} finally {
  await server.stop();
}
if (run.status !== 0) {
  console.error(`lighthouse: exited with ${run.status}`);
  process.exit(1);
}
const result = JSON.parse(readFileSync(report, 'utf8'));
console.log('Lighthouse, mobile preset:');
for (const [id, target] of Object.entries(TARGETS)) {
  const score = Math.round(result.categories[id].score * 100);
  console.log(`  ${id.padEnd(16)} ${String(score).padStart(3)}   target ${target}: ${score >= target ? 'met' : 'MISSED'}`);
}
const missed = ['accessibility', 'best-practices', 'seo'].filter((id) => Math.round(result.categories[id].score * 100) < TARGETS[id]);
console.log(`  ${METRICS.map((m) => `${result.audits[m].title} ${result.audits[m].displayValue}`).join(', ')}`);
if (missed.length) {
  console.error(`lighthouse: below target: ${missed.join(', ')} (see ${report})`);
  process.exit(1);
}

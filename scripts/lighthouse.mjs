// Lighthouse (mobile preset, the default) against the release build served compressed by the
// tested nginx recipe on 127.0.0.1. Prints the four scores against their targets and the
// metrics behind performance; writes the full report to tests/e2e/output/lighthouse.json.
// Exits 1 when a score misses its target (performance, which moves with this machine's load,
// is measured a second time before it fails the run).
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

/** One Lighthouse run; prints its scores and metrics and returns the categories it missed. */
function audit() {
  const run = spawnSync('node_modules/.bin/lighthouse', [
    server.url, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${FLAGS}`,
    `--only-categories=${Object.keys(TARGETS).join(',')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    console.error(`lighthouse: exited with ${run.status}`);
    return ['lighthouse itself'];
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  console.log('Lighthouse, mobile preset:');
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round(result.categories[id].score * 100);
    console.log(`  ${id.padEnd(16)} ${String(score).padStart(3)}   target ${target}: ${score >= target ? 'met' : 'MISSED'}`);
  }
  console.log(`  ${METRICS.map((m) => `${result.audits[m].title} ${result.audits[m].displayValue}`).join(', ')}`);
  return Object.keys(TARGETS).filter((id) => Math.round(result.categories[id].score * 100) < TARGETS[id]);
}

let missed;
try {
  missed = audit();
  // Performance moves with this machine's load (its blocking time is measured here): a miss
  // there alone is measured once more. The other scores do not move.
  if (missed.length === 1 && missed[0] === 'performance') {
    console.log('performance below target: measuring again');
    missed = audit();
  }
} finally {
  await server.stop();
}
if (missed.length) {
  console.error(`lighthouse: below target: ${missed.join(', ')} (see ${report})`);
  process.exit(1);
}

// Lighthouse (mobile preset, the default) against the release build served compressed by the
// tested nginx recipe on 127.0.0.1. Prints the four scores against their targets and the
// metrics behind performance; writes the full report to tests/e2e/output/lighthouse.json.
// Exits 1 when accessibility, best practices or SEO misses its target: those do not move with the
// machine. Performance and its metrics are timings: printed here, held to their budget only by
// scripts/bench.sh (median of three runs). With --json FILE the figures are written there too.
//   node scripts/lighthouse.mjs [dist] [--json FILE]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM } from '../tests/e2e/browser.mjs';
import { nginx } from '../tests/e2e/nginx.mjs';

/** Deterministic targets: a miss fails the run. */
const TARGETS = { accessibility: 100, 'best-practices': 100, seo: 90 };
/** A timing: reported here, enforced by scripts/bench.sh. */
const PERFORMANCE_TARGET = 95;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run';
const report = 'tests/e2e/output/lighthouse.json';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
mkdirSync('tests/e2e/output', { recursive: true });
const server = await nginx(args[0] ?? 'dist');

/** One Lighthouse run; prints its scores and metrics and returns the deterministic targets it missed. */
function audit() {
  const run = spawnSync('node_modules/.bin/lighthouse', [
    server.url, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${FLAGS}`,
    `--only-categories=performance,${Object.keys(TARGETS).join(',')}`,
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
  const performance = Math.round(result.categories.performance.score * 100);
  console.log(`  ${'performance'.padEnd(16)} ${String(performance).padStart(3)}   budget ${PERFORMANCE_TARGET} (a timing: enforced by scripts/bench.sh, not here)`);
  console.log(`  ${METRICS.map((m) => `${result.audits[m].title} ${result.audits[m].displayValue}`).join(', ')}`);
  if (json) {
    const metrics = Object.fromEntries(METRICS.map((m) => [m, result.audits[m].numericValue]));
    writeFileSync(json, JSON.stringify({ performance, ...metrics }));
  }
  return Object.keys(TARGETS).filter((id) => Math.round(result.categories[id].score * 100) < TARGETS[id]);
}

let missed;
try {
  missed = audit();
} finally {
  await server.stop();
}
if (missed.length) {
  console.error(`lighthouse: below target: ${missed.join(', ')} (see ${report})`);
  process.exit(1);
}

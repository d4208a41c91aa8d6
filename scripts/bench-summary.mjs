// The bench's verdict: the median of each timing over the runs in a folder (written by
// scripts/bench.sh), its spread, and whether the median is within its budget.
//   node scripts/bench-summary.mjs FOLDER
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What is held, where to find it in a run's figures, and the budget (a maximum unless `min`). */
export const BUDGETS = [
  { name: 'worst condition change, to the frame (ms, 4x CPU)', file: 'responsiveness', get: (r) => r.condition.frameWorst, max: 50 },
  { name: 'worst change of any input, to the frame (ms, 4x CPU)', file: 'responsiveness', get: (r) => r.all.frameWorst, max: 50 },
  { name: 'worst condition change, after paint (ms, 4x CPU)', file: 'responsiveness', get: (r) => r.condition.paintWorst, max: 100 },
  { name: 'median change, to the frame (ms, 4x CPU)', file: 'responsiveness', get: (r) => r.all.frameMedian },
  { name: 'Lighthouse mobile performance', file: 'lighthouse', get: (r) => r.performance, min: 95 },
  { name: 'Lighthouse LCP (ms)', file: 'lighthouse', get: (r) => r['largest-contentful-paint'], max: 1500 },
  { name: 'Lighthouse TBT (ms)', file: 'lighthouse', get: (r) => r['total-blocking-time'] },
];

export const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Each budget's values over the runs, median, and verdict. */
export function summarise(runs) {
  return BUDGETS.map((b) => {
    const values = runs[b.file].map(b.get);
    const m = median(values);
    const ok = b.max !== undefined ? m <= b.max : b.min !== undefined ? m >= b.min : true;
    return { ...b, values, median: m, ok };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  const runs = { responsiveness: [], lighthouse: [] };
  for (const f of readdirSync(folder).sort()) {
    const kind = f.split('-')[0];
    if (runs[kind]) runs[kind].push(JSON.parse(readFileSync(join(folder, f), 'utf8')));
  }
  if (!runs.responsiveness.length || !runs.lighthouse.length) {
    console.error(`bench: no runs in ${folder}`);
    process.exit(1);
  }
  const n = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  let failed = false;
  for (const r of summarise(runs)) {
    const budget = r.max !== undefined ? `budget <= ${r.max}` : r.min !== undefined ? `budget >= ${r.min}` : 'reported';
    const verdict = r.max === undefined && r.min === undefined ? '' : r.ok ? '  within' : '  OVER BUDGET';
    console.log(`${r.name.padEnd(54)} median ${n(r.median).padStart(7)}   runs ${r.values.map(n).join(' / ')}   spread ${n(Math.max(...r.values) - Math.min(...r.values))}   ${budget}${verdict}`);
    failed ||= !r.ok;
  }
  process.exit(failed ? 1 : 0);
}

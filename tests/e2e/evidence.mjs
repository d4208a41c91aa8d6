// Evidence from a failed end-to-end test, kept where CI's log shows it: every test file imports
// `test` from here instead of node:test. When a test throws, each page it opened gets a
// screenshot and its console in tests/e2e/output/failures/, and the error and the console are
// printed to standard output (CI keeps only the log).
import { test as nodeTest } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pagesSinceMark, markPages } from './browser.mjs';

const FAILURES = 'tests/e2e/output/failures';

/** Other evidence to keep on failure (a driver other than Playwright): (base path) => lines. */
const sources = new Set();
export function onFailure(keep) {
  sources.add(keep);
  return () => sources.delete(keep);
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

/** Screenshots and console of every page the failed test opened; prints them with the error. */
export async function keepEvidence(name, error) {
  mkdirSync(FAILURES, { recursive: true });
  const base = `${FAILURES}/${slug(name)}`;
  const lines = [`# FAILED: ${name}`, `error: ${error?.stack ?? error}`];
  let i = 0;
  for (const { page, log } of pagesSinceMark()) {
    i += 1;
    const url = page.isClosed() ? '(closed)' : page.url();
    lines.push(`--- page ${i}: ${url}`, ...(log.length ? log : ['(no console messages)']));
    if (!page.isClosed()) {
      await page.screenshot({ path: `${base}-${i}.png`, fullPage: true, timeout: 10_000 })
        .then(() => lines.push(`(screenshot: ${base}-${i}.png)`))
        .catch((e) => lines.push(`(no screenshot: ${e.message.split('\n')[0]})`));
    }
  }
  for (const keep of sources) {
    i += 1;
    lines.push(...await Promise.resolve().then(() => keep(`${base}-${i}`)).catch((e) => [`(evidence failed: ${e.message})`]));
  }
  if (i === 0) lines.push('(the test opened no page)');
  writeFileSync(`${base}.log`, `${lines.join('\n')}\n`);
  console.log(lines.map((l) => `# ${l}`).join('\n'));
}

/** node:test's `test`, keeping evidence when the test fails. Same arguments: (name, [options], fn). */
export function test(name, ...rest) {
  const fn = rest.pop();
  const options = rest[0] ?? {};
  return nodeTest(name, options, async (t) => {
    markPages();
    try {
      return await fn(t);
    } catch (error) {
      await keepEvidence(name, error);
      throw error;
    }
  });
}

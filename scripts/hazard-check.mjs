// The hazard log's evidence: every test docs/safety.md names must have run and passed in this
// run of the test command. Reads the runners' output kept by scripts/test.sh:
//   cargo test (lines "test NAME ... ok" after "Running tests/FILE.rs"), wasm-bindgen-test
//   (the same), and node's test runner in TAP ("ok N - NAME", without "# SKIP").
//   node scripts/hazard-check.mjs docs/safety.md LOG...
import { readFileSync } from 'node:fs';

/** `file: name` references in the log's Tests column. */
export function named(log) {
  const refs = [];
  for (const line of log.split('\n').filter((l) => /^\| H\d+ \|/.test(l))) {
    const tests = line.split('|').slice(1, -1).at(-1);
    for (const [, ref] of tests.matchAll(/`([^`]+)`/g)) {
      const at = ref.indexOf(': ');
      if (at < 0) throw new Error(`hazard log: "${ref}" is not "file: name"`);
      refs.push({ file: ref.slice(0, at), name: ref.slice(at + 2), hazard: line.split('|')[1].trim() });
    }
  }
  return refs;
}

/** The tests that passed in the runners' output: "file: name" for Rust, the name for node's. */
export function passed(output) {
  const ok = new Set();
  let file = null;
  for (const line of output.split('\n')) {
    const running = line.match(/^\s*Running (tests\/[\w/.-]+\.rs)/);
    if (running) file = running[1];
    const rust = line.match(/^test (\S+) \.\.\. ok$/);
    if (rust && file) ok.add(`${file}: ${rust[1]}`);
    const tap = line.match(/^\s*ok \d+ - (.*)$/);
    if (tap && !/# SKIP\b/.test(tap[1])) ok.add(`node: ${tap[1].trim()}`);
  }
  return ok;
}

/** The references that did not pass: a Rust test by file and name, a node test by name. */
export function missing(refs, ok) {
  return refs.filter(({ file, name }) => (file.endsWith('.rs') ? !ok.has(`${file}: ${name}`) : !ok.has(`node: ${name}`)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [logPath, ...outputs] = process.argv.slice(2);
  const refs = named(readFileSync(logPath, 'utf8'));
  const ok = passed(outputs.map((f) => readFileSync(f, 'utf8')).join('\n'));
  const bad = missing(refs, ok);
  for (const r of bad) console.error(`hazard-check: ${r.hazard}: "${r.file}: ${r.name}" did not run and pass in this run`);
  if (!refs.length) console.error('hazard-check: the log names no test');
  if (bad.length || !refs.length) process.exit(1);
  console.log(`hazard-check: all ${refs.length} tests the hazard log names ran and passed`);
}

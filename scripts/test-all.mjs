#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit tests, both builds, the e2e suite and the Firefox check, in
 * that order, then ONE plain closing line `N passed, M failed` (CI reads that line, not vitest's
 * summary). Steps without their own test count count as one test each. Every step runs even if an
 * earlier one failed, except those that need a build that failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'crisis-desk-test-'));
const vitestJson = join(tmp, 'vitest.json');
let passed = 0;
let failed = 0;
const summary = [];

function run(name, cmd, args, { counts } = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(res.stdout ?? '');
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const ok = res.status === 0;
  let p = ok ? 1 : 0;
  let f = ok ? 0 : 1;
  if (counts) {
    const c = counts(res.stdout ?? '');
    if (c) {
      p = c.passed;
      // A runner that died without reporting failures still failed.
      f = c.failed || (ok ? 0 : Math.max(1, c.failed));
    }
  }
  passed += p;
  failed += f;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${p} passed, ${f} failed (${secs}s)`);
  return ok;
}

const plainLine = (prefix) => (out) => {
  const m = [...out.matchAll(new RegExp(`^${prefix}: (\\d+) passed, (\\d+) failed`, 'gm'))].pop();
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
};

const npx = (bin, ...args) => ['npx', ['--no-install', bin, ...args]];

run('typecheck', ...npx('tsc', '--noEmit'));
run('lint', ...npx('eslint', '.', '--max-warnings=0'));
run('unit', ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`), {
  counts: () => {
    try {
      const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) };
    } catch {
      return undefined;
    }
  },
});
const chromeBuilt = run('build chrome', ...npx('wxt', 'build'));
// The Chrome build within its size budget, and no large text shipped twice (scripts/build-size.mjs).
if (chromeBuilt) run('build size', 'node', ['scripts/build-size.mjs'], { counts: plainLine('build-size') });
const firefoxBuilt = run('build firefox', ...npx('wxt', 'build', '-b', 'firefox'));
if (chromeBuilt) run('e2e', 'node', ['tests/e2e/run.mjs'], { counts: plainLine('e2e') });
else {
  failed += 1;
  summary.push('FAIL e2e: skipped because the Chrome build failed');
}
// The surge replay runs on its own e2e build (--build) and checks the Chrome build lacks its hooks.
if (chromeBuilt) run('e2e-surge', 'node', ['tests/e2e/surge.mjs', '--build'], { counts: plainLine('e2e-surge') });
else {
  failed += 1;
  summary.push('FAIL e2e-surge: skipped because the Chrome build failed');
}
// Export for managers (issue 12): Export in the side panel of the Chrome build downloads the inbox.
if (chromeBuilt) run('e2e-export', 'node', ['tests/e2e/export.mjs'], { counts: plainLine('e2e-export') });
else {
  failed += 1;
  summary.push('FAIL e2e-export: skipped because the Chrome build failed');
}
// Signed template packs (issue 12): pin a key, subscribe, a new version, a tampered copy and an
// HTML page refused with the last good pack kept — the pack host answered inside the worker.
if (chromeBuilt) run('e2e-packs', 'node', ['tests/e2e/packs.mjs'], { counts: plainLine('e2e-packs') });
else {
  failed += 1;
  summary.push('FAIL e2e-packs: skipped because the Chrome build failed');
}
// The inbox (issue 14): keyboard flow, "N new", kept state, brigades, axe-core in both languages
// and themes. Its Chinese pages use the e2e build the surge step has just made.
if (chromeBuilt) run('e2e-inbox', 'node', ['tests/e2e/inbox.mjs'], { counts: plainLine('e2e-inbox') });
else {
  failed += 1;
  summary.push('FAIL e2e-inbox: skipped because the Chrome build failed');
}
// Two extension instances and a loopback CouchDB (pouchdb-server); it reuses the e2e build the
// surge step just made (tests/e2e/team.mjs needs its `debug/team-put-raw` hook).
if (chromeBuilt) run('e2e-team', 'node', ['tests/e2e/team.mjs'], { counts: plainLine('e2e-team') });
else {
  failed += 1;
  summary.push('FAIL e2e-team: skipped because the Chrome build failed');
}
// Replying (issue 11): suggest, fill, insert into X's saved composer, read back, Post enabled, and
// the clipboard fallback, on the Chrome build.
if (chromeBuilt) run('e2e-reply', 'node', ['tests/e2e/reply.mjs'], { counts: plainLine('e2e-reply') });
else {
  failed += 1;
  summary.push('FAIL e2e-reply: skipped because the Chrome build failed');
}
if (firefoxBuilt) run('firefox', 'node', ['scripts/firefox-check.mjs'], { counts: plainLine('firefox') });
else {
  failed += 1;
  summary.push('FAIL firefox: skipped because the Firefox build failed');
}

rmSync(tmp, { recursive: true, force: true });
console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

#!/usr/bin/env node
/**
 * The Chrome build's size, checked in `npm test` after the build (issue 10: "a build-size check
 * that fails when the Chrome build grows past its budget") and printed by `npm run bench`.
 *
 * Two checks, because the second failure mode is silent in every functional test:
 * 1. the whole of .output/chrome-mv3 (bytes of every file) is within BUILD_BUDGET_BYTES;
 * 2. no large text is shipped twice: the minifier once copied the ~0.9 MB language n-gram table
 *    into three expressions of background.js (3.9 MB). 64 KiB or more of text appearing more
 *    than once across the build's scripts is reported, by file.
 * 3. the background service worker, an ES module whose imports are chunks shared with the
 *    extension pages, reaches no dynamic import(): a service worker may not use one (HTML spec;
 *    Chrome rejects it at run time), and a page-side lazy chunk imported from code the worker
 *    shares would only fail when that path runs.
 *
 *   node scripts/build-size.mjs [BUILD_DIR]     # prints a table, then `build-size: N passed, M failed`
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * 2.5 MB, 2,500,000 bytes: issue 10's "Chrome build <= 2.5 MB", read as decimal megabytes (the
 * stricter reading; 2.5 MiB would be 2,621,440). History: 4.3 MiB with the language table three
 * times; 1,957 KiB once it shipped gzipped; then the team workspace's PouchDB, signed packs, the
 * reply check's compromise (a lazy `lint` chunk of 365 KiB, extension pages only), incidents and
 * the reply view took it to 2,901 KiB (2,970,374 bytes) and the budget was raised to 3 MiB for a
 * while. Back within it at 2,310 KiB (2,365,897 bytes), 2026-12-07, by shipping the language packs'
 * word lists as /lexicons.gz (-256 KiB: runtime/analyser-data.ts) and making the background an
 * ES module worker that imports the chunks the pages share (zod, lib/schema.ts, the UI strings,
 * the reply phrase packs) instead of carrying its own copy (-334 KiB). The budget still catches
 * what it was made for (a table shipped twice is +400 KiB).
 */
export const BUILD_BUDGET_BYTES = 2_500_000;
/** A repeated run this long is a duplicated literal, not shared code. */
const DUPLICATE_PROBE = 64 * 1024;

export function buildFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.push({ file: path.relative(dir, p), bytes: st.size });
    }
  };
  walk(dir);
  return out.sort((a, b) => b.bytes - a.bytes);
}

/**
 * Text shipped more than once: content-defined chunks (a boundary wherever a rolling hash of the
 * last 48 characters has its low 13 bits zero, ~8 KB apart) are identical for identical text
 * wherever it sits, so a copied literal shows up as repeated chunks. Parsing string literals out
 * of minified code is not needed (and a regex cannot tell a quote inside a template from one
 * outside). Returns runs of repeated chunks adding up to at least `min` bytes, per pair of files.
 */
export function duplicatedLiterals(dir, files, min = DUPLICATE_PROBE) {
  const WINDOW = 48;
  const MASK = (1 << 13) - 1;
  const seen = new Map();
  const repeated = new Map();
  for (const { file } of files.filter((f) => f.file.endsWith('.js'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    // Polynomial rolling hash mod 2^32; POW = 31^WINDOW removes the character leaving the window.
    let pow = 1;
    for (let i = 0; i < WINDOW; i++) pow = Math.imul(pow, 31);
    let h = 0;
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      if (i >= WINDOW) h = (h - Math.imul(pow, text.charCodeAt(i - WINDOW))) | 0;
      if (i >= WINDOW && (h & MASK) === 0) {
        const chunk = text.slice(last, i);
        last = i;
        // Short chunks are shared code and boilerplate, not a copied literal.
        if (chunk.length < 1024) continue;
        const where = seen.get(chunk);
        if (where === undefined) seen.set(chunk, file);
        else {
          const key = `${where} + ${file}`;
          const r = repeated.get(key) ?? { files: [where, file], bytes: 0, start: chunk.slice(0, 40) };
          r.bytes += chunk.length;
          repeated.set(key, r);
        }
      }
    }
  }
  return [...repeated.values()].filter((r) => r.bytes >= min);
}

// Minified static imports: `import{a as b}from"./chunks/x.js"`, `import"./x.js"`, `export{…}from"…"`.
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /(?<![\w$.])import\(/g;

/**
 * The scripts an ES module service worker evaluates (the worker and the chunks it imports,
 * statically) that contain a dynamic import(), each with how many. Empty when the worker is
 * not a module (an IIFE inlines its dynamic imports) or there is no worker.
 */
export function workerDynamicImports(dir) {
  const manifestPath = path.join(dir, 'manifest.json');
  let background;
  try {
    background = JSON.parse(readFileSync(manifestPath, 'utf8')).background;
  } catch {
    return [];
  }
  if (!background?.service_worker || background.type !== 'module') return [];
  const found = [];
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(dir, file), 'utf8');
    const dynamic = text.match(DYNAMIC_IMPORT)?.length ?? 0;
    if (dynamic) found.push({ file, count: dynamic });
    for (const m of text.matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(file), m[1]));
  };
  visit(path.posix.normalize(background.service_worker));
  return found;
}

export function checkBuild(dir) {
  const files = buildFiles(dir);
  const total = files.reduce((s, f) => s + f.bytes, 0);
  return { files, total, budget: BUILD_BUDGET_BYTES, duplicates: duplicatedLiterals(dir, files), workerImports: workerDynamicImports(dir) };
}

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(process.argv[2] ?? path.join(root, '.output/chrome-mv3'));
  const { files, total, budget, duplicates, workerImports } = checkBuild(dir);
  for (const f of files.slice(0, 10)) console.log(`${kb(f.bytes).padStart(10)}  ${f.file}`);
  let passed = 0;
  let failed = 0;
  if (total <= budget) {
    passed++;
    console.log(`ok   the build is ${kb(total)} of its ${kb(budget)} budget`);
  } else {
    failed++;
    console.log(`FAIL the build is ${kb(total)}, over its ${kb(budget)} budget`);
  }
  if (duplicates.length === 0) {
    passed++;
    console.log('ok   no 64 KiB of text is shipped twice');
  } else {
    failed++;
    for (const d of duplicates) console.log(`FAIL ${kb(d.bytes)} of text is shipped twice (${d.files.join(' and ')}), e.g. ${JSON.stringify(d.start)}…`);
  }
  if (workerImports.length === 0) {
    passed++;
    console.log('ok   the background worker reaches no dynamic import()');
  } else {
    failed++;
    for (const w of workerImports) console.log(`FAIL the background worker reaches ${w.count} dynamic import() in ${w.file} (a service worker may not import lazily)`);
  }
  console.log(`build-size: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

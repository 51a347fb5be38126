import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types (run by `npm test` after the build)
import { checkBuild, workerDynamicImports } from '../../scripts/build-size.mjs';

interface Check {
  total: number;
  duplicates: { bytes: number; files: string[] }[];
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Pseudo-random printable text: no accidental repeats of its own. */
function text(seed: number, n: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(33 + ((s >>> 16) % 90));
  }
  return out.replaceAll('`', 'x').replaceAll('\\', 'y');
}

function build(files: Record<string, string>): Check {
  dir = mkdtempSync(path.join(tmpdir(), 'build-size-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return checkBuild(dir) as Check;
}

describe('scripts/build-size.mjs', () => {
  test('a 200 KB literal copied into three expressions of one script is found', () => {
    const table = text(1, 200_000);
    const check = build({ 'background.js': `const T=\`${table}\`;f(\`${table}\`.charCodeAt(1));g(\`${table}\`.length);` });
    expect(check.duplicates).toHaveLength(1);
    expect(check.duplicates[0]!.bytes).toBeGreaterThan(300_000);
  });

  test('the same literal in two scripts is found, by file', () => {
    const table = text(2, 100_000);
    const check = build({ 'background.js': `a=\`${table}\``, 'chunks/panel.js': `b=\`${table}\`` });
    expect(check.duplicates.map((d) => d.files)).toEqual([['background.js', 'chunks/panel.js']]);
  });

  test('distinct texts and small shared code are not duplicates; the total counts every file', () => {
    const shared = 'function q(a){return a+1}'.repeat(20);
    const check = build({ 'a.js': shared + text(3, 150_000), 'b.js': shared + text(4, 150_000), 'x.css': 'body{}' });
    expect(check.duplicates).toEqual([]);
    expect(check.total).toBe(2 * (shared.length + 150_000) + 6);
  });

  const moduleWorker = JSON.stringify({ background: { service_worker: 'background.js', type: 'module' } });

  test('a dynamic import() reached from a module service worker through its static imports is found, by file', () => {
    build({
      'manifest.json': moduleWorker,
      'background.js': 'import{a as b}from"./chunks/shared.js";import"./chunks/side.js";b()',
      'chunks/shared.js': 'export{c as a}from"./deep.js"',
      'chunks/deep.js': 'function c(){return import(`./lazy.js`).then(m=>m.default)}export{c}',
      'chunks/side.js': 'self.x=1',
      // Not reached from the worker: the side panel's own lazy chunk is fine.
      'chunks/panel.js': 'import("./lint.js")',
    });
    expect(workerDynamicImports(dir)).toEqual([{ file: 'chunks/deep.js', count: 1 }]);
  });

  test('a worker without dynamic imports, and a classic (IIFE) worker, pass', () => {
    build({ 'manifest.json': moduleWorker, 'background.js': 'import{a}from"./chunks/s.js";a.importer=1', 'chunks/s.js': 'export const a={}' });
    expect(workerDynamicImports(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
    build({ 'manifest.json': JSON.stringify({ background: { service_worker: 'background.js' } }), 'background.js': 'import("./x.js")' });
    expect(workerDynamicImports(dir)).toEqual([]);
  });
});

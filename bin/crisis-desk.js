#!/usr/bin/env node
// The companion CLI's entry point (package.json "bin"). It runs dist/cli.cjs (dist/cli-analyze.cjs for `analyze`): bin/cli.ts and the
// lib/ code it uses, bundled into one file by scripts/build-cli.mjs when `npm ci` runs the
// "prepare" script. One prebuilt file starts in a fraction of the time that compiling the
// TypeScript with tsx on every run took (bench/cli.ts).
//
// The file is compiled through node:vm with V8's code cache (dist/cli.cjs.cache), as Node 22's
// module.enableCompileCache() would do: the first run writes it, later runs skip most of the
// compiling. The cache names the Node version and the built file's size and time, so a rebuilt
// file or another Node never uses a stale one (V8 itself only checks the source's length); V8
// rejecting it, a missing cache or a read-only install only cost that time.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const whole = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
// `analyze` has a file of its own, without the other commands' code (scripts/build-cli.mjs): less
// to read and load before its first answer. Any other command, or an install without that file,
// runs the whole CLI.
const analyzeOnly = fileURLToPath(new URL('../dist/cli-analyze.cjs', import.meta.url));
const file = process.argv[2] === 'analyze' && existsSync(analyzeOnly) ? analyzeOnly : whole;
const cacheFile = `${file}.cache`;

if (existsSync(file)) run();
else {
  process.stderr.write('crisis-desk: the CLI is not built (dist/cli.cjs is missing): run `npm run build:cli`\n');
  process.exitCode = 1;
}

function run() {
  const { size, mtimeMs } = statSync(file);
  const stamp = Buffer.from(`crisis-desk code cache ${process.version} ${process.arch} ${size} ${mtimeMs}\n`);
  // ASCII only (scripts/build-cli.mjs makes it so): read without UTF-8 decoding.
  const source = readFileSync(file, 'latin1');
  const cachedData = readCache(stamp);
  // The same wrapper as Node's own CommonJS loader.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  // At exit, so the cache also holds the functions this run compiled on the way.
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(script, stamp));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
}

function readCache(stamp) {
  try {
    const data = readFileSync(cacheFile);
    return data.subarray(0, stamp.length).equals(stamp) ? data.subarray(stamp.length) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script, stamp) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
    renameSync(tmp, cacheFile);
  } catch {
    rmSync(tmp, { force: true });
  }
}

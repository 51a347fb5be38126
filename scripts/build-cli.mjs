/**
 * Builds the companion CLI into one JavaScript file, dist/cli.cjs: bin/cli.ts with the lib/ code
 * and the packages it uses (zod, linkedom...), bundled and minified by esbuild. bin/crisis-desk.js,
 * the package's "bin", runs it.
 *
 *   npm run build:cli        # also the "prepare" script, so every `npm ci` / `npm install` runs it
 *
 * Why: compiling the TypeScript with tsx on every run cost about a second before the first
 * output (bench/cli.ts has the figures).
 *
 * - CommonJS, not ESM: bin/crisis-desk.js compiles it with node:vm and V8's code cache
 *   (dist/cli.cjs.cache), which Node 20 offers for scripts only.
 * - No code splitting: the commands' dynamic imports stay in this one file, each command's
 *   modules wrapped so that they are evaluated only when that command runs.
 * - ASCII only: esbuild escapes non-ASCII characters in strings and names but leaves them in
 *   regular expression literals (/[。！？]/); they are escaped here too, so that V8 holds the
 *   source at one byte a character and bin/crisis-desk.js reads it without UTF-8 decoding (which
 *   took tens of milliseconds of every start).
 * - The language n-gram table (0.95 MB of text, a third of the bundle) is not bundled: it is
 *   written beside it as dist/ngrams.bin, and `analyze` reads it when it runs (bin/analyze.ts),
 *   so every other start does not read it, and V8's code cache does not carry it either
 *   (bench/cli.ts: time to first output). It is written decoded (lib/analysis/ngram-table.ts
 *   ngramTableBytes): decoding the text took 60-90 ms of every `analyze` start.
 * - Nor are the language packs' word lists: written beside it as dist/lexicons.json
 *   (lib/analysis/languages/lexicon-data.ts, the data the extension ships as /lexicons.gz, one
 *   JSON text per part, each parsed when first read) and read by `analyze` (bin/analyze.ts). As
 *   object literals they were half of the code V8 compiled and cached for the first line, and
 *   JSON parses in a fraction of that time (first line: CPU ~480 -> ~410 ms, alternated runs
 *   against the build before, 2026-12-07).
 * - The cue prefilter's reading of each cue pattern is worked out here and written beside it as
 *   dist/cue-prefilter.json (lib/analysis/cue-prefilter.ts cuePrefilterTable), installed by
 *   `analyze`: reading them at run time was about a fifth of the first line's CPU. In a file of
 *   its own rather than in the bundle, where V8's code cache carried a second copy.
 * - And a second file, dist/cli-analyze.cjs, with the `analyze` command only (the others'
 *   modules left out): bin/crisis-desk.js runs it for that command, so the first answer does not
 *   wait for V8 to read and load the code of lint, packs, export and extract (a bundle of 0.6
 *   instead of 2 MB).
 * - Written to a temporary file and renamed, so a run that starts meanwhile never loads half a
 *   file; the old code cache is removed first.
 * - Then the built CLI analyses one line: a smoke test of the files as shipped (its language must
 *   come out German, so the table was read), and the run that leaves the code cache for the
 *   next ones.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_ENTRY = path.join(ROOT, 'bin/cli.ts');
export const CLI_OUTFILE = path.join(ROOT, 'dist/cli.cjs');
/** The same with only the `analyze` command (bin/crisis-desk.js runs it for that command). */
export const CLI_ANALYZE_OUTFILE = path.join(ROOT, 'dist/cli-analyze.cjs');
/** Beside CLI_OUTFILE: bin/analyze.ts reads it under this name. */
export const CLI_NGRAM_TABLE = path.join(ROOT, 'dist/ngrams.bin');
/** Beside CLI_OUTFILE too: bin/analyze.ts reads it under this name. */
export const CLI_LEXICONS = path.join(ROOT, 'dist/lexicons.json');
/** And this one. */
export const CLI_CUE_PREFILTER = path.join(ROOT, 'dist/cue-prefilter.json');
const PACKED_SOURCES = path.join(ROOT, 'lib/analysis/languages/sources.packed.ts');
const TABLE_TEXT_STUB = path.join(ROOT, 'lib/analysis/ngrams/eld-table-text.packed.ts');

/** Evaluates `code` (an ES module importing lib/ code by paths relative to the repository, the
 * language table module with its text) at build time and returns its exports. */
async function evaluate(code) {
  const result = await build({ stdin: { contents: code, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/**
 * The analyser's data the CLI reads from files beside it (bin/analyze.ts ensureAnalyserData), each
 * worked out by lib/ code at build time (`export const data = ...`): bytes are written as they are,
 * text as ASCII-only JSON (asciiJson).
 */
const DATA_FILES = [
  // The decoded language table (lib/analysis/ngram-table.ts ngramTableBytes).
  [CLI_NGRAM_TABLE, "import { ngramTableBytes } from './lib/analysis/ngram-table.ts';\nexport const data = ngramTableBytes();\n"],
  // The packs' word lists, one JSON text per part (as the extension ships them: wxt.config.ts).
  [
    CLI_LEXICONS,
    "import { lexiconData, lexiconDataParts } from './lib/analysis/languages/lexicon-data.ts';\n" +
      "import * as sources from './lib/analysis/languages/sources.ts';\n" +
      'export const data = lexiconDataParts(lexiconData(sources));\n',
  ],
  // What the cue prefilter reads off every cue pattern.
  [
    CLI_CUE_PREFILTER,
    "import { CUE_WORDS } from './lib/analysis/category-cue-words.ts';\n" +
      "import { cuePrefilterTable } from './lib/analysis/cue-prefilter.ts';\n" +
      'export const data = cuePrefilterTable(CUE_WORDS);\n',
  ],
];

/** The word-list modules replaced by the reader of lexicons.json (as wxt.config.ts does for the
 * extension). */
const packedSources = {
  name: 'packed-sources',
  setup(build) {
    build.onLoad({ filter: /[\\/]analysis[\\/]languages[\\/]sources\.ts$/ }, () => ({ contents: readFileSync(PACKED_SOURCES, 'utf8'), resolveDir: path.dirname(PACKED_SOURCES), loader: 'ts' }));
  },
};

/**
 * For dist/cli-analyze.cjs: bin/cli.ts's other commands (each a dynamic import) left out. The
 * launcher (bin/crisis-desk.js) runs that file only for `analyze`, so they are never reached;
 * should one be, it says so instead of running a stale copy.
 */
const analyzeOnly = {
  name: 'analyze-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !/[\\/]bin[\\/]cli\.ts$/.test(args.importer)) return undefined;
      if (args.path === './analyze.ts' || args.path === '../lib/analysis/index.ts') return undefined;
      return { path: args.path, namespace: 'not-in-analyze-bundle' };
    });
    build.onLoad({ filter: /.*/, namespace: 'not-in-analyze-bundle' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in dist/cli-analyze.cjs (bin/crisis-desk.js runs dist/cli.cjs for this command)`)});`,
      loader: 'js',
    }));
  },
};

/** The bundle gets the extension's empty stub in place of the table module. */
const tableStub = {
  name: 'ngram-table-stub',
  setup(build) {
    build.onLoad({ filter: /[\\/]ngrams[\\/]eld-table-text\.ts$/ }, () => ({ contents: readFileSync(TABLE_TEXT_STUB, 'utf8'), loader: 'ts' }));
  },
};
const SHIM = path.join(ROOT, 'bin/crisis-desk.js');

export async function buildCli() {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(path.dirname(CLI_OUTFILE), { recursive: true });
  const tmp = `${CLI_OUTFILE}.${process.pid}.tmp`;
  try {
    const bundle = (outfile, plugins) =>
      build({
        entryPoints: [CLI_ENTRY],
        outfile,
        write: false,
        bundle: true,
        // Node 20 is the supported runtime (research/e2e.md).
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minify: true,
        // The licence comments of the bundled packages stay in the file.
        legalComments: 'eof',
        define: { CRISIS_DESK_VERSION: JSON.stringify(String(version)) },
        plugins: [...plugins, tableStub, packedSources],
        logLevel: 'warning',
      });
    const result = await bundle(CLI_OUTFILE, []);
    const analyzeResult = await bundle(CLI_ANALYZE_OUTFILE, [analyzeOnly]);
    // The data first: a CLI file of this build never runs without its data.
    for (const [file, code] of DATA_FILES) {
      const { data } = await evaluate(code);
      if (typeof data === 'string') writeFileSync(tmp, asciiJson(data), 'latin1');
      else writeFileSync(tmp, data);
      renameSync(tmp, file);
    }
    // The text form earlier builds wrote there, no longer read.
    rmSync(path.join(path.dirname(CLI_NGRAM_TABLE), 'ngrams.txt'), { force: true });
    writeFileSync(tmp, asciiOnly(result.outputFiles[0].text), 'latin1');
    rmSync(`${CLI_OUTFILE}.cache`, { force: true });
    renameSync(tmp, CLI_OUTFILE);
    writeFileSync(tmp, asciiOnly(analyzeResult.outputFiles[0].text), 'latin1');
    rmSync(`${CLI_ANALYZE_OUTFILE}.cache`, { force: true });
    renameSync(tmp, CLI_ANALYZE_OUTFILE);
  } finally {
    rmSync(tmp, { force: true });
  }
  const run = spawnSync(process.execPath, [SHIM, 'analyze', '-'], { input: '{"text":"Das Paket kam nie an"}\n', encoding: 'utf8' });
  const out = run.status === 0 ? JSON.parse(run.stdout) : undefined;
  // German, not "und": the table beside the bundle was found and read.
  if (out?.lang !== 'de') throw new Error(`the built CLI does not run (exit ${run.status}): ${run.stderr || run.stdout}`);
  // And the whole file (every other command), which also leaves its code cache.
  const help = spawnSync(process.execPath, [SHIM, '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || !help.stdout.includes('crisis-desk')) throw new Error(`the built CLI does not run (exit ${help.status}): ${help.stderr || help.stdout}`);
  return CLI_OUTFILE;
}

/** JSON.stringify's output with every non-ASCII UTF-16 code unit as a \\uXXXX escape (in JSON
 * they can only be inside strings, where the escape is the same character): bin/analyze.ts then
 * reads the file without UTF-8 decoding. */
export function asciiJson(json) {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every non-ASCII UTF-16 code unit as a \uXXXX escape. In a regular expression literal that
 * is the same pattern (with or without the u flag, a pair of surrogate escapes is the one
 * character); in a comment it changes nothing. A backslash right before such a character (an
 * identity escape) would turn into an escaped backslash, so that stops the build instead. */
export function asciiOnly(code) {
  const escaped = /\\[\u0080-\uffff]/.exec(code);
  if (escaped) throw new Error(`cannot make the CLI ASCII-only: ${JSON.stringify(code.slice(escaped.index - 30, escaped.index + 10))}`);
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCli();
  console.log(`crisis-desk CLI built: ${path.relative(process.cwd(), out) || out}`);
}

// The CLI as a user runs it, as shipped: `node bin/crisis-desk.js ...` in a child process, which
// runs the built file dist/cli.cjs (with its language table dist/ngrams.bin, word lists
// dist/lexicons.json and cue prefilter table dist/cue-prefilter.json). The build runs once before the tests (as `npm ci` runs it),
// always, so the tests never pass or fail on a stale build of older sources.
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { ANALYZER_VERSION } from '../../../lib/analysis/index.ts';
import { MentionSchema } from '../../../lib/schema.ts';
import { analyzeLine } from '../../../bin/analyze.ts';
import { escapeControls } from '../../../bin/escape-controls.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/crisis-desk.js');
const BUILT = join(ROOT, 'dist/cli.cjs');
const TABLE = join(ROOT, 'dist/ngrams.bin');
const LEXICONS = join(ROOT, 'dist/lexicons.json');
const CUES = join(ROOT, 'dist/cue-prefilter.json');
// Inputs are written to a temp dir, never into the repository.
const TMP = mkdtempSync(join(tmpdir(), 'crisis-desk-cli-'));
/** How an ESC character from the input shows in a message. */
const ESC = '\\u001b';

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 180_000);

function run(args: string[], input?: string, opts: { bin?: string; stdio?: StdioOptions } = {}) {
  const res = spawnSync(process.execPath, [opts.bin ?? BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: opts.stdio });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** The message lines that still hold a control character (escaping them again changes them). */
function unescaped(stderr: string): string[] {
  return stderr.split('\n').filter((l) => escapeControls(l) !== l);
}

/** stderr is exactly one message line: no stack trace, nothing else. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0] ?? '';
}

describe('the built CLI', () => {
  test('runs from its built files; without them, says how to build them (exit 1)', () => {
    const pkg = join(TMP, 'installed');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    copyFileSync(BIN, join(pkg, 'bin/crisis-desk.js'));
    const shim = join(pkg, 'bin/crisis-desk.js');
    const missing = run(['--help'], undefined, { bin: shim });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('crisis-desk: the CLI is not built (dist/cli.cjs is missing): run `npm run build:cli`\n');

    mkdirSync(join(pkg, 'dist'));
    copyFileSync(BUILT, join(pkg, 'dist/cli.cjs'));
    const line = '{"text":"Das Paket kam nie an"}\n';
    // Without its language table analyze stops rather than call every text "und"; other commands run.
    const noTable = run(['analyze', '-'], line, { bin: shim });
    expect(noTable.status).toBe(1);
    expect(noTable.stdout).toBe('');
    expect(oneLine(noTable.stderr)).toMatch(/^crisis-desk: the language table .*ngrams\.bin cannot be read \(ENOENT\): run `npm run build:cli`$/);
    expect(run(['--help'], undefined, { bin: shim }).status).toBe(0);
    // A cut-short table (an interrupted copy) is refused the same way, not read past its end.
    writeFileSync(join(pkg, 'dist/ngrams.bin'), readFileSync(TABLE).subarray(0, 100_000));
    const damaged = run(['analyze', '-'], line, { bin: shim });
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toBe('');
    expect(oneLine(damaged.stderr)).toMatch(/^crisis-desk: the language table .*ngrams\.bin is damaged \(.*\): run `npm run build:cli`$/);
    copyFileSync(TABLE, join(pkg, 'dist/ngrams.bin'));
    // Likewise without its word lists (every text would be neutral), or with a damaged file.
    const noLexicons = run(['analyze', '-'], line, { bin: shim });
    expect(noLexicons.status).toBe(1);
    expect(noLexicons.stdout).toBe('');
    expect(oneLine(noLexicons.stderr)).toMatch(/^crisis-desk: the language lexicon file .*lexicons\.json cannot be read \(ENOENT\): run `npm run build:cli`$/);
    writeFileSync(join(pkg, 'dist/lexicons.json'), readFileSync(LEXICONS).subarray(0, 1_000));
    const damagedLexicons = run(['analyze', '-'], line, { bin: shim });
    expect(damagedLexicons.status).toBe(1);
    expect(oneLine(damagedLexicons.stderr)).toMatch(/^crisis-desk: the language lexicon file .*lexicons\.json is damaged \(.*\): run `npm run build:cli`$/);
    copyFileSync(LEXICONS, join(pkg, 'dist/lexicons.json'));
    // And the cue prefilter's table: one line naming it.
    const noCues = run(['analyze', '-'], line, { bin: shim });
    expect(noCues.status).toBe(1);
    expect(oneLine(noCues.stderr)).toMatch(/^crisis-desk: the cue prefilter table .*cue-prefilter\.json cannot be read \(ENOENT\): run `npm run build:cli`$/);
    writeFileSync(join(pkg, 'dist/cue-prefilter.json'), '[["x",[["x",2]],null]]');
    expect(oneLine(run(['analyze', '-'], line, { bin: shim }).stderr)).toMatch(/^crisis-desk: the cue prefilter table .*cue-prefilter\.json is damaged \(.*damaged row after 0 rows\): run `npm run build:cli`$/);
    copyFileSync(CUES, join(pkg, 'dist/cue-prefilter.json'));
    const first = run(['analyze', '-'], line, { bin: shim });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(lines(first.stdout)).toMatchObject([{ lang: 'de', complaint: { categories: ['delivery'] } }]);
    // The first run leaves V8's code cache; later runs read it and leave it alone.
    const cache = join(pkg, 'dist/cli.cjs.cache');
    const written = statSync(cache).mtimeMs;
    const second = run(['analyze', '-'], line, { bin: shim });
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(cache).mtimeMs).toBe(written);
  });

  test('analyze runs its own file (dist/cli-analyze.cjs) when it is there, with the same answers', () => {
    const pkg = join(TMP, 'analyze-only');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'dist'));
    copyFileSync(BIN, join(pkg, 'bin/crisis-desk.js'));
    for (const f of ['cli.cjs', 'ngrams.bin', 'lexicons.json', 'cue-prefilter.json']) copyFileSync(join(ROOT, 'dist', f), join(pkg, 'dist', f));
    const shim = join(pkg, 'bin/crisis-desk.js');
    const line = '{"text":"Das Paket kam nie an"}\n{"text":"Great product"}\n';
    const fromWhole = run(['analyze', '-'], line, { bin: shim });
    expect(fromWhole.status).toBe(0);
    expect(existsSync(join(pkg, 'dist/cli.cjs.cache'))).toBe(true);
    copyFileSync(join(ROOT, 'dist/cli-analyze.cjs'), join(pkg, 'dist/cli-analyze.cjs'));
    const fromOwn = run(['analyze', '-'], line, { bin: shim });
    expect(fromOwn.stderr).toBe('');
    expect(fromOwn.stdout).toBe(fromWhole.stdout);
    // It ran the analyze file: that file's code cache was written.
    expect(existsSync(join(pkg, 'dist/cli-analyze.cjs.cache'))).toBe(true);
    // Every other command still runs the whole file.
    expect(run(['--version'], undefined, { bin: shim }).stdout).toMatch(/^crisis-desk \S+ \(analyzer /);
    expect(statSync(join(ROOT, 'dist/cli-analyze.cjs')).size).toBeLessThan(statSync(join(ROOT, 'dist/cli.cjs')).size / 2);
  });

  test.each([
    ['a cache for another build (stamp differs)', (c: Buffer) => Buffer.concat([Buffer.from('crisis-desk code cache v0.0.0\n'), c])],
    ['a damaged cache (V8 rejects it)', (c: Buffer) => Buffer.concat([c.subarray(0, c.indexOf(10) + 1), Buffer.alloc(4096, 7)])],
  ])('%s: the CLI still runs, and the cache is written anew', (_name, damage) => {
    const pkg = join(TMP, `cache-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'dist'));
    copyFileSync(BIN, join(pkg, 'bin/crisis-desk.js'));
    copyFileSync(BUILT, join(pkg, 'dist/cli.cjs'));
    copyFileSync(TABLE, join(pkg, 'dist/ngrams.bin'));
    copyFileSync(LEXICONS, join(pkg, 'dist/lexicons.json'));
    copyFileSync(CUES, join(pkg, 'dist/cue-prefilter.json'));
    const shim = join(pkg, 'bin/crisis-desk.js');
    const cache = join(pkg, 'dist/cli.cjs.cache');
    expect(run(['--help'], undefined, { bin: shim }).status).toBe(0);
    const good = readFileSync(cache);
    writeFileSync(cache, damage(good));
    const r = run(['analyze', '-'], '{"text":"Great product"}\n', { bin: shim });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toMatchObject([{ sentiment: { label: 'positive' } }]);
    const rewritten = readFileSync(cache);
    expect(rewritten.subarray(0, good.indexOf(10)).equals(good.subarray(0, good.indexOf(10)))).toBe(true);
    expect(rewritten.length).toBeGreaterThan(100_000);
  });
});

function lines(s: string): unknown[] {
  return s
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as unknown);
}

describe('usage', () => {
  test('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: crisis-desk <command>');
  });

  test('--version prints the package and analyzer versions', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`crisis-desk 0.1.0 (analyzer ${ANALYZER_VERSION})`);
  });

  test.each([[['bogus']], [[]]])('%j: unknown or missing command -> usage on stderr, exit 2', (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: crisis-desk <command>');
  });

  test.each([
    [['analyze', '--nope'], 'unknown option --nope'],
    [['extract'], 'extract takes exactly one FILE.html'],
    [['analyze', 'a', 'b'], 'analyze takes at most one FILE'],
    [['analyze', '--languages', 'english'], '--languages takes ISO 639-1 codes'],
    [['analyze', '--languages'], '--languages needs a value'],
  ])('%j is a usage error naming the fix, exit 2', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`crisis-desk: ${message}${message.endsWith('codes') ? ', e.g. en,de,ja' : ''}\nRun "crisis-desk --help" for usage.\n`);
  });
});

describe('team design-doc', () => {
  test('prints the validation rule the workspace relies on, as JSON an admin can PUT', () => {
    const r = run(['team', 'design-doc']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { _id: string; validate_doc_update: string };
    expect(doc._id).toBe('_design/crisis-desk');
    expect(doc.validate_doc_update).toMatch(/^function \(newDoc, oldDoc, userCtx\)/);
  });

  test.each([[['team']], [['team', 'other']], [['team', 'design-doc', 'x']]])('%j: usage error, exit 2', (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('team takes one subcommand: design-doc');
  });
});

describe('analyze', () => {
  test('adds lang, langConfidence, sentiment and complaint to each input object', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'It stopped working after two days, I want a refund', extra: 42 }),
      JSON.stringify({ id: 'b', text: 'Sehr gut, gerne wieder!', langHint: 'de', platform: 'amazon' }),
    ].join('\n');
    const r = run(['analyze'], input);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const [a, b] = lines(r.stdout) as Record<string, unknown>[];
    expect(a).toMatchObject({
      id: 'a',
      extra: 42,
      lang: 'en',
      sentiment: { label: 'negative' },
      complaint: { categories: ['damaged', 'refund'] },
    });
    expect(b).toMatchObject({ id: 'b', lang: 'de', platform: 'amazon', sentiment: { label: 'positive' }, complaint: { categories: [], evidence: [] } });
    expect(typeof a?.langConfidence).toBe('number');
  });

  // The built CLI reads data worked out at build time from files beside it (the language table,
  // the word lists in parts, the cue prefilter's table): its answers must be
  // the analyser's own, run from source, line for line. On every row of the category tables (eight
  // languages, complaint-heavy, where the cue layer does the most) and with a language hint.
  test("answers as the analyser run from source does, on the category tables' rows", () => {
    const dir = join(ROOT, 'tests/fixtures/analysis/categories');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.tsv'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .map((row) => row.split('\t'))
      .filter((cols) => (cols[2] ?? '').length > 0);
    expect(texts.length).toBeGreaterThan(900);
    const input = texts.map(([lang, , text], i) => JSON.stringify(i % 3 === 0 ? { text, langHint: lang } : { text }));
    const r = run(['analyze'], input.join('\n'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const built = r.stdout.split('\n').filter((l) => l.length > 0);
    expect(built).toEqual(input.map((line) => analyzeLine(line)));
  });

  test('bad lines are reported with their line number; the rest still run; exit 1', () => {
    const input = ['{"text":"great"}', 'not json', '', '   ', '{"id":"no-text"}', '{"text": 5}', '[1,2]', '{"text":"terrible"}'].join('\n');
    const r = run(['analyze', '-'], input);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((o) => (o as { sentiment: { label: string } }).sentiment.label)).toEqual(['positive', 'negative']);
    const err = r.stderr.split('\n').filter((l) => l.startsWith('line '));
    expect(err.map((l) => l.split(':')[0])).toEqual(['line 2', 'line 5', 'line 6', 'line 7']);
    expect(err[0]).toContain('invalid JSON');
    expect(err[1]).toContain('text');
    expect(r.stderr).toContain('analyze: 2 analysed, 4 failed');
  });

  test('blank lines only: nothing out, exit 0', () => {
    const r = run(['analyze'], '\n\n  \n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  test('100 KB lines, lone surrogates and zero-width characters', () => {
    const big = 'This kettle is fine. '.repeat(5_000);
    const input = [
      JSON.stringify({ text: big }),
      '{"text":"bad \\ud83d product \\udc00"}',
      JSON.stringify({ text: 'ter\u200brible\u200d service \u2060' }),
      JSON.stringify({ text: '' }),
    ].join('\n');
    const r = run(['analyze'], input);
    expect(r.status).toBe(0);
    const out = lines(r.stdout) as { text: string; sentiment: { label: string } }[];
    expect(out.map((o) => o.sentiment.label)).toEqual(['positive', 'negative', 'negative', 'neutral']);
    expect(out[0]?.text.length).toBe(big.length);
    // The lone surrogate goes back out as the escape it came in as (well-formed JSON.stringify).
    expect(r.stdout.split('\n')[1]).toContain('"text":"bad \\ud83d product \\udc00"');
  });

  test('reads a file; a missing file is an error with exit 1', () => {
    const file = join(TMP, 'in.jsonl');
    writeFileSync(file, '{"text":"Das Paket kam nie an","langHint":"de"}\n');
    const ok = run(['analyze', file]);
    expect(ok.status).toBe(0);
    expect(lines(ok.stdout)).toMatchObject([{ lang: 'de', complaint: { categories: ['delivery'] } }]);
    const missing = run(['analyze', join(TMP, 'does-not-exist.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('ENOENT');
  });

  test('streams thousands of lines in order', () => {
    const n = 3_000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: String(i), text: i % 2 ? 'Great product' : 'Never arrived' })).join('\n');
    const r = run(['analyze'], input);
    expect(r.status).toBe(0);
    const out = lines(r.stdout) as { id: string }[];
    expect(out.length).toBe(n);
    expect(out[n - 1]?.id).toBe(String(n - 1));
  });

  // Issue 3: "100,000 lines in bounded memory". Under a 40 MB heap cap the CLI must get through
  // 100,000 lines; keeping them (or their output, ~21 MB of JSON) in memory dies at that cap (a
  // program that buffers the output, tried by hand 2026-11-23, ran out of heap even at 64 MB).
  // Output goes to a file, not a pipe this test holds, so the child's memory is what is measured.
  test('100,000 lines under a 40 MB heap cap', { timeout: 180_000 }, async () => {
    const texts = ['Never arrived, I want a refund', 'Great product, works perfectly', 'Das Ladegerät ist nach zwei Tagen kaputt', '返金してください', 'Llegó roto y nadie responde'];
    const input = join(TMP, 'hundred-k.jsonl');
    writeFileSync(input, Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: String(i), text: `${texts[i % 5] ?? ''} #${i}` })).join('\n'));
    const output = join(TMP, 'hundred-k.out.jsonl');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--max-old-space-size=40', BIN, 'analyze', input], { cwd: ROOT, stdio: ['ignore', openSync(output, 'w'), 'pipe'] });
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    const out = readFileSync(output, 'utf8').split('\n').filter((l) => l.length > 0);
    expect(out.length).toBe(100_000);
    expect(JSON.parse(out[99_999] ?? '{}')).toMatchObject({ id: '99999', sentiment: { label: 'negative' } });
  });

  test('a reader that stops early (`| head -1`) ends the run quietly', async () => {
    const file = join(TMP, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 20_000 }, () => '{"text":"Never arrived"}').join('\n'));
    const child = spawn(process.execPath, [BIN, 'analyze', file], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) => {
      child.stdout.once('data', (d: Buffer) => {
        child.stdout.destroy();
        resolve(d.toString().split('\n')[0] ?? '');
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first)).toMatchObject({ complaint: { categories: ['delivery'] } });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('analyze: failures', () => {
  test('a line nested 100,000 levels deep is a bad line with its number; the others still run; exit 1', () => {
    const deep = 100_000;
    const input = [
      '{"text":"Great product"}',
      `{"text":"x","extra":${'['.repeat(deep)}${']'.repeat(deep)}}`,
      '['.repeat(deep) + ']'.repeat(deep),
      '{"text":"Never arrived"}',
    ].join('\n');
    const r = run(['analyze', '-'], input);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((o) => (o as { sentiment: { label: string } }).sentiment.label)).toEqual(['positive', 'negative']);
    expect(r.stderr).toBe(
      'line 2: invalid input: nested deeper than 128 levels\nline 3: invalid input: nested deeper than 128 levels\nanalyze: 2 analysed, 2 failed\n',
    );
  });

  test('nesting up to 128 levels is fine', () => {
    const nested = `{"text":"fine","extra":${'['.repeat(127)}${']'.repeat(127)}}`;
    const r = run(['analyze', '-'], nested);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  // Documented: a closed pipe is not a failure, but a line that failed before it still counts.
  test('a reader that stops early after a bad line was read: exit 1', async () => {
    const file = join(TMP, 'bad-then-many.jsonl');
    writeFileSync(file, ['{"text":"Never arrived"}', 'not json', ...Array.from({ length: 20_000 }, () => '{"text":"Never arrived"}')].join('\n'));
    const child = spawn(process.execPath, [BIN, 'analyze', file], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => {
      child.stdout.once('data', () => {
        child.stdout.destroy();
        resolve();
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^line 2: invalid JSON/);
  });

  test('a directory as input: one line, exit 1', () => {
    const r = run(['analyze', TMP]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe(`crisis-desk: cannot read ${TMP}: EISDIR (illegal operation on a directory)`);
  });

  test.skipIf(!existsSync('/dev/full'))('a full disk (stdout is /dev/full): one line, exit 1 (skipped: no /dev/full)', () => {
    const file = join(TMP, 'two.jsonl');
    writeFileSync(file, '{"text":"Great"}\n{"text":"Bad"}\n');
    const r = run(['analyze', file], undefined, { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe('crisis-desk: cannot write the output: ENOSPC (no space left on device)');
  });

  test('control characters from the input are escaped in messages', () => {
    const bad = run(['analyze', '-'], 'no \u001b[2J\u009b1m\n');
    expect(bad.status).toBe(1);
    expect(unescaped(bad.stderr)).toEqual([]);
    expect(bad.stderr).toContain(`"no ${ESC}[2J\\u009b1m" is not valid JSON`);

    const name = join(TMP, 'evil\u001b]0;owned\u0007\u202e.jsonl');
    const missing = run(['analyze', name]);
    expect(missing.status).toBe(1);
    expect(oneLine(missing.stderr)).toBe(`crisis-desk: cannot read ${TMP}/evil${ESC}]0;owned\\u0007\\u202e.jsonl: ENOENT (no such file or directory)`);

    const option = run(['analyze', '--\u001b[2J']);
    expect(option.status).toBe(2);
    expect(option.stderr).toBe(`crisis-desk: unknown option --${ESC}[2J\nRun "crisis-desk --help" for usage.\n`);
  });
});

describe('extract', () => {
  test('an HTML file with no recognisable platform is a usage error naming the fix', () => {
    const file = join(TMP, 'blog.html');
    writeFileSync(file, '<html><head><link rel="canonical" href="https://blog.example.com/post"></head><body><p>hi</p></body></html>');
    const r = run(['extract', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot tell which platform');
    expect(r.stderr).toContain('https://blog.example.com/post');
    const none = join(TMP, 'bare.html');
    writeFileSync(none, '<p>no url anywhere</p>');
    expect(run(['extract', none]).stderr).toContain('the file names no URL');
  });

  test('a missing file exits 1', () => {
    const r = run(['extract', join(TMP, 'nope.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ENOENT');
  });

  test('a directory: one line, exit 1', () => {
    const r = run(['extract', TMP]);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(`crisis-desk: cannot read ${TMP}: EISDIR (illegal operation on a directory)`);
  });

  test.each([['--platform', 'facebook'], ['--url', 'not a url']])('%s %s is a usage error', (flag, value) => {
    const file = join(TMP, 'page.html');
    writeFileSync(file, '<p>x</p>');
    expect(run(['extract', file, flag, value]).status).toBe(2);
  });

  // Real saved pages, added by the adapter authors under tests/fixtures/.
  const amazonFixture = join(ROOT, 'tests/fixtures/amazon/de-product-page-2022-04-000004458X.html');
  test.skipIf(!existsSync(amazonFixture))('a saved Amazon page: platform from its canonical link, mentions on stdout (skipped: fixture absent)', () => {
    const r = run(['extract', amazonFixture]);
    expect(r.status).toBe(0);
    const mentions = lines(r.stdout).map((m) => MentionSchema.parse(m));
    expect(mentions.length).toBe(9);
    expect(mentions.every((m) => m.platform === 'amazon')).toBe(true);
    expect(r.stderr).toContain('9 items found, 9 extracted');
    expect(r.stderr).toContain('from canonical');
  });

  const xFixture = join(ROOT, 'tests/fixtures/x/home-2025-02-loggedin-x.com.html');
  test.skipIf(!existsSync(xFixture))('a browser-saved X page: platform from the "saved from" comment (skipped: fixture absent)', () => {
    const r = run(['extract', xFixture]);
    expect(r.status).toBe(0);
    const mentions = lines(r.stdout).map((m) => MentionSchema.parse(m));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.platform === 'x')).toBe(true);
    expect(r.stderr).toContain('from saved-from');
  });
});

// The surge command's rules are tested in-process (tests/unit/surge/surge-command.test.ts); these
// check what only the real process shows.
describe('surge', () => {
  test('a bad second row: nothing at all on stdout, the row named on stderr, exit 1', () => {
    const r = run(['surge', '-'], 'timestamp,value\n2024-02-28 00:00:00,3\n2024-02-30 00:00:00,4\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe('<stdin>:3: 2024-02-30 is not a date (February 2024 has 29 days)');
  });

  test('a directory: one line, exit 1', () => {
    const r = run(['surge', TMP]);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(`${TMP}: cannot read: EISDIR (illegal operation on a directory)`);
  });

  test.skipIf(!existsSync('/dev/full'))('a full disk (stdout is /dev/full): one line, exit 1 (skipped: no /dev/full)', () => {
    const file = join(TMP, 'series.csv');
    writeFileSync(file, 'timestamp,value\n2015-01-01 00:00:00,3\n2015-01-01 00:05:00,4\n');
    const r = run(['surge', file], undefined, { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe('crisis-desk: cannot write the output: ENOSPC (no space left on device)');
  });
});

// Issue 12: `crisis-desk export --format csv|jsonl FILE.jsonl`. The rules (columns, CSV, bad
// lines) are tested in-process (tests/unit/cli/export-command.test.ts); these check the contract
// as a user runs it.
describe('export', () => {
  const csvRows = (stdout: string) => parse(stdout, { bom: true }) as string[][];

  test.skipIf(!existsSync(join(ROOT, 'tests/fixtures/amazon/de-product-page-2022-04-000004458X.html')))(
    'extract | analyze | export --format csv: a CSV with BOM whose rows are the extracted mentions (skipped: fixture absent)',
    () => {
      const extracted = run(['extract', join(ROOT, 'tests/fixtures/amazon/de-product-page-2022-04-000004458X.html')]);
      const analysed = run(['analyze', '-'], extracted.stdout);
      expect(analysed.status).toBe(0);
      const r = run(['export', '--format', 'csv', '-'], analysed.stdout);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
      const [header, ...body] = csvRows(r.stdout);
      expect(header?.slice(0, 3)).toEqual(['id', 'platform', 'permalink']);
      const mentions = lines(extracted.stdout) as { id: string; text: string }[];
      expect(body.map((row) => row[0])).toEqual(mentions.map((m) => m.id));
      const at = (name: string) => header!.indexOf(name);
      const analyses = lines(analysed.stdout) as { lang: string; sentiment: { label: string } }[];
      expect(body.map((row) => [row[at('language')], row[at('sentimentLabel')]])).toEqual(analyses.map((a) => [a.lang, a.sentiment.label]));
      expect(body.map((row) => row[at('textSha256')])).toEqual(mentions.map((m) => createHash('sha256').update(m.text).digest('hex')));
    },
  );

  test('--format jsonl from a file: one record per line with the same columns', () => {
    const file = join(TMP, 'export-in.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'x:42', platform: 'x', permalink: 'https://x.com/a/status/42', text: '=1+1 包裹坏了', authorHandle: 'a' }) + '\n');
    const r = run(['export', '--format=jsonl', file]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([expect.objectContaining({ id: 'x:42', author: 'a', text: '=1+1 包裹坏了', language: null, textSha256: createHash('sha256').update('=1+1 包裹坏了').digest('hex') })]);
  });

  test('bad lines: reported on stderr with their line numbers, the others exported, exit 1', () => {
    const good = (n: number) => JSON.stringify({ id: `x:${n}`, platform: 'x', permalink: `https://x.com/a/status/${n}`, text: `text ${n}` });
    const input = [good(1), 'not json', '', JSON.stringify({ id: 'x:2', platform: 'x', text: 'no permalink' }), good(3)].join('\n');
    const r = run(['export', '--format', 'csv', '-'], input);
    expect(r.status).toBe(1);
    expect(csvRows(r.stdout).slice(1).map((row) => row[0])).toEqual(['x:1', 'x:3']);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('line '));
    expect(errors.map((l) => l.split(':')[0])).toEqual(['line 2', 'line 4']);
    expect(errors[1]).toContain('permalink');
    expect(r.stderr).toContain('export: 2 exported, 2 failed');
  });

  test.each([
    [['export', '--format', 'xlsx', '-'], '--format must be csv or jsonl, not "xlsx"'],
    [['export', '--format', 'csv'], 'export takes one FILE.jsonl (or - for stdin)'],
    [['export', 'a.jsonl', 'b.jsonl'], 'export takes one FILE.jsonl (or - for stdin)'],
    [['export', '--out', 'x', '-'], 'unknown option --out'],
  ])('%j is a usage error naming the fix, exit 2, nothing read', (args, message) => {
    const r = run(args, '{"id":"x:1"}\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`crisis-desk: ${message}\nRun "crisis-desk --help" for usage.\n`);
  });

  test('a missing file: one line, exit 1', () => {
    const r = run(['export', '--format', 'csv', join(TMP, 'nope.jsonl')]);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(`crisis-desk: cannot read ${join(TMP, 'nope.jsonl')}: ENOENT (no such file or directory)`);
  });

  // Bounded memory, as for analyze: 100,000 mentions (~36 MB of CSV) under a 40 MB heap cap; an
  // export that held its rows or its output would run out of heap.
  test('100,000 lines under a 40 MB heap cap', { timeout: 180_000 }, async () => {
    const input = join(TMP, 'export-100k.jsonl');
    const texts = ['包裹到的时候已经坏了，请退款！😡', '=HYPERLINK("https://example.com","x")', 'وصل الطرد مكسورًا', 'line one\nline two, "quoted"'];
    writeFileSync(input, Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `x:${i + 1}`, platform: 'x', permalink: `https://x.com/a/status/${i + 1}`, text: `${texts[i % 4]} #${i}`, lang: 'zh', sentiment: { score: -0.62, label: 'negative' } })).join('\n'));
    const output = join(TMP, 'export-100k.csv');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--max-old-space-size=40', BIN, 'export', '--format', 'csv', input], { cwd: ROOT, stdio: ['ignore', openSync(output, 'w'), 'pipe'] });
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    const rows = csvRows(readFileSync(output, 'utf8'));
    expect(rows).toHaveLength(100_001);
    expect(rows[100_000]?.[0]).toBe('x:100000');
    expect(rows[2]?.at(-2)).toBe(`'${texts[1]} #1`);
  });

  test('streams: the first rows come out before the input ends', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'jsonl', '-'], { cwd: ROOT });
    const batch = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `x:${i + 1}`, platform: 'x', permalink: `https://x.com/a/status/${i + 1}`, text: `t${i}` }) + '\n').join('');
    child.stdin.write(batch);
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ id: 'x:1' });
    child.stdin.end();
    expect(await new Promise<number | null>((resolve) => child.on('close', resolve))).toBe(0);
  });
});

describe('lint (through the dispatcher; the command itself: lint-command.test.ts)', () => {
  test('a reply admitting fault blocks: one JSON finding per line, exit 1', () => {
    const res = run(['lint', '--reply', 'This is our fault, we were negligent.', '--lang', 'en', '--channel', 'x-reply']);
    expect(res.status).toBe(1);
    const findings = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rule: string; severity: string; templateId: unknown });
    expect(findings.map((f) => [f.rule, f.severity, f.templateId])).toEqual([
      ['liability', 'block', null],
      ['liability', 'block', null],
    ]);
  });

  test('the bundled example pack lints clean against its incident (a warning only): exit 0', () => {
    const res = run(['lint', '--incident', 'public/examples/incident.json', '--pack', 'public/examples/pack.json']);
    expect(res.status).toBe(0);
    expect(res.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { severity: string }).severity)).toEqual(['warn']);
  });

  test('no input is a usage error: exit 2', () => {
    expect(run(['lint']).status).toBe(2);
  });
});

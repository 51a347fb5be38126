// The CLI as a user runs it: `node bin/crisis-desk.js ...` in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ANALYZER_VERSION } from '../../../lib/analysis/index.ts';
import { MentionSchema } from '../../../lib/schema.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/crisis-desk.js');
// Inputs are written to a temp dir, never into the repository.
const TMP = mkdtempSync(join(tmpdir(), 'crisis-desk-cli-'));

function run(args: string[], input?: string) {
  const res = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

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

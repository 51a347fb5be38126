import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runSurge } from '../../../bin/surge-command.ts';

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSurge(argv, {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

/** NAB-format rows every 5 minutes from 2015-02-26 21:42:53. */
function nabCsv(values: number[]): string {
  const t0 = Date.UTC(2015, 1, 26, 21, 42, 53);
  const rows = values.map((v, i) => `${new Date(t0 + i * 300_000).toISOString().slice(0, 19).replace('T', ' ')},${v}`);
  return ['timestamp,value', ...rows].join('\n') + '\n';
}

describe('crisis-desk surge', () => {
  test('one output row per input row, in order, a spike flagged once', async () => {
    const values = Array.from({ length: 600 }, (_, i) => 20 + (i % 5));
    values[500] = 400;
    const { code, out, err } = await cli(['-'], nabCsv(values));
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('timestamp,value,anomaly_score,alert');
    expect(lines).toHaveLength(601);
    expect(lines[1]).toBe('2015-02-26 21:42:53,20,0.000000,0');
    const onsets = lines.slice(1).flatMap((l, i) => (Number(l.split(',')[2]) >= 0.5 ? [i] : []));
    expect(onsets).toEqual([500]);
    expect(lines[501]!.endsWith(',1')).toBe(true);
  });

  test('reads a file path and the --preset option', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'surge-cli-'));
    const file = path.join(dir, 'series.csv');
    writeFileSync(file, nabCsv([1, 2, 3]));
    const { code, out } = await cli([file, '--preset', 'strict']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(4);
  });

  test.each([
    ['empty input', '', /<stdin>: empty input/],
    ['header only', 'timestamp,value\n', /no data rows/],
    ['wrong header', 'time,count\n2015-01-01 00:00:00,1\n', /<stdin>:1: expected the header/],
    ['non-numeric value', 'timestamp,value\n2015-01-01 00:00:00,3\n2015-01-01 00:05:00,abc\n', /<stdin>:3: value "abc" is not a number/],
    ['negative value', 'timestamp,value\n2015-01-01 00:00:00,-3\n', /<stdin>:2: value -3 is negative/],
    ['bad timestamp', 'timestamp,value\nyesterday,3\n', /<stdin>:2: invalid timestamp "yesterday"/],
    ['duplicate timestamp', 'timestamp,value\n2015-01-01 00:00:00,3\n2015-01-01 00:05:00,3\n2015-01-01 00:05:00,4\n', /<stdin>:4: duplicate timestamp 2015-01-01 00:05:00 \(also on line 3\)/],
    ['clock going backwards / unsorted', 'timestamp,value\n2015-01-01 00:10:00,3\n2015-01-01 00:05:00,3\n', /<stdin>:3: timestamp 2015-01-01 00:05:00 goes back in time/],
    ['missing column', 'timestamp,value\n2015-01-01 00:00:00\n', /<stdin>:2: expected "timestamp,value"/],
  ])('%s: clear error with the line number, exit 1', async (_name, input, message) => {
    const { code, err } = await cli(['-'], input);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  test('a gap is a warning with its line; missing buckets count as zero', async () => {
    const input = 'timestamp,value\n2015-01-01 00:00:00,3\n2015-01-01 00:05:00,3\n2015-01-01 00:20:00,4\n';
    const { code, out, err } = await cli(['-'], input);
    expect(code).toBe(0);
    expect(err).toBe('<stdin>:4: warning: gap after 2015-01-01 00:05:00: 2 missing bucket(s) counted as zero\n');
    expect(out.trim().split('\n')).toHaveLength(4);
  });

  test.each([
    [[], /missing FILE.csv/],
    [['a.csv', '--preset', 'loud'], /unknown preset "loud"/],
    [['a.csv', '--fast'], /unknown option --fast/],
  ])('usage errors %j exit 2', async (argv, message) => {
    const { code, err } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('a missing file is an error, not a crash', async () => {
    const { code, err } = await cli([path.join(tmpdir(), 'no-such-file-crisis-desk.csv')]);
    expect(code).toBe(1);
    expect(err).toMatch(/ENOENT/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { escapeControls } from '../../../bin/escape-controls.ts';
import { parseTimestamp, runSurge } from '../../../bin/surge-command.ts';

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
  ])('%s: clear error with the line number, exit 1, nothing written', async (_name, input, message) => {
    const { code, out, err } = await cli(['-'], input);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  // Issue 10: row 1 used to be written before row 2 was read; now the whole input is checked first.
  test('a bad row after good ones writes nothing at all', async () => {
    const good = nabCsv(Array.from({ length: 500 }, (_, i) => i % 7));
    const { code, out, err } = await cli(['-'], good + '2015-02-28 19:27:53,oops\n');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('<stdin>:502: value "oops" is not a number\n');
  });

  // JavaScript's Date rolls 2024-02-30 over to March 1; the CLI names the date instead.
  test.each([
    ['2024-02-30 00:00:00', '2024-02-30 is not a date (February 2024 has 29 days)'],
    ['2023-02-29 12:00:00', '2023-02-29 is not a date (February 2023 has 28 days)'],
    ['1900-02-29', '1900-02-29 is not a date (February 1900 has 28 days)'],
    ['2024-04-31T08:00:00Z', '2024-04-31 is not a date (April 2024 has 30 days)'],
    ['2024-13-01 00:00:00', '2024-13-01 is not a date (there is no month 13)'],
    ['2024-00-10 00:00:00', '2024-00-10 is not a date (there is no month 00)'],
    ['2024-01-00 00:00:00', '2024-01-00 is not a date (January 2024 has 31 days)'],
    ['2024-01-01 24:00:00', '24:00:00 is not a time of day'],
    ['2024-01-01 12:60:00', '12:60:00 is not a time of day'],
    ['2024-01-01 12:00:60', '12:00:60 is not a time of day'],
    ['2024-01-01T12:00:00+24:00', '+24:00 is not a UTC offset'],
  ])('%s is rejected by name, with its line, nothing written', async (ts, message) => {
    const { code, out, err } = await cli(['-'], `timestamp,value\n2024-01-01 00:00:00,1\n${ts},2\n`);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`<stdin>:3: ${message}\n`);
  });

  test('file names and rows are quoted with their control characters escaped', async () => {
    const { code, err } = await cli([path.join(tmpdir(), 'no-such-\u001b[2J.csv')]);
    expect(code).toBe(1);
    expect(err).toContain('no-such-\\u001b[2J.csv');
    const row = await cli(['-'], 'timestamp,value\n2015-01-01 00:00:00,\u009b2J\u202e\n');
    expect(row.err).toBe('<stdin>:2: value "\\u009b2J\\u202e" is not a number\n');
    for (const line of (row.err + err).split('\n')) expect(escapeControls(line)).toBe(line);
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

describe('parseTimestamp', () => {
  test.each([
    ['2015-02-26 21:42:53', Date.UTC(2015, 1, 26, 21, 42, 53)],
    ['2015-02-26T21:42:53', Date.UTC(2015, 1, 26, 21, 42, 53)],
    ['2015-02-26 21:42', Date.UTC(2015, 1, 26, 21, 42)],
    ['2015-02-26T21:42:53.25Z', Date.UTC(2015, 1, 26, 21, 42, 53, 250)],
    ['2015-02-26T21:42:53.123456Z', Date.UTC(2015, 1, 26, 21, 42, 53, 123)],
    ['2015-02-26T10:00:00+05:30', Date.UTC(2015, 1, 26, 4, 30)],
    ['2015-02-26T10:00:00-0800', Date.UTC(2015, 1, 26, 18)],
    ['2015-02-26', Date.UTC(2015, 1, 26)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2000-02-29 00:00:00', Date.UTC(2000, 1, 29)],
    ['  2015-02-26 21:42:53  ', Date.UTC(2015, 1, 26, 21, 42, 53)],
  ])('%s', (raw, expected) => {
    expect(parseTimestamp(raw)).toBe(expected);
  });

  test('a year below 100 is that year, not 19xx', () => {
    expect(new Date(parseTimestamp('0050-06-01')).getUTCFullYear()).toBe(50);
  });

  test.each(['yesterday', '2015-2-26', '2015-02-26 21:42:53 UTC', '2015-02-30', '2015-02-26T25:00:00Z', ''])('%j is NaN', (raw) => {
    expect(parseTimestamp(raw)).toBeNaN();
  });
});

import { expect, test } from 'vitest';
import { CUE_WORDS } from '../../../lib/analysis/category-cue-words.ts';
import { cuePrefilterTable, cueSource, readPatternFilter } from '../../../lib/analysis/cue-prefilter.ts';

// The built CLI carries what the cue prefilter reads off each pattern, worked out at build time
// (lib/analysis/cue-prefilter-table.ts, scripts/build-cli.mjs). The table must be exactly what the
// prefilter would read off each pattern itself, through the JSON round trip (the DIGITS symbol
// U+FFFF, Han/kana strings), and hold every pattern of every language, so that the built CLI
// never falls back and never differs. (tests/unit/cli/cli.test.ts checks the built CLI's answers
// against the analyser run from source.)

type Row = [string, [string, 0 | 1][], string[] | null];
const rows = JSON.parse(cuePrefilterTable(CUE_WORDS)) as Row[];

test('every cue pattern of every language is in the table, once', () => {
  const patterns = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') patterns.add(cueSource(v));
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(CUE_WORDS);
  const sources = rows.map(([s]) => s);
  expect(new Set(sources).size).toBe(sources.length);
  expect(new Set(sources)).toEqual(patterns);
  expect(patterns.size).toBeGreaterThan(1_000);
});

test("each row is the prefilter's own reading of its pattern", () => {
  for (const [source, strings, required] of rows) {
    expect({ strings: strings.map(([text, whole]) => ({ text, whole: whole === 1 })), required }).toEqual(readPatternFilter(source));
  }
  // The rarer parts of a row survive the round trip.
  expect(rows.some(([, strings]) => strings.some(([t]) => t.includes('\uffff')))).toBe(true);
  expect(rows.some(([, strings]) => strings.some(([t]) => /\p{Script=Han}/u.test(t)))).toBe(true);
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CUE_WORDS } from '../../../lib/analysis/category-cue-words.ts';
import { cueListMatchesBothWays } from '../../../lib/analysis/category-cues.ts';
import { cuePrefilterTable, cueSource, installCuePrefilterTable, readPatternFilter } from '../../../lib/analysis/cue-prefilter.ts';

// The built CLI ships what the cue prefilter reads off each pattern, worked out at build time
// (cuePrefilterTable, dist/cue-prefilter.json) and installed before the first line. The table must
// be exactly what the prefilter would read off each pattern itself, through the JSON round trip
// (the DIGITS symbol U+FFFF, Han/kana strings), and hold every pattern of every language, so that
// the built CLI never differs (tests/unit/cli/cli.test.ts checks the built CLI's answers against
// the analyser run from source). The installed table is module state: refusals first.

type Row = [string, [string, 0 | 1][], string[] | null];
const json = cuePrefilterTable(CUE_WORDS);
const rows = JSON.parse(json) as Row[];

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

test.each([
  ['not JSON', '[[', /JSON/],
  ['not a list', '{}', /not a cue prefilter table/],
  ['a row of another shape', '[["a",[["a",1]],null],["b",[["b",2]],null]]', /damaged row after 1 rows/],
  ['required strings that are not strings', '[["a",[],[1]]]', /damaged row after 0 rows/],
])('%s is refused', (_name, bad, message) => {
  expect(() => installCuePrefilterTable(bad)).toThrow(message);
});

// Each list compiled anew (so its prefilter is built from the installed table) finds through the
// prefilter exactly what a scan of the whole text finds, on every row of the category tables.
test('installed, the prefilter still never hides a match', () => {
  const dir = path.resolve(import.meta.dirname, '../../fixtures/analysis/categories');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .map((line) => line.split('\t')[2] ?? '')
    .filter((t) => t.length > 0);
  installCuePrefilterTable(json);
  let matches = 0;
  for (const [lang, words] of Object.entries(CUE_WORDS)) {
    for (const r of cueListMatchesBothWays(words, texts)) {
      matches += r.scanned.length;
      expect(r.prefiltered, `${lang} ${r.list}: ${r.text}`).toEqual(r.scanned);
    }
  }
  expect(matches).toBeGreaterThan(1_000);
});

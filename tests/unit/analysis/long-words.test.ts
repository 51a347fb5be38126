// One very long "word" (a pasted hash, a mashed key, spam without spaces) with its language hint.
// Reading German compounds by their tail once tried every tail of the word, each a slice and a
// hash of up to the whole word: a 10,000-letter word took ~77 ms (median, 2026-12-07), now ~0.4
// ms (`npx tsx bench/long-words.ts` prints the figures). The time bound below is a guard against
// a hang, with >= 10x headroom on a loaded 2-core machine; the lookup count is the real check.
import { beforeAll, describe, expect, test } from 'vitest';
import { LETTERS, longWord } from '../../../bench/long-words.ts';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { PACK_LANGUAGES, packFor } from '../../../lib/analysis/languages/index.ts';
import { inflectedValence } from '../../../lib/analysis/morphology.ts';
import type { LanguagePack } from '../../../lib/analysis/pack.ts';
import { AnalysisSchema } from '../../../lib/schema.ts';

describe('a 100 KB single word, with its language hint', () => {
  // What a worker does once, not per word: compile each pack, decode the n-gram table, and run
  // V8's regexes and functions on long input until they are compiled (the first 10,000-letter
  // Japanese word of a cold process took ~140 ms, the next ones ~5 ms).
  beforeAll(() => {
    for (const lang of PACK_LANGUAGES) analyzeText({ text: longWord(LETTERS[lang] ?? '', 1, 10_000), langHint: lang });
  });

  test('every pack language is covered', () => {
    expect(Object.keys(LETTERS).sort()).toEqual([...PACK_LANGUAGES].sort());
  });

  test.each(PACK_LANGUAGES.map((lang) => [lang]))('%s', (lang) => {
    const text = longWord(LETTERS[lang] ?? '', 7, 100_000);
    const t0 = performance.now();
    const a = analyzeText({ text, langHint: lang });
    const ms = performance.now() - t0;
    expect(AnalysisSchema.parse(a)).toEqual(a);
    for (const e of a.complaint?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(ms).toBeLessThan(500);
  });
});

/** A Map that counts its lookups. */
class CountingMap extends Map<string, number> {
  lookups = 0;
  override get(key: string): number | undefined {
    this.lookups += 1;
    return super.get(key);
  }
}

describe('German compounds in a long word', () => {
  const pack = packFor('de');
  if (!pack) throw new Error('no German pack');
  const lookups = (word: string): number => {
    const words = new CountingMap(pack.words);
    inflectedValence({ ...pack, words } satisfies LanguagePack, word);
    return words.lookups;
  };

  test('the work does not grow with the word: only tails a list can hold are looked up', () => {
    const tail = longWord(LETTERS.de ?? '', 3, 200);
    const short = lookups(`${'q'.repeat(1_000)}${tail}`);
    expect(lookups(`${'q'.repeat(100_000)}${tail}`)).toBe(short);
    // About one lookup per ending per readable tail length, however long the word.
    expect(short).toBeLessThan(20 * pack.longestReadable);
  });

  test('a known tail at the end of a long word is still read', () => {
    expect(inflectedValence(pack, `${'q'.repeat(5_000)}halsschmerzen`)).toBeLessThan(0);
    expect(inflectedValence(pack, `${'q'.repeat(5_000)}einfallen`)).toBe(inflectedValence(pack, 'qqqeinfallen'));
  });
});

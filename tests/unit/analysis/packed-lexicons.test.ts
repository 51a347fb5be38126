import { describe, expect, test } from 'vitest';
import { compilePack } from '../../../lib/analysis/pack.ts';
import { installedLexiconData, installLexiconData, lexiconData, lexiconDataInstalled, SOURCE_LANGUAGES } from '../../../lib/analysis/languages/lexicon-data.ts';
import * as bundled from '../../../lib/analysis/languages/sources.ts';
import * as packed from '../../../lib/analysis/languages/sources.packed.ts';
import { ALL_ENGLISH_PARTS, composeEnglishWords } from '../../../lib/analysis/languages/english-words.ts';

// The extension reads the packs' word lists from /lexicons.gz (wxt.config.ts writes it with
// lexiconData, runtime/analyser-data.ts installs it, sources.packed.ts reads it); Node bundles the
// list modules (sources.ts). Both must give the same sources, key order included (a pack's Map
// keeps insertion order), so the extension scores exactly what the tests and evaluations score.
// The tests run in order: the installed data is module state, installed once.
describe('packed lexicons (sources.packed.ts over lexicon-data.ts)', () => {
  test('before installing, reading a source is a named error, not an empty pack', () => {
    expect(lexiconDataInstalled()).toBe(false);
    expect(() => packed.PACK_SOURCES.de()).toThrow(/lexicons are not installed/);
    expect(packed.LEXICONS_BUNDLED).toBe(false);
    expect(bundled.LEXICONS_BUNDLED).toBe(true);
  });

  test('a file of another version or lacking a language is refused', () => {
    const data = lexiconData(bundled);
    expect(() => installLexiconData(JSON.stringify({ ...data, version: 2 }))).toThrow(/version 1/);
    const { zh: _zh, ...rest } = data.sources;
    expect(() => installLexiconData(JSON.stringify({ ...data, sources: rest }))).toThrow(/lacks zh/);
    expect(() => installLexiconData('null')).toThrow(/lexicon file/);
    expect(lexiconDataInstalled()).toBe(false);
  });

  test('installed from JSON, every source, borrowed list and English part equals the bundled one, in order', () => {
    installLexiconData(JSON.stringify(lexiconData(bundled)));
    expect(lexiconDataInstalled()).toBe(true);
    // English's words are not stored twice: they are composed from its parts.
    expect(installedLexiconData().sources.en.words).toEqual({});
    for (const lang of SOURCE_LANGUAGES) {
      const want = bundled.PACK_SOURCES[lang]();
      const got = packed.PACK_SOURCES[lang]();
      expect(got, lang).toEqual(want);
      expect(Object.keys(got.words), lang).toEqual(Object.keys(want.words));
      expect(Object.keys(packed.borrowedNegatives(lang)), lang).toEqual(Object.keys(bundled.borrowedNegatives(lang)));
      expect(packed.borrowedNegatives(lang), lang).toEqual(bundled.borrowedNegatives(lang));
      expect(compilePack(got), lang).toEqual(compilePack(want));
    }
    expect(packed.englishWordLists()).toEqual(bundled.englishWordLists());
    const noAfinn = { ...ALL_ENGLISH_PARTS, afinn: false };
    expect(composeEnglishWords(packed.englishWordLists(), noAfinn)).toEqual(composeEnglishWords(bundled.englishWordLists(), noAfinn));
    // Sanity: the lists are really there (VADER alone is 7,242 words; 10,253 translated AFINN words over six languages).
    expect(Object.keys(packed.PACK_SOURCES.en().words).length).toBeGreaterThan(7_000);
    expect(Object.keys(packed.borrowedNegatives('de')).length).toBeGreaterThan(1_000);
    expect(packed.borrowedNegatives('en')).toEqual({});
  });

  test('a copy per call: changing what one caller got does not change the installed lists', () => {
    const words = packed.borrowedNegatives('fr');
    const first = Object.keys(words)[0]!;
    words[first] = 99;
    expect(packed.borrowedNegatives('fr')[first]).not.toBe(99);
  });
});

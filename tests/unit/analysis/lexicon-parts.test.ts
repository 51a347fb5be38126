import { describe, expect, test } from 'vitest';
import { compilePack } from '../../../lib/analysis/pack.ts';
import { installLexiconDataParts, lexiconData, lexiconDataInstalled, lexiconDataParts, SOURCE_LANGUAGES } from '../../../lib/analysis/languages/lexicon-data.ts';
import * as bundled from '../../../lib/analysis/languages/sources.ts';
import * as packed from '../../../lib/analysis/languages/sources.packed.ts';

// The CLI ships the packs' word lists in parts (dist/lexicons.json, lexiconDataParts), each parsed
// when first read. Read through sources.packed.ts they must be exactly the bundled lists, key
// order included (a pack's Map keeps insertion order). The installed data is module state: the
// refusals run first, then one install with a part damaged inside that no test reads.
const text = lexiconDataParts(lexiconData(bundled));
const lines = text.split('\n');

describe('lexicon data in parts', () => {
  test('one line per part after the header, every language and the English lists', () => {
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'crisis-desk.lexicon-parts/1', version: 1 });
    const names = lines.slice(1, -1).map((l) => l.slice(0, l.indexOf('\t')));
    expect(names).toEqual(expect.arrayContaining([...SOURCE_LANGUAGES.map((l) => `sources.${l}`), 'english', 'borrowed.de']));
    expect(lines.at(-1)).toBe('');
  });

  test.each([
    ['another format', text.replace('lexicon-parts/1', 'lexicon-parts/2'), /not a version 1 language lexicon file in parts/],
    ['plain JSON of the whole data', JSON.stringify(lexiconData(bundled)), /not a version 1 language lexicon file in parts/],
    ['a cut-short copy', text.slice(0, text.length - 500), /cut short/],
    ['a line that lost its name', text.replace('\nsources.fr\t', '\nsources.fr '), /damaged line after 3 parts/],
    ['a line cut inside', text.replace(/\nsources\.it\t[^\n]*\n/, (l) => l.slice(0, 200) + '\n'), /damaged line after 4 parts/],
    ['a language missing', text.replace(/\nsources\.zh\t[^\n]*\n/, '\n'), /lacks zh/],
    ['no English lists', text.replace(/\nenglish\t[^\n]*\n/, '\n'), /lacks english/],
  ])('%s is refused and nothing is installed', (_name, bad, message) => {
    expect(() => installLexiconDataParts(bad)).toThrow(message);
    expect(lexiconDataInstalled()).toBe(false);
  });

  test('installed, every source, borrowed list and the English lists equal the bundled ones, in order', () => {
    // Damaged inside, in form still one object: found only when that part is read.
    installLexiconDataParts(text.replace(/\nsources\.ms\t\{/, '\nsources.ms\t{"lang":'));
    expect(lexiconDataInstalled()).toBe(true);
    for (const lang of SOURCE_LANGUAGES.filter((l) => l !== 'ms')) {
      const want = bundled.PACK_SOURCES[lang]();
      const got = packed.PACK_SOURCES[lang]();
      expect(got, lang).toEqual(want);
      expect(Object.keys(got.words), lang).toEqual(Object.keys(want.words));
      expect(Object.keys(packed.borrowedNegatives(lang)), lang).toEqual(Object.keys(bundled.borrowedNegatives(lang)));
      expect(compilePack(got), lang).toEqual(compilePack(want));
    }
    expect(packed.englishWordLists()).toEqual(bundled.englishWordLists());
    expect(() => packed.PACK_SOURCES.ms()).toThrow(/part sources\.ms is damaged/);
  });
});

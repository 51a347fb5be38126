import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CUE_WORDS, type CueWords } from '../../../lib/analysis/category-cue-words.ts';
import { cueListMatchesBothWays } from '../../../lib/analysis/category-cues.ts';
import { FOLD_SAFE_RANGES, buildCuePrefilter, foldText, leadingStrings } from '../../../lib/analysis/cue-prefilter.ts';

// The category-cue layer's prefilter (lib/analysis/cue-prefilter.ts) must never hide a match: for
// every list of every language, the matches found through it are the matches a scan of the whole
// text finds. Checked on the category tables' rows, on variants of them that reach the rarer paths
// (case, full-width and compatibility forms, decomposed accents, other spaces, no spaces, long s,
// Kelvin sign, dotted I, sharp s, astral letters and emoji next to words) and on random texts made
// of the patterns' own words; and its case folding is checked over every code point.

const TABLE_DIR = path.resolve(import.meta.dirname, '../../fixtures/analysis/categories');
const ROWS: string[] = readdirSync(TABLE_DIR)
  .filter((f) => f.endsWith('.tsv'))
  .flatMap((f) => readFileSync(path.join(TABLE_DIR, f), 'utf8').split('\n'))
  .map((line) => line.split('\t')[2] ?? '')
  .filter((text) => text.length > 0);

const FULL_WIDTH = (t: string) => t.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
const VARIANTS: ((t: string) => string)[] = [
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase()),
  FULL_WIDTH,
  (t) => FULL_WIDTH(t).normalize('NFKC'),
  (t) => t.normalize('NFD'),
  (t) => t.replace(/s/g, 'ſ').replace(/k/g, '\u212a').replace(/i/g, 'İ'),
  (t) => t.replace(/ss/g, 'ß').replace(/ß/g, 'ẞ'),
  (t) => t.replace(/ /g, '\u00a0'),
  (t) => t.replace(/ /g, ' \t\n  '),
  (t) => t.replace(/ /g, ''),
  (t) => t.replace(/'/g, '’').replace(/’/g, "'"),
  (t) => t.replace(/ /g, ' 😀'),
  (t) => t.replace(/ /g, '𝐀'),
  (t) => t.replace(/(\p{L})(\p{L}*)/gu, '$1\u0301$2'),
  (t) => t.replace(/ (\p{L})/gu, '1$1'),
];

/** A deterministic pseudo-random sequence (the test must not flake). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Texts made of the patterns' own words and stems, with separators that sit on the edges. */
function fuzzTexts(words: CueWords, count: number, seed: number): string[] {
  const all = [...Object.values(words.topics), ...Object.values(words.cues), words.frames, words.negators, words.resolved, words.notFrames, words.conjunctions, words.inUse, words.parts, words.failures].flatMap((l) => l ?? []);
  const fragments = [...new Set(all.flatMap((p) => p.replace(/\\p\{[^}]*\}|\\[a-z]|[()[\]?*+{}|:^$\\]|\d+,?\d*/gi, ' ').split(/\s+/)).filter((w) => w.length > 0))];
  const seps = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', '', "'", '’', '-', ',', '.', '!', '7', '12', '$', '€', '😀', '\u0301', 'ẞ', 'ſ', '\u212a', '。', '了'];
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = 2 + Math.floor(next() * 9);
    for (let j = 0; j < n; j++) {
      let w = pick(fragments);
      const r = next();
      if (r < 0.15) w = w.toUpperCase();
      else if (r < 0.25) w = w.slice(0, Math.max(1, Math.floor(next() * w.length)));
      else if (r < 0.3) w += pick(fragments);
      text += w + pick(seps);
    }
    out.push(text);
  }
  return out;
}

/** The lists whose matches differ between the two ways, with their texts (none expected). */
function differences(words: CueWords, texts: readonly string[]): string[] {
  return cueListMatchesBothWays(words, texts)
    .filter((r) => JSON.stringify(r.scanned) !== JSON.stringify(r.prefiltered))
    .map((r) => `${r.list} in ${JSON.stringify(r.text)}: scanned ${JSON.stringify(r.scanned)}, prefiltered ${JSON.stringify(r.prefiltered)}`);
}

describe('the category-cue prefilter', () => {
  test.each(Object.keys(CUE_WORDS))('finds every match of every %s list in the category tables and their variants', (lang) => {
    const words = CUE_WORDS[lang] as CueWords;
    const texts = ROWS.flatMap((t) => VARIANTS.map((v) => v(t)));
    expect(differences(words, texts).slice(0, 5)).toEqual([]);
    // Not vacuous: the rows do match this language's lists.
    expect(cueListMatchesBothWays(words, ROWS).filter((r) => r.scanned.length > 0).length).toBeGreaterThan(20);
  });

  test.each(Object.keys(CUE_WORDS))('finds every match of every %s list in random texts of its own words', (lang) => {
    const words = CUE_WORDS[lang] as CueWords;
    const texts = fuzzTexts(words, 3000, lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    expect(differences(words, texts).slice(0, 5)).toEqual([]);
    expect(cueListMatchesBothWays(words, texts).filter((r) => r.scanned.length > 0).length).toBeGreaterThan(500);
  });

  test('finds every match of patterns the word lists may come to hold', () => {
    // Syntax the parser reads, half-reads or gives up on, each beside texts that match it. (No
    // pattern that matches nothing: the layer's whole-text scan would loop on it before an emoji.)
    const words: CueWords = {
      topics: {
        delivery: ['caf[eé]s?', 'stra(?:ss|ß)e', '\\d+ ?(?:€|euros?)', '[$£€]\\s?\\d+(?:[.,]\\d+)?', 'a\\s*b', '(?:x|y){2}z', 'q{0,2}rst', '\\d\\d?h'],
        refund: ['[^a]bc', 'foo(?=bar)', 'ba(?!d)', '(?<=x)yy', '\\bword\\b', 'ǅem', 'μικρό', 'wörd\\p{L}*', '\\w+ing'],
        account: ["don[’']?t", 'n[\'’]', 'e-?mail', '(?<name>nam)ed', '(a)\\1b', 'x\\u0041', '.lse', '[a-c]{2,}d'],
      },
      frames: ['(?:for|since) (?:\\d+|a|one) (?:days?|weeks?)', 'still', '  two  spaces '],
      negators: ['no', 'not'],
      cues: { damaged: ['[\\p{Script=Han}]{1,3}了', '坏了', '\\p{L}+ broke'] },
      resolved: ['sorted'],
      notFrames: ['no (?:problems?|issues?)'],
      conjunctions: ['and', 'or'],
      inUse: ['(?:after|in) (?:\\d+|a|one) (?:days?|weeks?)'],
      parts: ['batter(?:y|ies)'],
      failures: ['went dead', 'stopped \\p{L}+ing'],
    };
    const samples = [
      'Café and CAFÉS, cafe, CAFE\u0301, straße STRASSE Straẞe stra\u00dfe', '12€ 12 euros 3 EURO 1,50 €', '$ 12 £3.50 €1,5 $', 'ab a b a \u3000 b aab',
      'xxz xyz yyz xz xyyz', 'rst qrst qqrst qqqrst', '1h 12h 123h 1 2h', 'abc xbc bbc', 'foobar foobaz', 'bad bat ba', 'xyy yy', 'word words sword',
      'ǅem ǆem Ǆem', 'ΜΙΚΡΌ μικρό', 'wörd wÖrdchen WORD', 'nothing running ing', "don't don’t dont DON'T", "n'importe n’est", 'email e-mail EMAIL',
      'named', 'aab ab', 'xA xa', 'else false', 'abd aabd ccd', 'for 3 days, since a week', 'still STILL', ' two spaces  two\u00a0 spaces ',
      '不坏了 坏了 好了 它了', 'it broke 😀broke', 'no problems no issue not', 'sorted and or', 'after 2 days in a week', 'battery batteries', 'went  dead', 'stopped working',
    ];
    const texts = samples.flatMap((t) => VARIANTS.map((v) => v(t)));
    expect(differences(words, texts).slice(0, 5)).toEqual([]);
    expect(differences({ ...words, cjk: true }, texts).slice(0, 5)).toEqual([]);
    expect(differences(words, fuzzTexts(words, 2000, 7)).slice(0, 5)).toEqual([]);
  });

  test('reads the strings a match starts with off a pattern, and gives up where it cannot', () => {
    expect(leadingStrings('orders?')).toEqual([
      { text: 'order', whole: true },
      { text: 'orders', whole: true },
    ]);
    expect(leadingStrings('bestell\\p{L}*')).toEqual([{ text: 'bestell', whole: false }]);
    expect(leadingStrings('royal\\s+mail')).toEqual([{ text: 'royal mail', whole: true }]);
    expect(leadingStrings('DHL')).toEqual([{ text: 'dhl', whole: true }]);
    expect(leadingStrings('[\\p{Script=Han}]{1,3}なくなっ')).toEqual([]);
    expect(leadingStrings('(?:a|b)?')).toEqual([]);
    expect(leadingStrings('(unclosed')).toEqual([]);
    expect(leadingStrings('μικρό')).toEqual([]);
  });

  test('rules out texts without the words, and still walks Han text everywhere', () => {
    const en = CUE_WORDS.en as CueWords;
    const lists = [...Object.values(en.topics), ...Object.values(en.cues), en.failures].map((l) => l ?? []);
    const none = buildCuePrefilter(lists, false).candidates('Lovely weather at the beach today');
    expect(none.starts.every((s) => s === undefined)).toBe(true);
    expect([...none.always].every((a) => a === 0)).toBe(true);
    const one = buildCuePrefilter(lists, false).candidates('Where is my ORDER?');
    expect(one.starts.filter((s) => s !== undefined)).toEqual([[12]]);
    const zh = buildCuePrefilter([['快递'], ['坏']], true).candidates('我的快递坏了');
    expect(zh.starts).toEqual([[2], [4]]);
  });

  // Over every code point: a character that a FOLD_SAFE character matches under /iu folds to the
  // same as it (foldText), and folding keeps letters, digits and spaces what they are.
  test('folds every character a readable pattern character matches under /iu to the same', () => {
    const classOf = (rs: readonly (readonly [number, number])[]) => new RegExp(`^[${rs.map(([lo, hi]) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`).join('')}]$`, 'iu');
    // Latin letters, signs and punctuation have case partners; the other blocks have none.
    const casedRanges = FOLD_SAFE_RANGES.filter(([lo]) => lo < 0x590 || (lo >= 0x2000 && lo < 0x2100));
    const caselessRanges = FOLD_SAFE_RANGES.filter((r) => !casedRanges.includes(r));
    const cased = classOf(casedRanges);
    const caseless = classOf(caselessRanges);
    const each = casedRanges.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)).map((c) => [String.fromCodePoint(c), new RegExp(`^[\\u{${c.toString(16)}}]$`, 'iu')] as const);
    const inCaseless = (q: number) => caselessRanges.some(([lo, hi]) => q >= lo && q <= hi);
    const wrong: string[] = [];
    for (let q = 0; q <= 0x10ffff; q++) {
      if (q >= 0xd800 && q <= 0xdfff) continue;
      const ch = String.fromCodePoint(q);
      if (cased.test(ch)) for (const [p, re] of each) if (re.test(ch) && foldText(p) !== foldText(ch)) wrong.push(`${p} ~ ${ch}`);
      // A caseless block's characters match only themselves.
      if (caseless.test(ch) && (!inCaseless(q) || ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) wrong.push(`caseless ~ U+${q.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    const word = /^[\p{L}\p{N}]$/iu;
    const kept: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const folded = foldText(ch);
      if (folded.length !== 1) kept.push(`U+${c.toString(16)} folds to ${folded.length} units`);
      else if (word.test(ch) !== word.test(folded) || /\s/u.test(ch) !== /\s/u.test(folded) || /\d/.test(ch) !== /\d/.test(folded)) kept.push(`U+${c.toString(16)}`);
    }
    expect(kept).toEqual([]);
  });
});

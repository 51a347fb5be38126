import { describe, expect, test } from 'vitest';
import { analyzeText, MAX_ANALYSED_CHARS } from '../../../lib/analysis/index.ts';
import { prepareText, originalSpan } from '../../../lib/analysis/prepare.ts';
import { AnalysisSchema } from '../../../lib/schema.ts';

const HUNDRED_KB = 'The product is fine. '.repeat(5_000);

// Every row: the analyser returns a schema-valid Analysis with a clear verdict, never throws,
// and every evidence span is a real slice of the input.
describe('any string is analysed without throwing', () => {
  test.each<[string, string, 'negative' | 'neutral' | 'positive']>([
    ['empty', '', 'neutral'],
    ['whitespace', ' \n\t\r ', 'neutral'],
    ['only a URL and handles', 'https://t.co/xyz @acme @acme_help', 'neutral'],
    ['only emoji', '📦📦📦', 'neutral'],
    ['lone high surrogate', 'bad \ud83d product', 'negative'],
    ['lone low surrogate at the start', '\ude00 terrible', 'negative'],
    ['only surrogates', '\ud800\udc00\ud800\ud800\udfff', 'neutral'],
    ['zero-width inside a word', 'ter\u200brible service', 'negative'],
    ['zero-width only', '\u200b\u200c\u200d\u2060\ufeff', 'neutral'],
    ['RTL with bidi controls', '\u202bالخدمة سيئة\u202c 😡', 'negative'],
    ['Hebrew mixed with English', 'המוצר הגיע broken', 'negative'],
    ['mixed scripts', 'iPhone 最高 👍 Доставка', 'positive'],
    ['control characters', 'bad\u0000\u0007\u001b[31m product', 'negative'],
    ['combining marks', 'de\u0301c\u0327u pas content', 'negative'],
    ['full-width Latin', 'ＴＥＲＲＩＢＬＥ', 'negative'],
    ['100 KB of text', HUNDRED_KB, 'positive'],
    ['one 100 KB word', 'a'.repeat(100_000), 'neutral'],
    ['100 KB of emoji', '😡'.repeat(50_000), 'negative'],
  ])('%s', (_name, text, expected) => {
    const a = analyzeText({ text });
    expect(AnalysisSchema.parse(a)).toEqual(a);
    expect(a.sentiment.label).toBe(expected);
    for (const e of a.complaint?.evidence ?? []) {
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  test('non-string input from untyped callers is treated as empty', () => {
    const a = analyzeText({ text: undefined as unknown as string });
    expect(a.lang).toBe('und');
    expect(a.sentiment).toEqual({ score: 0, label: 'neutral' });
  });

  test('huge text is capped, and fast', () => {
    const text = 'x '.repeat(200_000) + 'terrible';
    const t0 = performance.now();
    const a = analyzeText({ text });
    expect(performance.now() - t0).toBeLessThan(2_000);
    // The negative word is beyond the cap, so it is not read.
    expect(a.sentiment.label).toBe('neutral');
  });
});

describe('prepareText keeps offsets into the original', () => {
  test('drops invisible characters and maps back', () => {
    const p = prepareText('a\u200bb\ufeffc');
    expect(p.text).toBe('abc');
    expect(originalSpan(p, 1, 3)).toEqual([2, 5]);
  });

  test('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    const p = prepareText('\ud83d x \ud83d\ude00');
    expect(p.text).toBe('\ufffd x \ud83d\ude00');
    expect(originalSpan(p, 4, 6)).toEqual([4, 6]);
    // Half a pair still maps to the whole pair.
    expect(originalSpan(p, 4, 5)).toEqual([4, 6]);
  });

  test('reads escaped HTML entities as their characters, each spanning the whole entity', () => {
    const p = prepareText('so bad &gt;:[ Q&amp;A &copy; &amp');
    expect(p.text).toBe('so bad >:[ Q&A &copy; &amp');
    expect(originalSpan(p, 7, 8)).toEqual([7, 11]);
    expect(originalSpan(p, 7, 10)).toEqual([7, 13]);
    // Unknown and unterminated entities stay as written.
    expect(p.text.endsWith('&copy; &amp')).toBe(true);
  });

  test('folds full-width Latin (NFKC per code point)', () => {
    expect(prepareText('ＢＡＤ').text).toBe('BAD');
  });

  test('caps at MAX_ANALYSED_CHARS without splitting a surrogate pair', () => {
    const text = 'a'.repeat(MAX_ANALYSED_CHARS - 1) + '😀' + 'b';
    const p = prepareText(text);
    expect(p.capped).toBe(true);
    expect(p.text.length).toBe(MAX_ANALYSED_CHARS - 1);
  });
});

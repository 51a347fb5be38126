import { describe, expect, test } from 'vitest';
import { analyzeMention, ANALYZER_VERSION, mentionAnalysisText } from '../../../lib/analysis/index.ts';
import type { Mention } from '../../../lib/schema.ts';

function review(over: Partial<Mention>): Mention {
  return {
    id: 'amazon:R1ABCDEFGHIJKL',
    platform: 'amazon',
    permalink: 'https://www.amazon.com/gp/customer-reviews/R1ABCDEFGHIJKL',
    text: '',
    ...over,
  };
}

function post(over: Partial<Mention>): Mention {
  return { id: 'x:1790000000000000001', platform: 'x', permalink: 'https://x.com/someone/status/1790000000000000001', text: '', ...over };
}

describe('analyzeMention', () => {
  test('reads the Amazon title with the text: a title can carry the verdict', () => {
    const m = review({ title: "Don't buy", text: 'Arrived on Monday in a brown box.', langHint: 'en-US' });
    expect(mentionAnalysisText(m)).toBe("Don't buy\nArrived on Monday in a brown box.");
    const a = analyzeMention(m);
    expect(a.sentiment.label).toBe('negative');
    expect(a.complaint?.evidence[0]).toEqual({ start: 0, end: 9, text: "Don't buy", kind: 'phrase' });
    expect(a.analyzer).toBe(ANALYZER_VERSION);
  });

  test('evidence offsets refer to mentionAnalysisText(m)', () => {
    const m = review({ title: 'Meh', text: 'The lid cracked on day two.' });
    const joined = mentionAnalysisText(m);
    for (const e of analyzeMention(m).complaint?.evidence ?? []) expect(joined.slice(e.start, e.end)).toBe(e.text);
  });

  test('never analyses quotedText as the author\u2019s words', () => {
    const m = post({ text: 'Look what they wrote about us', quotedText: 'Worst company ever, total scam, never arrived 😡', kind: 'quote' });
    const a = analyzeMention(m);
    expect(a.sentiment.label).toBe('neutral');
    expect(a.complaint?.categories).toEqual([]);
  });

  test("uses the mention's langHint", () => {
    expect(analyzeMention(post({ text: '最悪', langHint: 'ja' })).lang).toBe('ja');
    expect(analyzeMention(post({ text: '最悪' })).lang).toBe('zh');
  });

  // The star rating pulls, it does not decide (scripts/eval-analysis.ts `rating` measures it).
  test.each<[string, number | undefined, 'negative' | 'neutral' | 'positive']>([
    // No words with sentiment: the rating decides the lean.
    ['Arrived on Monday.', 1, 'negative'],
    ['Arrived on Monday.', 2, 'negative'],
    ['Arrived on Monday.', 3, 'neutral'],
    ['Arrived on Monday.', 5, 'positive'],
    ['Arrived on Monday.', undefined, 'neutral'],
    // A clear complaint stays a complaint under five stars, and clear praise under one.
    ['Stopped working after a month.', 5, 'negative'],
    ['Excellent, works perfectly, I love it!', 1, 'positive'],
  ])('%s with %s stars -> %s', (text, rating, expected) => {
    expect(analyzeMention(review({ text, rating, langHint: 'en' })).sentiment.label).toBe(expected);
  });

  test('ignores the rating on X (there is none) and when it is 0', () => {
    expect(analyzeMention(post({ text: 'Arrived on Monday.', rating: 1 })).sentiment.label).toBe('neutral');
    expect(analyzeMention(review({ text: 'Arrived on Monday.', rating: 0 })).sentiment.label).toBe('neutral');
  });
});

import { describe, expect, test } from 'vitest';
import { loadNlp } from '../../../lib/alerts/nlp.ts';
import { englishPhrases, ngramTerms } from '../../../lib/alerts/phrases.ts';
import { explainSpike, type WhyInput } from '../../../lib/alerts/why.ts';
import { row } from './fixtures.ts';

const nlp = await loadNlp();
const explain = (input: Omit<WhyInput, 'nlp'>) => explainSpike({ ...input, nlp });

describe('terms', () => {
  test.each([
    [
      'noun phrases, not stop-words; links and handles left out',
      'My Acme blender arrived broken and the customer service line never answered. The replacement order was cancelled! @acme https://t.co/x',
      ['acme blender', 'customer service line', 'replacement order'],
    ],
    ['no nouns, no terms', 'I am so angry, this is the worst. It is what it is.', []],
  ])('English: %s', (_name, text, terms) => {
    expect(englishPhrases(text, nlp)).toEqual(terms);
  });

  test.each([
    ['de', 'Der Mixer kam kaputt an', ['mixer', 'mixer kam', 'kam kaputt', 'kaputt', 'kaputt an']],
    ['ja', '配送が遅すぎる', ['配送', '送が', 'が遅', '遅す']],
    ['zh', '退款太慢了', ['退款', '款太', '太慢', '慢了']],
  ])('n-gram fallback (%s)', (lang, text, terms) => {
    expect(ngramTerms(text, lang)).toEqual(terms);
  });
});

describe('explainSpike', () => {
  const baseline = [
    row(1, { text: 'Acme blender is loud', watchMatches: ['Acme'], categories: ['service'] }),
    row(2, { text: 'Acme support was slow today', categories: ['service'] }),
    row(3, { text: 'My Acme blender stopped', categories: ['damaged'] }),
    row(4, { text: 'Der Acme Mixer ist laut', lang: 'de' }),
  ];
  const span = [
    row(10, { text: 'Acme recall notice: the blender jar cracked', categories: ['safety'], score: -0.9, sortAt: Date.parse('2025-06-02T10:00:00Z') }),
    row(11, { text: 'Got the recall notice from Acme, blender jar cracked again', categories: ['safety', 'refund'], score: -0.5 }),
    row(12, { text: 'Acme recall notice? My blender jar cracked too', categories: ['safety'], score: -0.9, sortAt: Date.parse('2025-06-02T11:00:00Z') }),
    row(13, { text: 'Acme blender again', categories: ['service'], score: -0.3 }),
  ];

  test('terms that are new in the span lead; the watched brand and the usual ones do not', () => {
    const why = explain({ span, baseline, exclude: ['Acme'] });
    expect(why.mentions).toBe(4);
    expect(why.baselineMentions).toBe(4);
    expect(why.terms).toEqual([
      { text: 'blender jar', count: 3, baseline: 0 },
      { text: 'recall notice', count: 3, baseline: 0 },
    ]);
  });

  test('categories and languages that grew, by how much their share grew', () => {
    const why = explain({ span, baseline, exclude: ['Acme'] });
    expect(why.categories).toEqual([
      { key: 'safety', count: 3, share: 0.75, baselineShare: 0 },
      { key: 'refund', count: 1, share: 0.25, baselineShare: 0 },
    ]);
    // en went from 3 of 4 to 4 of 4.
    expect(why.languages).toEqual([{ key: 'en', count: 4, share: 1, baselineShare: 0.75 }]);
  });

  test('examples: most negative first, newest among equals', () => {
    expect(explain({ span, baseline, maxExamples: 3 }).exampleIds).toEqual(['x:1000012', 'x:1000010', 'x:1000011']);
  });

  test('an empty baseline: everything in the span counts as new; an empty span explains nothing', () => {
    const why = explain({ span, baseline: [], exclude: ['acme'] });
    expect(why.terms.map((t) => t.text)).toEqual(['blender jar', 'recall notice']);
    expect(explain({ span: [], baseline })).toEqual({
      mentions: 0,
      baselineMentions: 4,
      terms: [],
      categories: [],
      languages: [],
      exampleIds: [],
    });
  });
});

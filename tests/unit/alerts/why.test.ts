import { describe, expect, test } from 'vitest';
import { pickExamples, shingles, similarity } from '../../../lib/alerts/examples.ts';
import { populationMatcher, termsOf, termsOverlap } from '../../../lib/alerts/phrases.ts';
import { explainSpike, rankTerms } from '../../../lib/alerts/why.ts';
import { populationOf } from '../../../lib/alerts/alert-changes.ts';
import { AlertSettingsSchema, DEFAULT_SETTINGS, type StoredMention } from '../../../lib/schema.ts';
import { row } from './fixtures.ts';

const VOLTRA = populationMatcher({ terms: ['Voltra', 'voltra_help'] });
const none = populationMatcher({ terms: [] });

describe('terms of one mention', () => {
  test.each([
    [
      'en: content words and 2–3 word phrases inside a clause; links, handles and the brand left out',
      'en',
      'My Voltra charger is overheating, burning plastic! @voltra_help https://t.co/x',
      VOLTRA,
      ['charger', 'overheating', 'burning', 'plastic', 'burning plastic'],
    ],
    ['en: a possessive reads as its word', 'en', "Voltra's charger melted", VOLTRA, ['charger', 'melted', 'charger melted']],
    ['de', 'de', 'Das Voltra Ladegerät überhitzt, gefährlich!', VOLTRA, ['ladegerät', 'überhitzt', 'ladegerät überhitzt', 'gefährlich']],
    // ICU's dictionary: 充電器 is one word, particles (が, は) end phrases, single characters are no terms.
    ['ja: words, not character pairs', 'ja', 'Voltraの充電器が熱くなって焦げ臭い', VOLTRA, ['充電器', '焦げ臭い']],
    // ICU splits 充电|器 and 过|热: the phrase puts them back together.
    ['zh: split compounds rejoined as two-word phrases', 'zh', 'Voltra充电器过热', VOLTRA, ['充电', '充电器', '器过', '过热']],
    ['numbers and one-letter words are not terms', 'en', '2 chargers, 3 x 10', none, ['chargers']],
  ])('%s', (_name, lang, text, population, expected) => {
    expect(termsOf(text, lang, population).sort()).toEqual([...expected].sort());
  });

  test('multi-word brand names and keyword prefixes are the population', () => {
    const p = populationMatcher({ terms: ['Voltra Power', '起火'], prefixes: ['smok'] });
    expect(termsOf('The Voltra Power bank is smoking hot', 'en', p).sort()).toEqual(['bank', 'hot']);
    expect(termsOf('电池起火了', 'zh', p)).toEqual(['电池']);
  });
});

describe('counting and ranking terms', () => {
  // The burst in miniature: every post names the brand; "refund" was as common before.
  const baseline: StoredMention[] = [
    ...Array.from({ length: 8 }, (_, i) => row(100 + i, { text: `Voltra refund still not here, day ${i}` })),
    ...Array.from({ length: 12 }, (_, i) => row(200 + i, { text: `Voltra app logs me out again ${i}` })),
  ];
  const span: StoredMention[] = [
    ...Array.from({ length: 30 }, (_, i) => row(300 + i, { text: `Voltra charger overheating, burning smell (${i})` })),
    ...Array.from({ length: 10 }, (_, i) => row(400 + i, { text: `My Voltra charger got hot and I want a refund ${i}` })),
    ...Array.from({ length: 2 }, (_, i) => row(500 + i, { text: `Voltra lost my parcel ${i}` })),
  ];
  const population = { terms: ['Voltra'] };

  test('a term counts the mentions that contain it, in the span and the day before', () => {
    const terms = rankTerms(span, baseline, population);
    const byText = new Map(terms.map((t) => [t.text, t]));
    // "charger" is in 40 span mentions, whatever phrase surrounds it.
    expect(byText.get('charger')).toMatchObject({ count: 40, baseline: 0 });
    // "refund" went from 8 of 20 to 10 of 42: it shrank, so it is no reason.
    expect(byText.has('refund')).toBe(false);
    // The brand is in every mention: never a term.
    expect(terms.some((t) => t.text.includes('voltra'))).toBe(false);
  });

  test('minimum support: two mentions are an example, not a pattern', () => {
    expect(rankTerms(span, baseline, population).some((t) => t.text === 'parcel')).toBe(false);
  });

  test('no double counting: a phrase covering most of a word replaces it; a word and its phrase are not both listed', () => {
    const texts = rankTerms(span, baseline, population).map((t) => t.text);
    // "charger overheating" is in 30 of charger's 40 mentions (75% < 80%): "charger" stays, and the
    // phrase is not listed beside it. "burning smell" covers all of "burning" and "smell".
    expect(texts).toContain('charger');
    expect(texts).not.toContain('charger overheating');
    expect(texts).toContain('burning smell');
    expect(texts).not.toContain('burning');
    expect(texts).not.toContain('smell');
  });

  test('ranked by growth: new and frequent first', () => {
    const terms = rankTerms(span, baseline, population);
    expect(terms[0]!.text).toBe('charger');
    expect(terms[0]!.growth).toBe(Math.max(...terms.map((t) => t.growth)));
  });

  test('spread over the spike: a word for each language before synonyms of the biggest one', () => {
    const en = Array.from({ length: 30 }, (_, i) => row(800 + i, { text: `Voltra charger overheating badly ${i}` }));
    const de = Array.from({ length: 10 }, (_, i) => row(900 + i, { lang: 'de', text: `Voltra Ladegerät brennt ${i}` }));
    const texts = rankTerms([...en, ...de], baseline, population, 2).map((t) => t.text);
    // "overheating", "badly" and "charger" all reach the same 30 English posts: the German word comes second.
    expect(texts).toEqual(['charger overheating badly', 'ladegerät brennt']);
  });

  test('CJK bursts name words, not fragments', () => {
    const ja = Array.from({ length: 12 }, (_, i) => row(600 + i, { lang: 'ja', text: `Voltraの充電器が熱くなって焦げ臭い${'！'.repeat(i % 3)}` }));
    const zh = Array.from({ length: 12 }, (_, i) => row(700 + i, { lang: 'zh', text: `Voltra充电器过热，太危险了${i}` }));
    const texts = rankTerms([...ja, ...zh], baseline, population).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['充電器', '焦げ臭い', '充电器', '过热', '危险']));
    for (const fragment of ['充電', '電器', '器が', '充电', '器过']) expect(texts).not.toContain(fragment);
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

  test('terms with their counts; the watched brand is no term', () => {
    const why = explainSpike({ span, baseline, population: { terms: ['Acme'] } });
    expect(why.mentions).toBe(4);
    expect(why.baselineMentions).toBe(4);
    expect(why.terms).toEqual([
      { text: 'blender jar cracked', count: 3, baseline: 0 },
      { text: 'recall notice', count: 3, baseline: 0 },
    ]);
  });

  test('categories and languages that grew, by how much their share grew', () => {
    const why = explainSpike({ span, baseline, population: { terms: ['Acme'] } });
    expect(why.categories).toEqual([
      { key: 'safety', count: 3, share: 0.75, baselineShare: 0 },
      { key: 'refund', count: 1, share: 0.25, baselineShare: 0 },
    ]);
    // en went from 3 of 4 to 4 of 4.
    expect(why.languages).toEqual([{ key: 'en', count: 4, share: 1, baselineShare: 0.75 }]);
  });

  test('an empty baseline: counts alone rank; an empty span explains nothing', () => {
    const why = explainSpike({ span, baseline: [], population: { terms: ['acme'] } });
    // "blender" is in all four (the day before had it too, but there is no day before here).
    expect(why.terms).toEqual([
      { text: 'blender', count: 4, baseline: 0 },
      { text: 'recall notice', count: 3, baseline: 0 },
    ]);
    expect(explainSpike({ span: [], baseline })).toEqual({ mentions: 0, baselineMentions: 4, terms: [], categories: [], languages: [], exampleIds: [] });
  });
});

describe('population of a scope', () => {
  const settings = { ...DEFAULT_SETTINGS, brands: ['Voltra'], handles: ['voltra_help'], productIds: ['B000000001'] };
  const alertSettings = AlertSettingsSchema.parse({ keywordSets: [{ id: 'fire', name: 'Fire', terms: ['fire', 'smok*', '起火'] }] });

  test.each([
    ['all', { terms: ['Voltra', 'voltra_help', 'B000000001'], prefixes: [] }],
    ['keywords:fire', { terms: ['Voltra', 'voltra_help', 'B000000001', 'fire', '起火'], prefixes: ['smok'] }],
    ['product:B000000002', { terms: ['Voltra', 'voltra_help', 'B000000001', 'B000000002'], prefixes: [] }],
  ] as const)('%s', (scope, expected) => {
    expect(populationOf(scope, settings, alertSettings, [])).toEqual(expected);
  });

  test('a category scope: the words that put mentions in it', () => {
    const m = row(1, { categories: ['refund'] });
    const withEvidence = { ...m, analysis: { ...m.analysis, complaint: { categories: ['refund' as const], evidence: [{ start: 0, end: 6, text: 'Refund', kind: 'phrase', category: 'refund' }] } } };
    expect(populationOf('category:refund', settings, alertSettings, [withEvidence]).terms).toContain('refund');
    expect(populationOf('category:safety', settings, alertSettings, [withEvidence]).terms).not.toContain('refund');
  });
});

describe('examples', () => {
  test('near-identical copies collapse; languages and platforms take turns; top-term posts first', () => {
    const copies = Array.from({ length: 6 }, (_, i) => row(i + 1, { lang: 'ja', text: `Voltraの充電器が熱くなって焦げ臭い。危険です ${'!'.repeat(i)}` }));
    const en = [
      row(20, { text: 'Voltra charger overheating, burning smell', score: -0.9 }),
      row(21, { text: 'Voltra charger overheating, burning smell!!', score: -0.9 }),
      row(22, { text: 'Melted cable from the Voltra charger, unsafe', score: -0.5 }),
      row(23, { text: 'Voltra app is slow', score: -0.95 }),
    ];
    const amazon = [row(30, { platform: 'amazon', text: 'Charger got so hot it scorched my desk. One star.', score: -0.7 })];
    const de = [row(40, { lang: 'de', text: 'Das Ladegerät überhitzt, gefährlich!' })];
    const span = [...copies, ...en, ...amazon, ...de];
    // Top term rows: the posts mentioning the charger.
    const charger = span.flatMap((r, i) => (/charger|充電器|ladegerät/i.test(r.text) ? [i] : []));
    const ids = pickExamples(span, [charger], 5);
    expect(ids).toHaveLength(5);
    // One Japanese post for the six copies, both English posts about the charger, the Amazon one, the German one.
    expect(ids.filter((id) => span.find((r) => r.id === id)!.analysis.lang === 'ja')).toHaveLength(1);
    expect(ids).toEqual(expect.arrayContaining(['x:1000020', 'x:1000022', 'amazon:R00000030', 'x:1000040']));
    expect(ids).not.toContain('x:1000021'); // a copy of 20
    expect(ids).not.toContain('x:1000023'); // more negative, but about nothing the spike is about
  });

  test('similarity of character trigrams ignores case, links and handles', () => {
    expect(similarity(shingles('Charger MELTED https://t.co/a @bob'), shingles('charger melted'))).toBe(1);
    expect(similarity(shingles('charger melted'), shingles('app is slow'))).toBeLessThan(0.1);
  });
});

describe('overlapping terms', () => {
  test.each([
    ['charger', 'usb charger', true],
    ['burning plastic', 'plastic smell', true],
    ['充电器', '器过', true],
    ['充电器', '过热', false],
    ['char', 'charger', false],
    ['charger', 'overheating', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(termsOverlap(a, b)).toBe(expected);
  });
});

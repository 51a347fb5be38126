import { describe, expect, test } from 'vitest';
import { compileKeywordSets } from '../../../lib/alerts/keyword-match.ts';
import { scopeLabel } from '../../../lib/alerts/labels.ts';
import { scopeHit, scopesOf } from '../../../lib/alerts/scopes.ts';
import { createTranslator } from '../../../lib/i18n.ts';
import { NO_WATCH, WATCH_ACME, row } from './fixtures.ts';

const SETS = [
  { id: 'battery-fire', name: 'Battery fire', terms: ['fire', 'burn*'], enabled: true },
  { id: 'recall', name: 'Recall', terms: ['recall'], enabled: true },
  { id: 'off', name: 'Switched off', terms: ['fire'], enabled: false },
];
const KEYWORDS = compileKeywordSets(SETS);
const keywordHits = (hits: ReturnType<typeof scopesOf>) => hits.filter((h) => h.scope.startsWith('keywords:'));

describe('scopesOf with keyword sets', () => {
  test.each([
    [
      'negative and matching: negative in that set, seen in every enabled set',
      row(1, { text: 'My charger caught fire' }),
      [
        { scope: 'keywords:battery-fire', negative: true, terms: ['fire'] },
        { scope: 'keywords:recall', negative: false },
      ],
    ],
    [
      'matching but not negative: seen only (the denominator)',
      row(2, { text: 'Great, no fire this time', label: 'positive' }),
      [
        { scope: 'keywords:battery-fire', negative: false },
        { scope: 'keywords:recall', negative: false },
      ],
    ],
    [
      'negative but not matching: seen only',
      row(3, { text: 'The jar cracked' }),
      [
        { scope: 'keywords:battery-fire', negative: false },
        { scope: 'keywords:recall', negative: false },
      ],
    ],
    [
      'a complaint category makes it negative (the flagging rule), in both sets it matches',
      row(4, { text: 'Recall notice: it burns', label: 'neutral', categories: ['safety'] }),
      [
        { scope: 'keywords:battery-fire', negative: true, terms: ['burn*'] },
        { scope: 'keywords:recall', negative: true, terms: ['recall'] },
      ],
    ],
  ])('%s', (_name, r, expected) => {
    expect(keywordHits(scopesOf(r, NO_WATCH, KEYWORDS))).toEqual(expected);
  });

  test('the brand population is the denominator: outside it, no keyword scope at all', () => {
    expect(keywordHits(scopesOf(row(5, { text: 'fire', watchMatches: [] }), WATCH_ACME, KEYWORDS))).toEqual([]);
    expect(keywordHits(scopesOf(row(6, { text: 'Acme fire', watchMatches: ['Acme'] }), WATCH_ACME, KEYWORDS)).map((h) => [h.scope, h.negative])).toEqual([
      ['keywords:battery-fire', true],
      ['keywords:recall', false],
    ]);
    // A watched product outside the brand population counts in its product scope only.
    const review = row(7, { platform: 'amazon', productId: 'B000000001', text: 'caught fire' });
    expect(scopesOf(review, WATCH_ACME, KEYWORDS).map((h) => h.scope)).toEqual(['product:B000000001']);
  });

  test('counting a stream: every brand mention is seen, matching negatives are negative', () => {
    const stream = [
      row(10, { text: 'caught fire' }),
      row(11, { text: 'caught fire', label: 'neutral' }),
      row(12, { text: 'arrived late' }),
      row(13, { text: 'love it', label: 'positive' }),
      row(14, { text: 'smoke then FIRE' }),
    ];
    const totals = new Map<string, { negatives: number; total: number }>();
    for (const r of stream) {
      for (const h of scopesOf(r, NO_WATCH, KEYWORDS)) {
        const t = totals.get(h.scope) ?? { negatives: 0, total: 0 };
        totals.set(h.scope, { negatives: t.negatives + (h.negative ? 1 : 0), total: t.total + 1 });
      }
    }
    expect(totals.get('all')).toEqual({ negatives: 3, total: 5 });
    expect(totals.get('keywords:battery-fire')).toEqual({ negatives: 2, total: 5 });
    expect(totals.get('keywords:recall')).toEqual({ negatives: 0, total: 5 });
    expect(totals.has('keywords:off')).toBe(false);
  });

  test('without keyword sets (current callers) nothing changes', () => {
    expect(keywordHits(scopesOf(row(20, { text: 'fire' }), NO_WATCH))).toEqual([]);
    expect(scopesOf(row(20, { text: 'fire' }), NO_WATCH)).toHaveLength(9);
    expect(scopesOf(row(20, { text: 'fire' }), NO_WATCH, compileKeywordSets([]))).toHaveLength(9);
  });

  test('scopeHit for a keyword scope (why this spike picks the matching negatives)', () => {
    expect(scopeHit(row(21, { text: 'fire' }), 'keywords:battery-fire', NO_WATCH, KEYWORDS)).toEqual({
      scope: 'keywords:battery-fire',
      negative: true,
      terms: ['fire'],
    });
    expect(scopeHit(row(21, { text: 'fire' }), 'keywords:battery-fire', NO_WATCH)).toBeUndefined();
    expect(scopeHit(row(21, { text: 'fire' }), 'keywords:off', NO_WATCH, KEYWORDS)).toBeUndefined();
  });
});

describe('keyword scope labels', () => {
  const en = createTranslator('en').t;
  const zh = createTranslator('zh-CN').t;
  test.each([
    ['named by the set', 'keywords:battery-fire', SETS, en, 'Keywords: Battery fire'],
    ['a deleted set by its id', 'keywords:gone', SETS, en, 'Keywords: gone (deleted set)'],
    ['sets not known to the caller: the id', 'keywords:battery-fire', undefined, en, 'Keywords: battery-fire'],
    ['Simplified Chinese', 'keywords:battery-fire', SETS, zh, '关键词：Battery fire'],
    ['Simplified Chinese, deleted', 'keywords:gone', SETS, zh, '关键词：gone（已删除的关键词组）'],
    ['other scopes unchanged', 'platform:x', SETS, en, 'Negative mentions on X'],
  ] as const)('%s', (_name, scope, sets, t, label) => {
    expect(scopeLabel(scope, t, sets)).toBe(label);
  });
});

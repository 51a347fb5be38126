import { describe, expect, test } from 'vitest';
import { isNegative, parseScope, scopeHit, scopesOf } from '../../../lib/alerts/scopes.ts';
import { NO_WATCH, WATCH_ACME, row } from './fixtures.ts';

const CATEGORY_SCOPES = ['delivery', 'damaged', 'safety', 'refund', 'account', 'service', 'counterfeit'].map((c) => `category:${c}`);

describe('scopesOf', () => {
  test('with no watch list every mention is in the brand population', () => {
    const hits = scopesOf(row(1, { categories: ['delivery'] }), NO_WATCH);
    expect(hits.map((h) => h.scope)).toEqual(['all', 'platform:x', ...CATEGORY_SCOPES]);
    expect(hits.filter((h) => h.negative).map((h) => h.scope)).toEqual(['all', 'platform:x', 'category:delivery']);
  });

  test.each([
    ['a neutral mention of the brand counts in every denominator, no numerator', row(2, { label: 'neutral', watchMatches: ['Acme'] }), 9, []],
    ['a mention without a watch match is outside the brand population', row(3, { watchMatches: [] }), 0, []],
    [
      'a review of a watched product counts in its product scope even without the brand',
      row(4, { platform: 'amazon', productId: 'B000000001' }),
      1,
      ['product:B000000001'],
    ],
    ['an unwatched product gets no scope', row(5, { platform: 'amazon', productId: 'B000000009' }), 0, []],
    [
      'a neutral mention with a complaint category is negative (the flagging rule)',
      row(6, { label: 'neutral', categories: ['refund'], watchMatches: ['Acme'] }),
      9,
      ['all', 'platform:x', 'category:refund'],
    ],
  ])('%s', (_name, r, scopes, negatives) => {
    const hits = scopesOf(r, WATCH_ACME);
    expect(hits).toHaveLength(scopes);
    expect(hits.filter((h) => h.negative).map((h) => h.scope)).toEqual(negatives);
  });

  test('scopeHit picks one scope; parseScope splits the key', () => {
    expect(scopeHit(row(7, { platform: 'amazon' }), 'platform:amazon', NO_WATCH)).toEqual({ scope: 'platform:amazon', negative: true });
    expect(scopeHit(row(7, { platform: 'amazon' }), 'platform:x', NO_WATCH)).toBeUndefined();
    expect(parseScope('all')).toEqual({ kind: 'all' });
    expect(parseScope('product:B000000001')).toEqual({ kind: 'product', value: 'B000000001' });
    expect(isNegative(row(8, { label: 'positive' }))).toBe(false);
  });
});

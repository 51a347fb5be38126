import { describe, expect, test } from 'vitest';
import { agreement, BrigadeIndex, brigadeSignature, CONFIRM, normalizeForBrigade, SIGNATURE } from '../../../lib/inbox/brigades.ts';

const CAMPAIGN =
  'Acme chargers catch fire! Mine burned my desk last night. Do NOT buy, they know and do nothing. Boycott Acme now';

function similar(a: string, b: string): number {
  const sa = brigadeSignature(a)!;
  const sb = brigadeSignature(b)!;
  return agreement(sa, 0, sb, 0);
}

describe('brigade signatures', () => {
  test('normalising drops what campaigns vary: links, handles, case, punctuation, RT', () => {
    expect(normalizeForBrigade('RT @acme_help: Refund me NOW!!! https://t.co/xyz #acmefail')).toBe('refund me now acmefail');
    expect(normalizeForBrigade('ＡＣＭＥ　退款！！')).toBe('acme 退款');
  });

  test.each([
    ['the same text with another @handle and link', `@alice ${CAMPAIGN} https://t.co/a1`, `@bob ${CAMPAIGN} https://t.co/b2`, true],
    ['a retweet of it', CAMPAIGN, `RT @carol: ${CAMPAIGN}`, true],
    ['one word changed', CAMPAIGN, CAMPAIGN.replace('desk', 'table'), true],
    ['the same complaint in other words', CAMPAIGN, 'My Acme charger started burning on my desk, never buying from them again', false],
    ['two different delivery complaints', 'My parcel never arrived and nobody answers my emails at all', 'The parcel arrived two weeks late and the box was crushed', false],
    ['Chinese copies with different handles', '@a 充电器起火了，太危险了！大家千万别买这个牌子的充电器', '@b 充电器起火了，太危险了！大家千万别买这个牌子的充电器', true],
    ['short texts only group when equal', 'worst service ever', 'worst service ever!!', true],
    ['short texts that differ do not group', 'worst service ever', 'worst support ever', false],
  ])('%s: grouped %s', (_what, a, b, same) => {
    expect(similar(a, b) >= CONFIRM).toBe(same);
  });

  test('no text, no signature; every signature has SIGNATURE values', () => {
    expect(brigadeSignature('  !!! https://t.co/x ')).toBeUndefined();
    expect(brigadeSignature(CAMPAIGN)).toHaveLength(SIGNATURE);
  });
});

describe('BrigadeIndex', () => {
  test('40 copies become one group; unrelated posts stay alone; the oldest slot names the group', () => {
    const index = new BrigadeIndex();
    for (let i = 0; i < 40; i++) index.add(i, brigadeSignature(`@user${i} ${CAMPAIGN} https://t.co/${i}`));
    index.add(40, brigadeSignature('My parcel never arrived and nobody answers my emails at all'));
    index.add(41, brigadeSignature('Screen cracked on arrival, asking for a replacement'));
    const roots = new Set(Array.from({ length: 40 }, (_, i) => index.root(i)));
    expect([...roots]).toEqual([0]);
    expect(index.root(40)).toBe(40);
    expect(index.root(41)).toBe(41);
  });

  test('incremental: the 41st copy costs one comparison, not forty', () => {
    const index = new BrigadeIndex();
    for (let i = 0; i < 40; i++) index.add(i, brigadeSignature(`@user${i} ${CAMPAIGN}`));
    const before = index.comparisons;
    index.add(40, brigadeSignature(`@late ${CAMPAIGN}`));
    expect(index.root(40)).toBe(0);
    expect(index.comparisons - before).toBeLessThanOrEqual(4); // at most one per band
  });

  test('a slot without text stays alone; adding a slot twice changes nothing', () => {
    const index = new BrigadeIndex();
    index.add(0, undefined);
    index.add(1, brigadeSignature(CAMPAIGN));
    index.add(1, brigadeSignature('something else entirely, long enough to shingle'));
    index.add(2, brigadeSignature(CAMPAIGN));
    expect(index.root(0)).toBe(0);
    expect(index.root(2)).toBe(1);
  });
});

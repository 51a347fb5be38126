import { describe, expect, test } from 'vitest';
import { BoundedMap, ownString, ScopedMemo } from '../../../lib/analysis/bounded-cache.ts';

describe('BoundedMap', () => {
  test('holds at most its limit, then starts over', () => {
    const m = new BoundedMap<string, number>(3);
    for (const [k, v] of [['a', 1], ['b', 2], ['c', 3]] as const) m.set(k, v);
    expect(m.size).toBe(3);
    m.set('b', 20); // an existing key is replaced, not counted again
    expect([m.size, m.get('b')]).toEqual([3, 20]);
    m.set('d', 4);
    expect([m.size, m.get('a'), m.get('d')]).toEqual([1, undefined, 4]);
  });

  test('a string key is found by an equal string', () => {
    const m = new BoundedMap<string, number>(10);
    const post = `Mein wackelzahnschrank ist kaputt ${'.'.repeat(1000)}`;
    m.set(post.slice(5, 22), 1);
    expect(m.get('wackelzahnschrank')).toBe(1);
  });
});

describe('ScopedMemo', () => {
  test('one bound over all scopes; keys over the length limit are not kept', () => {
    const memo = new ScopedMemo<string, number>(3, 8);
    memo.set('de', 'eins', 1);
    memo.set('es', 'uno', 1);
    memo.set('de', 'sehrlangeswort', 2);
    expect([memo.size, memo.get('de', 'eins'), memo.get('es', 'uno'), memo.get('de', 'sehrlangeswort')]).toEqual([2, 1, 1, undefined]);
    memo.set('de', 'zwei', 2);
    memo.set('es', 'dos', 2);
    expect([memo.size, memo.get('de', 'eins'), memo.get('es', 'dos')]).toEqual([1, undefined, 2]);
  });
});

test('ownString keeps every character, including lone surrogates', () => {
  for (const s of ['', 'a', 'wackelzahnschrank', '\ud83d', 'größer', '返品したい', 'x'.repeat(100)]) expect(ownString(s)).toBe(s);
});

import { describe, expect, test } from 'vitest';
import { reconcile, restoreItems, withoutIds } from '../../../lib/inbox/frozen-list.ts';
import type { ListItem } from '../../../lib/inbox/query.ts';

const item = (...ids: string[]): ListItem => ({ key: ids[0]!, ids });
const all = () => true;

describe('frozen list', () => {
  test('arrivals are counted, not inserted; rows on screen keep their order even if the sort would move them', () => {
    const frozen = [item('a'), item('b'), item('c')];
    const fresh = [item('n1'), item('c'), item('a'), item('n2'), item('b')];
    const r = reconcile(frozen, fresh, all);
    expect(r.items).toEqual(frozen);
    expect(r.newIds).toEqual(['n1', 'n2']);
  });

  test('a new copy joins its brigade row instead of counting as new; deleted mentions go', () => {
    const frozen = [item('a', 'a2'), item('b'), item('c')];
    const fresh = [item('a', 'a2', 'a3'), item('b')];
    const r = reconcile(frozen, fresh, (id) => id !== 'c');
    expect(r.items).toEqual([item('a', 'a2', 'a3'), item('b')]);
    expect(r.newIds).toEqual([]);
  });

  test('rows that stopped matching elsewhere stay on screen (the agent sees their new status)', () => {
    const r = reconcile([item('a'), item('b')], [item('b')], all);
    expect(r.items.map((i) => i.key)).toEqual(['a', 'b']);
  });

  test('acting removes rows and undo puts them back where they were', () => {
    const list = [item('a'), item('b', 'b2'), item('c'), item('d')];
    const { items, removed } = withoutIds(list, new Set(['b', 'b2', 'd']));
    expect(items).toEqual([item('a'), item('c')]);
    expect(restoreItems(items, removed)).toEqual(list);
    const partial = withoutIds(list, new Set(['b']));
    expect(partial.items).toEqual([item('a'), { key: 'b2', ids: ['b2'] }, item('c'), item('d')]);
    expect(restoreItems(partial.items, partial.removed)).toEqual(list);
  });
});

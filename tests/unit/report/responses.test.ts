import { describe, expect, test } from 'vitest';
import { mentionFirstResponse, nearestRank, responseStats, summariseResponses } from '../../../lib/report/index.ts';
import { at, mention } from './fixtures.ts';

describe('nearest-rank percentiles with few values (hand-computed)', () => {
  test.each([
    // values, median, p90
    [[], undefined, undefined],
    [[5], 5, 5],
    [[1, 2], 1, 2],
    [[4, 1, 3, 2], 2, 4],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 6, 10],
  ])('%j -> median %s, p90 %s', (values, median, p90) => {
    const sorted = [...values].sort((a, b) => a - b);
    expect(nearestRank(sorted, 0.5)).toBe(median);
    expect(nearestRank(sorted, 0.9)).toBe(p90);
  });
});

describe('responseStats: the one-hour target counts exactly 60 minutes as within', () => {
  test.each([
    [[], { answered: 0 }],
    [[60], { answered: 1, medianMinutes: 60, p90Minutes: 60, withinTarget: 1 }],
    [[60.5], { answered: 1, medianMinutes: 60.5, p90Minutes: 60.5, withinTarget: 0 }],
    [[90, 10, 20, 60], { answered: 4, medianMinutes: 20, p90Minutes: 90, withinTarget: 0.75 }],
  ])('%j', (minutes, expected) => {
    expect(responseStats(minutes)).toEqual(expected);
  });
});

describe('mentionFirstResponse', () => {
  const base = { id: 'r', time: '10:00', text: 't', label: 'negative', score: -0.5, lang: 'en' } as const;
  test.each([
    ['no replies, no team answer', mention(base), undefined],
    ['a decision not to reply is no response', mention({ ...base, replies: [{ at: at('10:05'), channel: 'none', via: 'none' }] }), undefined],
    ['first response after a decision', mention({ ...base, replies: [{ at: at('10:05'), channel: 'none', via: 'none' }, { at: at('10:45'), agent: 'ana' }] }), { minutes: 45, agent: 'ana' }],
    ['team answer earlier than the local reply wins', mention({ ...base, replies: [{ at: at('10:45'), agent: 'ana' }], team: { firstResponseAt: at('10:15'), firstResponseBy: 'bo' } }), { minutes: 15, agent: 'bo' }],
    ['team answer without an agent: unknown (null)', mention({ ...base, team: { firstResponseAt: at('10:15') } }), { minutes: 15, agent: null }],
    ['same instant: the one naming its agent', mention({ ...base, replies: [{ at: at('10:15'), agent: 'ana' }], team: { firstResponseAt: at('10:15') } }), { minutes: 15, agent: 'ana' }],
    ['answer stamped before the post counts as 0', mention({ ...base, replies: [{ at: at('09:50'), agent: 'ana' }] }), { minutes: 0, agent: 'ana' }],
  ])('%s', (_name, m, expected) => {
    const r = mentionFirstResponse(m);
    if (expected === undefined) expect(r).toBeUndefined();
    else expect(r).toMatchObject(expected);
  });

  test('Amazon reviews are measured from capture (the page gives a day, not a time)', () => {
    const m = { ...mention({ ...base, replies: [{ at: at('12:00'), agent: 'ana' }] }), platform: 'amazon' as const, postedAt: '2025-03-15T00:00:00.000Z', capturedAt: at('11:30') };
    expect(mentionFirstResponse(m)?.minutes).toBe(30);
  });
});

describe('summariseResponses: overall and per agent, unknown agent last, unanswered flagged', () => {
  test('hand-computed', () => {
    const base = { text: 't', label: 'negative', score: -0.5, lang: 'en', time: '10:00' } as const;
    const rows = [
      mention({ ...base, id: '1', replies: [{ at: at('10:10'), agent: 'zoe' }] }),
      mention({ ...base, id: '2', replies: [{ at: at('11:30'), agent: 'ana' }] }),
      mention({ ...base, id: '3', team: { firstResponseAt: at('10:30') } }),
      mention({ ...base, id: '4', replies: [{ at: at('10:20'), agent: 'ana' }] }),
      mention({ ...base, id: '5' }),
      mention({ ...base, id: '6', flagged: 0 }),
    ];
    expect(summariseResponses(rows)).toEqual({
      // [10, 20, 30, 90]
      overall: { answered: 4, medianMinutes: 20, p90Minutes: 90, withinTarget: 0.75 },
      perAgent: [
        { agent: 'ana', answered: 2, medianMinutes: 20, p90Minutes: 90, withinTarget: 0.5 },
        { agent: 'zoe', answered: 1, medianMinutes: 10, p90Minutes: 10, withinTarget: 1 },
        { agent: null, answered: 1, medianMinutes: 30, p90Minutes: 30, withinTarget: 1 },
      ],
      unanswered: 1,
    });
  });

  test('no mentions, no replies', () => {
    expect(summariseResponses([])).toEqual({ overall: { answered: 0 }, perAgent: [], unanswered: 0 });
  });
});

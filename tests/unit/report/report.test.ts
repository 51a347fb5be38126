import { describe, expect, test } from 'vitest';
import { buildIncidentReport, incidentMembers } from '../../../lib/report/index.ts';
import { ALERTS, MENTIONS, OWN_SCOPE, at, mention, ms, openIncident, resolvedIncident } from './fixtures.ts';

const now = ms('00:00', '2025-03-16');

describe('which mentions belong to the incident', () => {
  test('keyword match (any status), or a reply naming the incident', () => {
    const members = incidentMembers(resolvedIncident(), MENTIONS);
    const byId = Object.fromEntries(members.map((m) => [m.mention.id, m.reasons]));
    expect(byId).toEqual({
      'x:1': ['keyword'],
      'x:2': ['keyword'],
      'x:3': ['keyword', 'reply'],
      'x:4': ['keyword', 'reply'],
      'x:5': ['keyword'],
      'x:6': ['keyword'],
      'x:7': ['reply'],
      'x:8': ['keyword'],
      'x:9': ['keyword'],
      'x:10': ['keyword'],
    });
  });
  test('no keywords: only replies naming it', () => {
    const members = incidentMembers({ ...resolvedIncident(), keywords: [] }, MENTIONS);
    expect(members.map((m) => m.mention.id)).toEqual(['x:3', 'x:4', 'x:7']);
  });
});

describe('buildIncidentReport on the hand-made incident', () => {
  const report = buildIncidentReport({ incident: resolvedIncident(), mentions: MENTIONS, alerts: ALERTS, now });

  test('the incident and membership', () => {
    expect(report.incident).toMatchObject({ id: 'vp20k-overheating', status: 'resolved', startedAt: at('10:00'), resolvedAt: at('14:00') });
    expect(report.generatedAt).toBe(new Date(now).toISOString());
    expect(report.membership).toEqual({ mentions: 10, byKeyword: 9, byReply: 3, outsideWindows: 1 });
  });

  test.each([
    // window, mentions, negative, share, average sentiment
    ['before', 2, 1, 1 / 2, (0.6 - 0.4) / 2],
    ['during', 6, 4, 4 / 6, (-0.8 - 0.6 + 0 + 0.2 - 0.5 - 1) / 6],
    ['after', 1, 0, 0, 0.7],
  ] as const)('%s: volume, negative share, average sentiment', (name, mentions, negative, share, avg) => {
    const w = report.windows[name];
    expect(w.mentions).toBe(mentions);
    expect(w.negative).toBe(negative);
    expect(w.negativeShare).toBeCloseTo(share, 12);
    expect(w.averageSentiment).toBeCloseTo(avg, 12);
  });

  test('first responses per window: during [10, 20, 60, 90] minutes', () => {
    expect(report.windows.during.responses).toEqual({
      overall: { answered: 4, medianMinutes: 20, p90Minutes: 90, withinTarget: 0.75 },
      perAgent: [
        { agent: 'ana', answered: 2, medianMinutes: 10, p90Minutes: 60, withinTarget: 1 },
        { agent: 'bo', answered: 1, medianMinutes: 90, p90Minutes: 90, withinTarget: 0 },
        { agent: null, answered: 1, medianMinutes: 20, p90Minutes: 20, withinTarget: 1 },
      ],
      // x:8 was only a decision not to reply.
      unanswered: 1,
    });
    expect(report.windows.before.responses).toEqual({ overall: { answered: 1, medianMinutes: 30, p90Minutes: 30, withinTarget: 1 }, perAgent: [{ agent: 'ana', answered: 1, medianMinutes: 30, p90Minutes: 30, withinTarget: 1 }], unanswered: 1 });
    expect(report.windows.after.responses.overall).toEqual({ answered: 1, medianMinutes: 30, p90Minutes: 30, withinTarget: 1 });
  });

  test('first responses over the three windows: [10, 20, 30, 30, 60, 90]', () => {
    expect(report.responses.overall).toEqual({ answered: 6, medianMinutes: 30, p90Minutes: 90, withinTarget: 5 / 6 });
    expect(report.responses.perAgent.map((a) => [a.agent, a.answered, a.medianMinutes, a.p90Minutes])).toEqual([
      ['ana', 3, 30, 60],
      ['bo', 1, 90, 90],
      ['cy', 1, 30, 30],
      [null, 1, 20, 20],
    ]);
    expect(report.responses.unanswered).toBe(2);
  });

  test('top complaint categories and languages (ties by name)', () => {
    expect(report.windows.during.categories).toEqual([
      { key: 'refund', count: 2 },
      { key: 'safety', count: 2 },
      { key: 'damaged', count: 1 },
      { key: 'delivery', count: 1 },
    ]);
    expect(report.windows.during.languages).toEqual([
      { key: 'en', count: 4 },
      { key: 'de', count: 1 },
      { key: 'zh', count: 1 },
    ]);
    expect(report.windows.before.categories).toEqual([{ key: 'safety', count: 1 }]);
    expect(report.windows.after.categories).toEqual([]);
  });

  test('alerts: its own scope always, others only inside the windows; events counted once', () => {
    expect(report.alerts.map((a) => [a.id, a.window, a.incidentScope])).toEqual([
      ['own-day-before', undefined, true],
      ['own-during', 'during', true],
      ['cat-during', 'during', false],
      ['all-after', 'after', false],
    ]);
    expect(report.alerts[0]!.scope).toBe(OWN_SCOPE);
    expect([report.windows.before.alerts, report.windows.during.alerts, report.windows.after.alerts]).toEqual([0, 2, 1]);
    expect([report.windows.before.alertEvents, report.windows.during.alertEvents, report.windows.after.alertEvents]).toEqual([0, 1, 1]);
  });

  test('statement versions and template use per version (replies naming another incident left out)', () => {
    expect(report.versions).toEqual([
      { version: 1, approvedBy: 'Lena Wu (Legal)', updatedAt: '2025-03-15T09:10:00Z', publishedAt: at('09:55'), publishedBy: 'Ana', replies: 1, templates: [{ templateId: 't-safety', uses: 1 }] },
      { version: 2, approvedBy: 'Legal B', updatedAt: at('11:00'), publishedAt: at('11:00'), publishedBy: 'Ana', replies: 2, templates: [{ templateId: 't-delay', uses: 1 }, { templateId: 't-safety', uses: 1 }] },
      { version: null, replies: 1, templates: [] },
    ]);
  });
});

describe('empty and early reports', () => {
  test('no mentions, no alerts: zero counts, no averages, no response figures', () => {
    const r = buildIncidentReport({ incident: openIncident(), mentions: [], now: ms('12:00') });
    for (const name of ['before', 'during', 'after'] as const) {
      const w = r.windows[name];
      expect(w).toMatchObject({ mentions: 0, negative: 0, alerts: 0, alertEvents: 0, categories: [], languages: [] });
      expect(w.negativeShare).toBeUndefined();
      expect(w.averageSentiment).toBeUndefined();
      expect(w.responses).toEqual({ overall: { answered: 0 }, perAgent: [], unanswered: 0 });
    }
    expect(r.incident.resolvedAt).toBeUndefined();
    // The current statement, as created.
    expect(r.versions).toEqual([expect.objectContaining({ version: 1, replies: 0, templates: [] })]);
  });

  test('an open incident: the after window is empty, mentions since the start are "during"', () => {
    const m = mention({ id: '1', time: '11:00', text: 'VP-20K hot', label: 'negative', score: -0.5, lang: 'en' });
    const r = buildIncidentReport({ incident: openIncident(), mentions: [m], now: ms('12:00') });
    expect(r.windows.during.mentions).toBe(1);
    expect(r.windows.after.end - r.windows.after.start).toBe(0);
    expect(r.windows.during.complete).toBe(false);
  });

  test('a custom response target', () => {
    const m = mention({ id: '1', time: '11:00', text: 'VP-20K hot', label: 'negative', score: -0.5, lang: 'en', replies: [{ at: at('11:20'), agent: 'ana' }] });
    const r = buildIncidentReport({ incident: openIncident(), mentions: [m], now: ms('12:00'), targetMinutes: 15 });
    expect(r.targetMinutes).toBe(15);
    expect(r.responses.overall.withinTarget).toBe(0);
  });
});

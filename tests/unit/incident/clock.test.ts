import { describe, expect, test } from 'vitest';
import { checklistProgress, checklistView, setChecklistItem } from '../../../lib/incident/checklist.ts';
import { crisisClock, markMilestone, nextClockItem } from '../../../lib/incident/clock.ts';
import { createIncident } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema } from '../../../lib/incident/schema.ts';
import { readFileSync } from 'node:fs';

const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const start = Date.parse(file.startedAt);
const min = 60_000;
const stored = () => createIncident(file, { by: 'Ana', now: start + 5 * min });

describe('crisis clock: identify 30 min, first response 1 h, assess 2 h, respond 24 h', () => {
  test('deadlines from startedAt, states by now', () => {
    const items = crisisClock(stored(), start + 25 * min);
    expect(items.map((i) => [i.stage, i.dueAt, i.state])).toEqual([
      ['identify', new Date(start + 30 * min).toISOString(), 'due-soon'],
      ['firstResponse', new Date(start + 60 * min).toISOString(), 'open'],
      ['assess', new Date(start + 120 * min).toISOString(), 'open'],
      ['respond', new Date(start + 24 * 60 * min).toISOString(), 'open'],
    ]);
    expect(items[0]!.remainingMs).toBe(5 * min);
  });
  test('overdue past the deadline; done with the milestone, on time or not', () => {
    let inc = stored();
    inc = markMilestone(inc, 'identify', start + 20 * min);
    inc = markMilestone(inc, 'firstResponse', start + 75 * min);
    const items = crisisClock(inc, start + 130 * min);
    expect(items.map((i) => [i.stage, i.state, i.onTime])).toEqual([
      ['identify', 'done', true],
      ['firstResponse', 'done', false],
      ['assess', 'overdue', undefined],
      ['respond', 'open', undefined],
    ]);
    expect(nextClockItem(items)!.stage).toBe('assess');
  });
  test('the first time a milestone is marked counts', () => {
    const once = markMilestone(stored(), 'identify', start + 10 * min);
    expect(markMilestone(once, 'identify', start + 50 * min).milestones.identify).toBe(new Date(start + 10 * min).toISOString());
  });
});

describe('checklist', () => {
  test('all items, the five questions grouped; publishing and a future next update count as done', () => {
    const view = checklistView(stored(), start + 10 * min);
    expect(view.map((v) => [v.id, v.group, v.done, v.derived])).toEqual([
      ['pause-marketing', 'actions', false, false],
      ['brief-team', 'actions', false, false],
      ['publish-holding-statement', 'actions', true, true],
      ['schedule-next-update', 'actions', true, true],
      ['answer-who', 'five-questions', false, false],
      ['answer-when', 'five-questions', false, false],
      ['answer-where', 'five-questions', false, false],
      ['answer-how', 'five-questions', false, false],
      ['answer-why', 'five-questions', false, false],
    ]);
    expect(checklistProgress(view)).toEqual({ done: 2, total: 9 });
  });
  test('a past next update is not scheduled', () => {
    const view = checklistView(stored(), Date.parse('2025-04-01T00:00:00Z'));
    expect(view.find((v) => v.id === 'schedule-next-update')!.done).toBe(false);
  });
  test('ticking records who, when and the answer; unticking keeps the answer', () => {
    let inc = setChecklistItem(stored(), 'answer-who', { done: true, by: 'Ana', note: 'Buyers of VP-20K, 1–14 March' }, start + 30 * min);
    inc = setChecklistItem(inc, 'answer-who', { done: false, by: 'Ben' }, start + 40 * min);
    expect(inc.checklist['answer-who']).toEqual({ done: false, at: new Date(start + 40 * min).toISOString(), by: 'Ben', note: 'Buyers of VP-20K, 1–14 March' });
  });
});

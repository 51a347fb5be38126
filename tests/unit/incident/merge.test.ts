// Two copies of one incident made one: what each side recorded survives, and the result is the
// same whichever side merges (two agents must end with the same incident).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { setChecklistItem } from '../../../lib/incident/checklist.ts';
import { markMilestone } from '../../../lib/incident/clock.ts';
import { mergeIncidents, sharedIncident } from '../../../lib/incident/merge.ts';
import { createIncident, publishStatement, setIncidentStatus } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema, type StoredIncident } from '../../../lib/incident/schema.ts';

const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const t0 = Date.parse('2025-03-15T10:00:00Z');
const min = 60_000;
const base = createIncident(file, { by: 'ana', now: t0 });

function publish(inc: StoredIncident, by: string, at: number, en: string): StoredIncident {
  const r = publishStatement(inc, { ...inc.statement, text: { ...inc.statement.text, en } }, { by, now: at, templates: [] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.incident;
}

/** Both directions give the same incident (crisis mode aside: each browser's own). */
function both(a: StoredIncident, b: StoredIncident): StoredIncident {
  const ab = mergeIncidents(a, b).incident;
  const ba = mergeIncidents(b, a).incident;
  expect(sharedIncident(ab)).toEqual(sharedIncident(ba));
  return ab;
}

describe('mergeIncidents', () => {
  test('new here: taken as it is, with crisis mode off', () => {
    const r = mergeIncidents(undefined, { ...base, crisisMode: true });
    expect(r.changed).toBe(true);
    expect(r.incident).toEqual({ ...base, crisisMode: false });
  });

  test('the same copy: nothing changes', () => {
    expect(mergeIncidents(base, sharedIncident(base))).toEqual({ incident: base, changed: false });
  });

  test('each side edited something else: both edits are kept', () => {
    // ana publishes version 2 and ticks "brief the team"; ben, offline, marks the status and a milestone.
    const ana = setChecklistItem(publish(base, 'ana', t0 + 10 * min, 'Version two.'), 'brief-team', { done: true, by: 'ana' }, new Date(t0 + 11 * min));
    const ben = markMilestone(setIncidentStatus({ ...base, crisisMode: true }, 'identified', { by: 'ben', now: t0 + 20 * min }), 'identify', new Date(t0 + 21 * min));
    const merged = both(ben, ana);
    expect(merged.crisisMode).toBe(true); // ben's own switch
    expect(merged.statement.version).toBe(2);
    expect(merged.statement.text.en).toBe('Version two.');
    expect(merged.history.map((h) => h.statement.version)).toEqual([1, 2]);
    expect(merged.checklist['brief-team']?.done).toBe(true);
    expect(merged.milestones.identify).toBe(new Date(t0 + 21 * min).toISOString());
    // ben changed the fields last: his status stands, and both status changes are on record.
    expect(merged.status).toBe('identified');
    expect(merged.statusHistory.map((s) => [s.status, s.by])).toEqual([
      ['investigating', 'ana'],
      ['identified', 'ben'],
    ]);
    expect(merged.updatedAt).toBe(new Date(t0 + 21 * min).toISOString());
    expect(merged.createdAt).toBe(base.createdAt);
  });

  test('a status set on one side stands when the other side edits something else later', () => {
    const ben = setIncidentStatus(base, 'monitoring', { by: 'ben', now: t0 + 5 * min });
    const ana = publish(base, 'ana', t0 + 30 * min, 'Later statement, status untouched.');
    const merged = both(ana, ben);
    expect(merged.status).toBe('monitoring');
    expect(merged.statement.version).toBe(2);
  });

  test('two agents publish "version 2" at once: the earlier publication keeps the number', () => {
    const ana = publish(base, 'ana', t0 + 5 * min, 'Ana wrote this.');
    const ben = publish(base, 'ben', t0 + 6 * min, 'Ben wrote this.');
    const merged = both(ana, ben);
    expect(merged.history).toHaveLength(2);
    expect(merged.statement.text.en).toBe('Ana wrote this.');
    expect(merged.history[1]!.publishedBy).toBe('ana');
  });

  test('the later tick or untick of a checklist item wins; the first time of a milestone stands', () => {
    const ticked = setChecklistItem(base, 'pause-marketing', { done: true, by: 'ana' }, new Date(t0 + 5 * min));
    const unticked = setChecklistItem(ticked, 'pause-marketing', { done: false, by: 'ben' }, new Date(t0 + 9 * min));
    expect(both(ticked, unticked).checklist['pause-marketing']).toMatchObject({ done: false, by: 'ben' });
    const early = markMilestone(base, 'assess', new Date(t0 + 30 * min));
    const late = markMilestone(base, 'assess', new Date(t0 + 90 * min));
    expect(both(late, early).milestones.assess).toBe(new Date(t0 + 30 * min).toISOString());
  });

  test('same time of change, different fields: both sides pick the same copy', () => {
    const a = { ...base, title: 'A title', updatedAt: new Date(t0 + min).toISOString() };
    const b = { ...base, title: 'B title', updatedAt: new Date(t0 + min).toISOString() };
    expect(both(a, b).title).toBe(both(b, a).title);
  });

  test('merging is idempotent', () => {
    const ana = publish(base, 'ana', t0 + 5 * min, 'Two.');
    const once = mergeIncidents(base, ana).incident;
    expect(mergeIncidents(once, ana)).toEqual({ incident: once, changed: false });
  });

  test('another incident is refused', () => {
    expect(() => mergeIncidents(base, { ...base, id: 'other-incident' })).toThrow(RangeError);
  });
});

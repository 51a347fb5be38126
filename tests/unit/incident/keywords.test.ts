import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { incidentKeywordSetId, incidentMatcher, incidentScope, matchIncidents, switchCrisisMode, withIncidentKeywordSet } from '../../../lib/incident/keywords.ts';
import { createIncident } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema } from '../../../lib/incident/schema.ts';
import { AlertScopeSchema, AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, KeywordSetIdSchema } from '../../../lib/schema.ts';

const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const now = Date.parse('2025-03-15T10:00:00Z');

describe('incidentKeywordSetId: stable, valid, distinct', () => {
  test.each([
    ['vp20k-overheating', 'incident-vp20k-overheating'],
    ['INC-2025.001', /^incident-inc-2025-001-[a-z0-9]+$/],
    ['x'.repeat(64), /^incident-x+-[a-z0-9]+$/],
    ['___', /^incident-[a-z0-9]+$/],
  ])('%s', (id, expected) => {
    const setId = incidentKeywordSetId(id);
    if (typeof expected === 'string') expect(setId).toBe(expected);
    else expect(setId).toMatch(expected);
    expect(KeywordSetIdSchema.safeParse(setId).success).toBe(true);
    expect(AlertScopeSchema.safeParse(incidentScope(id)).success).toBe(true);
    expect(incidentKeywordSetId(id)).toBe(setId);
  });
  test('ids that slug alike get different sets', () => {
    expect(incidentKeywordSetId('INC.1')).not.toBe(incidentKeywordSetId('inc_1'));
  });
});

describe('the alert keyword set owned by the incident', () => {
  test('added, updated in place (creation time kept), removed without keywords, off when resolved', () => {
    const added = withIncidentKeywordSet(DEFAULT_ALERT_SETTINGS, file, now);
    if (!added.ok) throw new Error('add');
    expect(AlertSettingsSchema.parse(added.settings).keywordSets).toEqual([
      { id: 'incident-vp20k-overheating', name: file.title, terms: file.keywords, enabled: true, createdAt: new Date(now).toISOString() },
    ]);
    const same = withIncidentKeywordSet(added.settings, file, now + 1000);
    expect(same).toMatchObject({ ok: true, changed: false });
    const resolved = withIncidentKeywordSet(added.settings, { ...file, status: 'resolved', keywords: ['VP-20K'] }, now + 2000);
    expect(resolved.ok && resolved.settings.keywordSets[0]).toMatchObject({ enabled: false, terms: ['VP-20K'], createdAt: new Date(now).toISOString() });
    const none = withIncidentKeywordSet(added.settings, { ...file, keywords: [] }, now);
    expect(none.ok && none.settings.keywordSets).toEqual([]);
  });
  test('refused when the settings are full', () => {
    const full = AlertSettingsSchema.parse({ keywordSets: Array.from({ length: 50 }, (_, i) => ({ id: `set-${i}`, name: `S${i}`, terms: ['x'] })) });
    expect(withIncidentKeywordSet(full, file, now)).toEqual({ ok: false, reason: 'too-many-sets' });
  });
});

describe('crisis mode', () => {
  test('one incident at a time; its scope on Sensitive; switching off restores the scope', () => {
    const a = createIncident(file, { by: 'Ana', now });
    const b = createIncident({ ...file, id: 'other' }, { by: 'Ana', now });
    const before = AlertSettingsSchema.parse({ perScope: { [incidentScope('other')]: { preset: 'strict', minVolume: 7 } } });
    const onA = switchCrisisMode([a, b], before, a.id, { now });
    expect(onA.incidents.map((i) => [i.id, i.crisisMode])).toEqual([[a.id, true]]);
    expect(onA.settings.perScope[incidentScope(a.id) as keyof typeof onA.settings.perScope]).toMatchObject({ preset: 'sensitive', enabled: true });
    const onB = switchCrisisMode([{ ...a, crisisMode: true }, b], onA.settings, b.id, { now, memo: onA.memo });
    expect(onB.incidents.map((i) => [i.id, i.crisisMode])).toEqual([[a.id, false], [b.id, true]]);
    expect(onB.settings.perScope[incidentScope(a.id) as keyof typeof onB.settings.perScope]).toBeUndefined();
    expect(onB.settings.perScope[incidentScope(b.id) as keyof typeof onB.settings.perScope]).toMatchObject({ preset: 'sensitive', minVolume: 7 });
    const off = switchCrisisMode([a, { ...b, crisisMode: true }], onB.settings, undefined, { now, memo: onB.memo });
    expect(off.settings.perScope).toEqual(before.perScope);
    expect(AlertSettingsSchema.parse(off.settings)).toEqual(off.settings);
  });
});

describe('mentions and incidents', () => {
  test('by the incident keywords, in any script; resolved incidents match nothing', () => {
    const other = { id: 'delays', status: 'identified' as const, keywords: ['Verspätung', '延迟'] };
    expect(matchIncidents({ text: 'My VP20K powerbank overheated!' }, [file, other])).toEqual([{ incidentId: file.id, terms: ['VP20K', 'powerbank', 'overheat*'] }]);
    expect(matchIncidents({ text: '充电宝过热了，快递还延迟' }, [file, other]).map((m) => m.incidentId)).toEqual([file.id, 'delays']);
    expect(matchIncidents({ text: 'VP-20K' }, [{ ...file, status: 'resolved' }])).toEqual([]);
    const match = incidentMatcher([file]);
    expect(match({ title: 'モバイルバッテリーが熱い' })).toHaveLength(1);
  });
});

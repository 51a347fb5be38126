// Publishing a statement version: an explicit, recorded act that tells at once which templates
// went stale.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createIncident, mergeIncidentFile, publishStatement, saveIncidentFile, setIncidentStatus, statementVersion } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema } from '../../../lib/incident/schema.ts';
import { PackSchema } from '../../../lib/templates/schema.ts';
import { lintTemplate } from '../../../lib/templates/lint.ts';

const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const pack = PackSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/pack.json', import.meta.url), 'utf8')));
const t0 = Date.parse('2025-03-15T10:00:00Z');

describe('publishStatement', () => {
  test('records the act, bumps the version, names the templates that went stale', () => {
    const inc = createIncident(file, { by: 'Ana', now: t0 });
    expect(inc.history).toHaveLength(1);
    const r = publishStatement(
      inc,
      { ...file.statement, approvedBy: 'Lena Wu (Legal)', text: { ...file.statement.text, en: 'A faulty batch of charging controllers was found. We are replacing affected units.' } },
      { by: 'Ana', now: t0 + 3_600_000, templates: pack.templates, status: 'identified' },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.incident.statement.version).toBe(2);
    expect(r.incident.status).toBe('identified');
    expect(r.incident.history.map((h) => [h.statement.version, h.publishedBy])).toEqual([[1, 'Ana'], [2, 'Ana']]);
    expect(r.record.publishedAt).toBe(new Date(t0 + 3_600_000).toISOString());
    expect(r.incident.statusHistory.map((s) => s.status)).toEqual(['investigating', 'identified']);
    // Templates that state facts in their own words (the VP-20K remedies, the feedback response's
    // "free replacement") went stale; the holding reply uses only {{incident.*}} and stays current;
    // the draft and the everyday templates are not approved against the incident.
    expect(r.stale.map((s) => s.id)).toEqual(['vp20k-remedy-x', 'vp20k-remedy-amazon', 'vp20k-feedback']);
    expect(r.record.staleTemplateIds).toEqual(r.stale.map((s) => s.id));
    // …and the lint blocks them until re-approved.
    const remedy = pack.templates.find((t) => t.id === 'vp20k-remedy-x')!;
    expect(lintTemplate(remedy, { incident: r.incident }).some((f) => f.rule === 'stale' && f.severity === 'block')).toBe(true);
    const holding = pack.templates.find((t) => t.id === 'vp20k-holding-x')!;
    expect(lintTemplate(holding, { incident: r.incident }).filter((f) => f.rule === 'stale')).toEqual([]);
    expect(statementVersion(r.incident, 1)!.statement.text.en).toBe(file.statement.text.en);
  });
  test('a draft from an outdated version, or an invalid statement, is refused with paths', () => {
    const inc = createIncident(file, { by: 'Ana', now: t0 });
    const v2 = publishStatement(inc, { ...file.statement }, { by: 'Ana', now: t0 });
    if (!v2.ok) throw new Error('publish');
    const outdated = publishStatement(v2.incident, { ...file.statement, version: 1 }, { by: 'Ben', now: t0 });
    expect(!outdated.ok && outdated.errors.map((e) => [e.pathText, e.code])).toEqual([['version', 'draft-outdated']]);
    const bad = publishStatement(inc, { ...file.statement, facts: { nextUpdate: 'tomorrow' } }, { by: 'Ana', now: t0 });
    expect(!bad.ok && bad.errors[0]!.pathText).toBe('facts.nextUpdate');
  });
  test('a higher version number may be given', () => {
    const r = publishStatement(createIncident(file, { by: 'Ana', now: t0 }), { ...file.statement, version: 5 }, { by: 'Ana', now: t0 });
    expect(r.ok && r.incident.statement.version).toBe(5);
  });
  test('status changes are recorded with who and when', () => {
    const inc = setIncidentStatus(createIncident(file, { by: 'Ana', now: t0 }), 'monitoring', { by: 'Ben', now: t0 + 1000 });
    expect(inc.statusHistory.at(-1)).toEqual({ status: 'monitoring', at: new Date(t0 + 1000).toISOString(), by: 'Ben' });
  });
});

describe('mergeIncidentFile: a newer export of the same incident', () => {
  const inc = () => createIncident(file, { by: 'Ana', now: t0 });
  test('a higher statement version is published', () => {
    const next = IncidentFileSchema.parse({ ...file, statement: { ...file.statement, version: 2, text: { en: 'Update.' } } });
    const r = mergeIncidentFile(inc(), next, { by: 'import', now: t0 + 1 });
    expect(r.ok && r.changed && r.incident.statement.version).toBe(2);
    expect(r.ok && r.incident.statement.updatedAt).toBe(file.statement.updatedAt);
  });
  test('the same version unchanged: nothing happens; changed content: refused', () => {
    expect(mergeIncidentFile(inc(), file, { by: 'import', now: t0 })).toMatchObject({ ok: true, changed: false });
    const edited = IncidentFileSchema.parse({ ...file, statement: { ...file.statement, text: { en: 'Edited.' } } });
    const r = mergeIncidentFile(inc(), edited, { by: 'import', now: t0 });
    expect(!r.ok && r.errors[0]!.code).toBe('version-conflict');
  });
  test('an older version or another incident is refused', () => {
    const later = mergeIncidentFile(inc(), IncidentFileSchema.parse({ ...file, statement: { ...file.statement, version: 3 } }), { by: 'x', now: t0 });
    if (!later.ok) throw new Error('merge');
    const r = mergeIncidentFile(later.incident, file, { by: 'x', now: t0 });
    expect(!r.ok && r.errors[0]!.code).toBe('older-version');
    const other = mergeIncidentFile(inc(), IncidentFileSchema.parse({ ...file, id: 'other' }), { by: 'x', now: t0 });
    expect(!other.ok && other.errors[0]!.code).toBe('other-incident');
  });
});

describe('saveIncidentFile: an id that is taken', () => {
  const stored = () => createIncident(file, { by: 'Ana', now: t0 });
  const as = (over: object, statement: object = {}) => IncidentFileSchema.parse({ ...file, ...over, statement: { ...file.statement, ...statement } });
  const newer = as({ title: 'Renamed' }, { version: 2, text: { en: 'Update.' } });
  const sameVersionOtherText = as({ title: 'Another incident', type: 'logistics' }, { text: { en: 'Parcels are late.' } });

  test.each([
    ['a free id, created from the form', undefined, 'create', file, { ok: true, changed: true }],
    ['a free id, imported', undefined, 'import', file, { ok: true, changed: true }],
    ['a taken id, from the form (even the very same file)', stored, 'create', file, { ok: false, code: 'id-taken' }],
    ['a taken id, from the form, another incident', stored, 'create', sameVersionOtherText, { ok: false, code: 'id-taken' }],
    ['a taken id, imported again unchanged', stored, 'import', file, { ok: true, changed: false }],
    ['a taken id, imported with a newer statement version', stored, 'import', newer, { ok: true, changed: true }],
    ['a taken id, imported: the same version with another text', stored, 'import', sameVersionOtherText, { ok: false, code: 'id-taken-import' }],
  ] as const)('%s', (_what, existing, intent, f, want) => {
    const r = saveIncidentFile(existing?.(), f, { by: 'Bo', now: t0 + 60_000, intent });
    if (want.ok) return expect(r).toMatchObject(want);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: want.code, pathText: 'id' });
    // The refusal names the incident that holds the id.
    expect(r.errors[0]!.message).toContain('incident "vp20k-overheating" already exists: "VP-20K power banks overheating while charging", statement version 1');
  });

  test('an import older than the stored version is refused as a taken id, naming both versions', () => {
    const later = saveIncidentFile(stored(), as({}, { version: 3 }), { by: 'Bo', now: t0, intent: 'import' });
    if (!later.ok) throw new Error('merge');
    const r = saveIncidentFile(later.incident, file, { by: 'Bo', now: t0, intent: 'import' });
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'id-taken-import', message: expect.stringContaining("statement version 3, and this file's statement version 1 is older than that") });
  });

  test('a semicolon in the stored title never splits the refusal (refusals travel as "path: message; …")', () => {
    const inc = { ...stored(), title: 'Fire; smoke' };
    const r = saveIncidentFile(inc, file, { by: 'Bo', now: t0, intent: 'create' });
    expect(!r.ok && r.errors[0]!.message).not.toContain(';');
  });
});

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadDigestSnapshot } from '../../../lib/db/inbox-cache.ts';
import { putIncidents, putTemplates, readIncident, readIncidents, readTemplate, readTemplates } from '../../../lib/db/incidents.ts';
import { getMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, openCrisisDbAtVersion } from '../../../lib/db/open.ts';
import { createIncident } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema } from '../../../lib/incident/schema.ts';
import { PackSchema } from '../../../lib/templates/schema.ts';
import { planPackImport } from '../../../lib/templates/stored.ts';
import { stored } from './fixtures.ts';

const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const pack = PackSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/pack.json', import.meta.url), 'utf8')));
const T = Date.parse('2025-03-15T10:00:00Z');

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});

describe('migration 7: incidents and templates stores', () => {
  test('a v6 database keeps its mentions and gains empty incidents and templates stores (keyPath id)', async () => {
    const v6 = await openCrisisDbAtVersion(6, factory);
    const rows = [stored(1), stored(2, { status: 'handled' })];
    for (const r of rows) await v6.put('mentions', r);
    v6.close();

    const db = await openCrisisDb(factory);
    expect(db.version).toBe(7);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['incidents', 'templates', 'inbox-cache', 'mentions']));
    expect(db.transaction('incidents').store.keyPath).toBe('id');
    expect(db.transaction('templates').store.keyPath).toBe('id');
    expect(await getMentions(db, rows.map((r) => r.id))).toEqual(rows);
    expect(await loadDigestSnapshot(db)).toBeUndefined();
    expect(await readIncidents(db)).toEqual({ items: [], skipped: [] });
    expect(await readTemplates(db)).toEqual({ items: [], skipped: [] });
    db.close();
  });
});

describe('incident and template records', () => {
  test('an incident and a pack read back equal; a damaged row is skipped and reported, the others read', async () => {
    const db = await openCrisisDb(factory);
    const incident = createIncident(file, { by: 'Ana', now: T });
    await putIncidents(db, [incident]);
    expect((await readIncidents(db)).items).toEqual([incident]);
    expect(await readIncident(db, incident.id)).toEqual({ found: true, value: incident });
    expect(await readIncident(db, 'nope')).toEqual({ found: false });

    const plan = planPackImport(pack, { kind: 'example' }, [], { by: 'Ana', now: T });
    await putTemplates(db, plan.put);
    const back = await readTemplates(db);
    expect(back.items.map((t) => t.id).sort()).toEqual(pack.templates.map((t) => t.id).sort());
    expect(back.items.every((t) => t.source.kind === 'example' && t.source.packId === pack.id)).toBe(true);

    // A row written by a broken build: version is text, a template without variants.
    await db.put('incidents', { ...incident, id: 'broken', statement: { ...incident.statement, version: 'two' } } as never);
    await db.put('templates', { ...plan.put[0]!, id: 'broken-t', variants: {} } as never);
    const incidents = await readIncidents(db);
    expect(incidents.items.map((i) => i.id)).toEqual([incident.id]);
    expect(incidents.skipped).toEqual([{ key: 'broken', problem: expect.stringContaining('statement.version') }]);
    const templates = await readTemplates(db);
    expect(templates.items).toHaveLength(pack.templates.length);
    expect(templates.skipped).toEqual([{ key: 'broken-t', problem: expect.stringContaining('variants') }]);
    expect(await readTemplate(db, 'broken-t')).toMatchObject({ found: true, damaged: { key: 'broken-t' } });
    db.close();
  });

  test('a batch with one invalid record stores none of it', async () => {
    const db = await openCrisisDb(factory);
    const plan = planPackImport(pack, { kind: 'file', fileName: 'pack.json' }, [], { by: 'Ana', now: T });
    const bad = { ...plan.put[1]!, title: '' };
    await expect(putTemplates(db, [plan.put[0]!, bad])).rejects.toThrow();
    expect(await db.count('templates')).toBe(0);
    db.close();
  });
});

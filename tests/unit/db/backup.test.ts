// The backup against fake-indexeddb: the export reads every store in pages and leaves damaged rows
// out (counted), an import merges in transactions, a second import of the same file writes nothing,
// the preview writes nothing and says what the import will do, and export -> import into an empty
// database -> export gives the same records.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { parseBackup } from '../../../lib/backup/parse.ts';
import { applyBackupImport, exportBackupChunks, previewBackupImport, type BackupExportResult } from '../../../lib/db/backup.ts';
import { putIncidents, putTemplates, readIncidents, readTemplates } from '../../../lib/db/incidents.ts';
import { putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import type { IncidentReview } from '../../../lib/report/review.ts';
import { at, defaultSettings, incidentRow, published, reply, reviewRow, row, stone, templateRow } from '../backup/fixtures.ts';

const HEADER = { createdAt: at(1000), app: { name: 'crisis-desk', version: '0.1.0' }, dbVersion: 7 };
const NOW = new Date(at(2000));

async function filled(n: number): Promise<CrisisDb> {
  const db = await openCrisisDb(new IDBFactory());
  await putMentions(db, Array.from({ length: n }, (_, i) => row(i, i % 3 === 0 ? { status: 'handled', statusChangedAt: at(i + 5), activityAt: at(i + 5), replies: [reply(i + 5)] } : {})));
  const tx = db.transaction('decided', 'readwrite');
  await Promise.all([tx.store.put(stone(n + 1, 'dismissed', 3)), tx.store.put(stone(n + 2, 'handled', 4)), tx.done]);
  await putIncidents(db, [published(incidentRow(0), 30), incidentRow(5, 'second')]);
  await putTemplates(db, [templateRow('t1', 10, { approved: 20 }), templateRow('t2', 15)]);
  return db;
}

const reviews = [reviewRow('vp20k-overheating', 50, 'Fast holding statement.')];
const extras = (list: IncidentReview[] = reviews) => ({ settings: defaultSettings(), reviews: async (ids: readonly string[]) => list.filter((r) => ids.includes(r.incidentId)) });

async function exportText(db: CrisisDb, pageSize?: number): Promise<{ text: string; result: BackupExportResult; chunks: number }> {
  const gen = exportBackupChunks(db, HEADER, extras(), { pageSize });
  let text = '';
  let chunks = 0;
  for (;;) {
    const next = await gen.next();
    if (next.done) return { text, result: next.value, chunks };
    text += next.value;
    chunks++;
  }
}

function read(text: string) {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('exportBackupChunks', () => {
  test('every store, a page at a time; a damaged row is left out and counted', async () => {
    const db = await filled(250);
    await db.put('mentions', { id: 'x:999999', text: 'no analysis, no times' } as never);
    const { text, result, chunks } = await exportText(db, 100);
    expect(result.counts).toEqual({ mentions: 250, decided: 2, incidents: 2, templates: 2, reviews: 1, settings: 3 });
    expect(result.skipped).toEqual({ mentions: 1, decided: 0, incidents: 0, templates: 0, reviews: 0 });
    expect(chunks).toBeGreaterThan(3);
    const file = read(text);
    expect(file.warnings).toEqual([]);
    expect(file.backup.mentions).toHaveLength(250);
    expect(file.backup.reviews).toEqual(reviews);
  });
});

describe('import', () => {
  test('export -> import into an empty database -> export: the same records', async () => {
    const source = await filled(120);
    const first = read((await exportText(source)).text);
    const target = await openCrisisDb(new IDBFactory());
    const applied = await applyBackupImport(target, first.backup, { settings: defaultSettings(), reviews: [] }, { takeSettings: false, now: NOW });
    expect(applied.summary.counts.mentions).toMatchObject({ added: 120, updated: 0 });
    expect(applied.summary.counts.decided).toMatchObject({ added: 2 });
    expect(applied.summary.counts.incidents).toMatchObject({ added: 2 });
    expect(applied.reviews).toEqual(reviews);
    expect(applied.mentionIds).toHaveLength(120);
    const again = read((await exportText(target)).text);
    expect(again.backup.mentions).toEqual(first.backup.mentions);
    expect(again.backup.decided).toEqual(first.backup.decided);
    expect(again.backup.incidents).toEqual(first.backup.incidents);
    expect(again.backup.templates).toEqual(first.backup.templates);
  });

  test('the same file twice: the second import writes nothing', async () => {
    const file = read((await exportText(await filled(60))).text);
    const target = await openCrisisDb(new IDBFactory());
    await putMentions(target, [row(1, { status: 'dismissed', statusChangedAt: at(90), activityAt: at(90) })]);
    const local = { settings: defaultSettings(), reviews: [] };
    const first = await applyBackupImport(target, file.backup, local, { takeSettings: false, now: NOW });
    expect(first.summary.counts.mentions).toMatchObject({ added: 59, keptLocal: 1 });
    const before = read((await exportText(target)).text).backup;
    const second = await applyBackupImport(target, file.backup, { settings: { ...defaultSettings(), ...first.settings }, reviews: first.reviews }, { takeSettings: false, now: new Date(at(3000)) });
    expect(second.mentionIds).toEqual([]);
    expect(second.incidentsChanged).toBe(false);
    expect(second.settings).toEqual({});
    expect(second.reviews).toEqual([]);
    expect(second.summary.counts.mentions).toMatchObject({ added: 0, updated: 0, unchanged: 59, keptLocal: 1 });
    expect(read((await exportText(target)).text).backup).toEqual(before);
  });

  test('the preview says what the import will do and writes nothing', async () => {
    const file = read((await exportText(await filled(30))).text);
    const target = await openCrisisDb(new IDBFactory());
    await putMentions(target, [row(2, { status: 'handled', statusChangedAt: at(99), activityAt: at(99) })]);
    const local = { settings: defaultSettings(), reviews: [] };
    const preview = await previewBackupImport(target, file.backup, local, { takeSettings: false, now: NOW });
    expect((await readIncidents(target)).items).toEqual([]);
    const applied = await applyBackupImport(target, file.backup, local, { takeSettings: false, now: NOW });
    expect(applied.summary).toEqual(preview);
    expect((await readTemplates(target)).items).toHaveLength(2);
  });

  test('a damaged record here is kept, and the file’s is rejected with the reason', async () => {
    const file = read((await exportText(await filled(3))).text);
    const target = await openCrisisDb(new IDBFactory());
    await target.put('mentions', { id: row(1).id, text: 'damaged' } as never);
    await target.put('incidents', { id: 'second', title: 42 } as never);
    const applied = await applyBackupImport(target, file.backup, { settings: defaultSettings(), reviews: [] }, { takeSettings: false, now: NOW });
    expect(applied.summary.rejected.map((r) => [r.kind, r.id, r.code])).toEqual([
      ['incidents', 'second', 'damaged-local'],
      ['mentions', row(1).id, 'damaged-local'],
    ]);
    expect(await target.get('mentions', row(1).id)).toEqual({ id: row(1).id, text: 'damaged' });
  });

  test('progress per chunk, up to the number of ids', async () => {
    const file = read((await exportText(await filled(1200))).text);
    const target = await openCrisisDb(new IDBFactory());
    const seen: number[] = [];
    await applyBackupImport(target, file.backup, { settings: defaultSettings(), reviews: [] }, { takeSettings: false, now: NOW, onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBe(4);
  });
});

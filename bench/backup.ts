/**
 * The backup (issue 12) over fake-indexeddb in Node: export of N mentions (default 10,000; the
 * bench's seeded rows, bench/export-rows.ts) to the file's text, its size, reading it (parse),
 * (stored with their text hashes, as the ingest writes them), the preview, the import into an empty database, and the same import again (writes nothing).
 * `npx tsx bench/backup.ts [rows]`. Figures, not pass/fail; the machine's load is printed.
 */
import 'fake-indexeddb/auto';
import os from 'node:os';
import { IDBFactory } from 'fake-indexeddb';
import { parseBackup } from '../lib/backup/parse.ts';
import { applyBackupImport, exportBackupChunks, previewBackupImport } from '../lib/db/backup.ts';
import { putMentions } from '../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../lib/db/open.ts';
import { DEFAULT_PREFS } from '../lib/inbox/view-state.ts';
import { DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS } from '../lib/schema.ts';
import { makeExportRows, withTextHashes } from './export-rows.ts';

const settings = { 'local:settings': DEFAULT_SETTINGS, 'local:alertSettings': DEFAULT_ALERT_SETTINGS, 'local:inboxPrefs': DEFAULT_PREFS };

async function time<T>(what: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  console.log(`${what}: ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
}

async function exportText(db: CrisisDb): Promise<string> {
  const chunks = exportBackupChunks(db, { createdAt: new Date().toISOString(), app: { name: 'crisis-desk', version: 'bench' }, dbVersion: 7 }, { settings, reviews: async () => [] });
  let text = '';
  for (;;) {
    const next = await chunks.next();
    if (next.done) return text;
    text += next.value;
  }
}

export async function benchBackup(rows: number): Promise<void> {
  console.log(`backup of ${rows.toLocaleString('en')} mentions, fake-indexeddb in Node ${process.version} (load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} cores)`);
  const source = await openCrisisDb(new IDBFactory());
  const data = await withTextHashes(makeExportRows(rows));
  for (let i = 0; i < data.length; i += 5000) await putMentions(source, data.slice(i, i + 5000));
  const text = await time('export (read in pages, parse, write text)', () => exportText(source));
  const bytes = Buffer.byteLength(text, 'utf8');
  console.log(`file: ${(bytes / 1024 / 1024).toFixed(2)} MiB, ${(bytes / rows).toFixed(0)} bytes per mention`);
  const read = await time('read the file (JSON.parse + every record parsed)', async () => parseBackup(text));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const target = await openCrisisDb(new IDBFactory());
  const local = { settings, reviews: [] };
  const o = { takeSettings: false, now: new Date() };
  await time('preview into an empty database', () => previewBackupImport(target, read.backup, local, o));
  const first = await time('import into an empty database', () => applyBackupImport(target, read.backup, local, o));
  const again = await time('the same import again (writes nothing)', () => applyBackupImport(target, read.backup, local, o));
  console.log(`written: ${first.mentionIds.length} then ${again.mentionIds.length}`);
}

const rows = Number(process.argv[2] ?? 10_000);
await benchBackup(rows);

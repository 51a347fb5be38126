/**
 * The backup file against IndexedDB (lib/backup/ decides, this reads and writes).
 *
 * Export: the mentions and tombstones are read a page at a time in key order (one short readonly
 * transaction per page, like the CSV export: the background's writes slot in between), each row
 * parsed (a damaged row is left out and counted), and written as text chunks (lib/backup/write.ts)
 * the caller turns into Blob parts: the JS heap holds about one page, the browser's blob store the
 * file. Incidents and templates are small and read at once.
 *
 * Import: the file is in memory already (parse.ts; at most BACKUP_LIMITS.fileBytes). Incidents and
 * templates are merged and written in one transaction; mentions and tombstones in chunks of
 * IMPORT_CHUNK ids, each chunk one transaction that reads this browser's rows, merges them
 * (mergeMentionRecords: synchronous, so the transaction stays open) and writes what changed. A
 * write the background makes between chunks is merged with, never overwritten. An import cut short
 * (a closed page, a full disk) has written whole chunks only; importing the file again finishes it,
 * since a merge of what is already there changes nothing.
 *
 * Imported mentions are not counted into surge alerts (no `surge-pending` markers): they are
 * history here, and counting them would raise an alert for a burst that happened elsewhere.
 */
import type { BackupHeader, BackupSources } from '../backup/write.ts';
import { backupChunks } from '../backup/write.ts';
import type { BackupCounts, BackupKind } from '../backup/format.ts';
import { addSummaries, mergeMentionRecords, mergeOtherRecords, type LocalState, type MergeOptions, type MergeResult, type MergeSummary } from '../backup/merge.ts';
import type { BackupRecords } from '../backup/parse.ts';
import type { IncidentReview } from '../report/review.ts';
import { StoredIncidentSchema } from '../incident/schema.ts';
import { StoredTemplateSchema } from '../templates/stored.ts';
import { DecidedSchema, StoredMentionSchema, type Decided, type StoredMention } from '../schema.ts';
import { DECIDED_STORE } from './decided.ts';
import { INCIDENTS_STORE, TEMPLATES_STORE, readIncidents, readTemplates } from './incidents.ts';
import { MENTIONS_STORE } from './indexes.ts';
import type { CrisisDb } from './open.ts';
import { parseStoredRow } from './rows.ts';
import { abortQuietly, quiet } from './tx.ts';

/** Rows per export read: EXPORT_PAGE_SIZE's reasoning (export-pages.ts), ~2 MB a read. */
export const BACKUP_PAGE_SIZE = 2000;
/** Ids per import transaction: a prune batch's size (prune.ts), so an import holds the mentions
 * store no longer than an ingest or a prune does. */
export const IMPORT_CHUNK = 500;

type PagedStore = typeof MENTIONS_STORE | typeof DECIDED_STORE;

/** Parsed rows of a keyPath-`id` store, a page at a time in key order; damaged rows counted. */
async function* storePages<T>(db: CrisisDb, store: PagedStore, parse: (raw: unknown) => T | undefined, pageSize: number, skipped: (n: number) => void): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const raws: unknown[] = await db.transaction(store, 'readonly').store.getAll(range, pageSize);
    if (raws.length === 0) return;
    const rows: T[] = [];
    let bad = 0;
    for (const raw of raws) {
      const row = parse(raw);
      if (row === undefined) bad++;
      else rows.push(row);
    }
    if (bad > 0) skipped(bad);
    yield rows;
    if (raws.length < pageSize) return;
    // The key path is `id`: a stored row always has its key, even when the rest is damaged.
    after = (raws[raws.length - 1] as { id: string }).id;
  }
}

const parseDecided = (raw: unknown): Decided | undefined => {
  const p = DecidedSchema.safeParse(raw);
  return p.success ? p.data : undefined;
};

export interface BackupExtras {
  /** This browser's allow-listed settings (runtime/backup-data.ts reads them). */
  settings: BackupRecords['settings'];
  /** The saved reviews of these incidents (storage items, one per incident). */
  reviews(incidentIds: readonly string[]): Promise<IncidentReview[]>;
}

export interface BackupExportResult {
  counts: BackupCounts;
  /** Stored records that did not read (damaged, or a newer version's shape) and are not in it. */
  skipped: Record<BackupKind, number>;
}

/** The file's text chunks; returns what it holds and what it left out. */
export async function* exportBackupChunks(db: CrisisDb, header: BackupHeader, extras: BackupExtras, o: { pageSize?: number } = {}): AsyncGenerator<string, BackupExportResult> {
  const pageSize = o.pageSize ?? BACKUP_PAGE_SIZE;
  const skipped: Record<BackupKind, number> = { mentions: 0, decided: 0, incidents: 0, templates: 0, reviews: 0 };
  const [incidents, templates] = await Promise.all([readIncidents(db), readTemplates(db)]);
  skipped.incidents = incidents.skipped.length;
  skipped.templates = templates.skipped.length;
  const reviews = await extras.reviews(incidents.items.map((i) => i.id));
  const sources: BackupSources = {
    mentions: storePages(db, MENTIONS_STORE, parseStoredRow, pageSize, (n) => (skipped.mentions += n)),
    decided: storePages(db, DECIDED_STORE, parseDecided, pageSize, (n) => (skipped.decided += n)),
    // By id: a stable order, so two backups of the same state compare line by line.
    incidents: [[...incidents.items].sort((a, b) => a.id.localeCompare(b.id))],
    templates: [[...templates.items].sort((a, b) => a.id.localeCompare(b.id))],
    reviews: [reviews],
    settings: extras.settings,
  };
  const chunks = backupChunks(header, sources);
  for (;;) {
    const next = await chunks.next();
    if (next.done) return { counts: next.value, skipped };
    yield next.value;
  }
}

/** What an import needs of this browser besides its database: settings and reviews. */
export interface ImportLocal {
  settings: BackupRecords['settings'];
  reviews: IncidentReview[];
}

export interface ImportProgress {
  /** Mention and tombstone ids merged so far, of `total`. */
  done: number;
  total: number;
}

/** The file's mention and tombstone ids, in chunks of `size` (a row and its tombstone together). */
function idChunks(backup: Pick<BackupRecords, 'mentions' | 'decided'>, size: number): Pick<BackupRecords, 'mentions' | 'decided'>[] {
  const ids = [...new Set([...backup.mentions.map((m) => m.id), ...backup.decided.map((d) => d.id)])];
  const rows = new Map(backup.mentions.map((m) => [m.id, m]));
  const stones = new Map(backup.decided.map((d) => [d.id, d]));
  const chunks: Pick<BackupRecords, 'mentions' | 'decided'>[] = [];
  for (let i = 0; i < ids.length; i += size) {
    const part = ids.slice(i, i + size);
    chunks.push({
      mentions: part.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : [])),
      decided: part.flatMap((id) => (stones.has(id) ? [stones.get(id)!] : [])),
    });
  }
  return chunks;
}

interface MentionLocal {
  local: LocalState;
  ids: string[];
}

/** This browser's rows and tombstones for the chunk's ids, from `get` (a transaction's store). */
async function mentionLocal(
  chunk: Pick<BackupRecords, 'mentions' | 'decided'>,
  getRow: (id: string) => Promise<unknown>,
  getStone: (id: string) => Promise<unknown>,
): Promise<MentionLocal> {
  const ids = [...new Set([...chunk.mentions.map((m) => m.id), ...chunk.decided.map((d) => d.id)])];
  const [rows, stones] = await Promise.all([Promise.all(ids.map(getRow)), Promise.all(ids.map(getStone))]);
  const local: LocalState = { mentions: [], decided: [], incidents: [], templates: [], reviews: [], settings: {}, damaged: { mentions: new Set(), decided: new Set() } };
  ids.forEach((id, i) => {
    if (rows[i] !== undefined) {
      const row = parseStoredRow(rows[i]);
      if (row) local.mentions.push(row);
      else (local.damaged!.mentions as Set<string>).add(id);
    }
    if (stones[i] !== undefined) {
      const stone = parseDecided(stones[i]);
      if (stone) local.decided.push(stone);
      else (local.damaged!.decided as Set<string>).add(id);
    }
  });
  return { local, ids };
}

/** Incidents and templates here, parsed; the keys of damaged ones. */
async function otherLocal(read: { incidents: () => Promise<unknown[]>; templates: () => Promise<unknown[]> }, extra: ImportLocal): Promise<LocalState> {
  const [incidents, templates] = await Promise.all([read.incidents(), read.templates()]);
  const local: LocalState = { mentions: [], decided: [], incidents: [], templates: [], reviews: extra.reviews, settings: extra.settings, damaged: { incidents: new Set(), templates: new Set() } };
  for (const raw of incidents) {
    const p = StoredIncidentSchema.safeParse(raw);
    if (p.success) local.incidents.push(p.data);
    else if (typeof (raw as { id?: unknown }).id === 'string') (local.damaged!.incidents as Set<string>).add((raw as { id: string }).id);
  }
  for (const raw of templates) {
    const p = StoredTemplateSchema.safeParse(raw);
    if (p.success) local.templates.push(p.data);
    else if (typeof (raw as { id?: unknown }).id === 'string') (local.damaged!.templates as Set<string>).add((raw as { id: string }).id);
  }
  return local;
}

/** What importing `backup` would do, without writing anything (the preview). */
export async function previewBackupImport(db: CrisisDb, backup: BackupRecords, extra: ImportLocal, o: MergeOptions): Promise<MergeSummary> {
  const other = await otherLocal({ incidents: () => db.getAll(INCIDENTS_STORE), templates: () => db.getAll(TEMPLATES_STORE) }, extra);
  let summary = mergeOtherRecords(other, backup, o).summary;
  for (const chunk of idChunks(backup, IMPORT_CHUNK)) {
    const tx = db.transaction([MENTIONS_STORE, DECIDED_STORE], 'readonly');
    const { local } = await mentionLocal(chunk, (id) => tx.objectStore(MENTIONS_STORE).get(id), (id) => tx.objectStore(DECIDED_STORE).get(id));
    summary = addSummaries(summary, mergeMentionRecords(local, chunk).summary);
  }
  return summary;
}

export interface ImportApplied {
  summary: MergeSummary;
  /** For the caller to store (browser.storage): reviews and settings that changed. */
  reviews: IncidentReview[];
  settings: MergeResult['writes']['settings'];
  /** Ids of the mentions written, for `mentions/changed`. */
  mentionIds: string[];
  /** Incidents or templates were written (`incidents/changed`). */
  incidentsChanged: boolean;
}

/** Merges `backup` into the database (see the module comment); storage writes are the caller's. */
export async function applyBackupImport(db: CrisisDb, backup: BackupRecords, extra: ImportLocal, o: MergeOptions & { onProgress?(p: ImportProgress): void }): Promise<ImportApplied> {
  // Incidents and templates: read, merged and written in one transaction.
  const tx = db.transaction([INCIDENTS_STORE, TEMPLATES_STORE], 'readwrite');
  const done = quiet(tx.done);
  let other: MergeResult;
  try {
    const local = await otherLocal({ incidents: () => quiet(tx.objectStore(INCIDENTS_STORE).getAll()), templates: () => quiet(tx.objectStore(TEMPLATES_STORE).getAll()) }, extra);
    other = mergeOtherRecords(local, backup, o);
    const puts = [
      ...other.writes.incidents.map((i) => quiet(tx.objectStore(INCIDENTS_STORE).put(StoredIncidentSchema.parse(i)))),
      ...other.writes.templates.map((t) => quiet(tx.objectStore(TEMPLATES_STORE).put(StoredTemplateSchema.parse(t)))),
    ];
    await Promise.all([...puts, done]);
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }

  let summary = other.summary;
  const mentionIds: string[] = [];
  const chunks = idChunks(backup, IMPORT_CHUNK);
  const total = chunks.reduce((n, c) => n + new Set([...c.mentions.map((m) => m.id), ...c.decided.map((d) => d.id)]).size, 0);
  let progressed = 0;
  o.onProgress?.({ done: 0, total });
  for (const chunk of chunks) {
    const mtx = db.transaction([MENTIONS_STORE, DECIDED_STORE], 'readwrite');
    const mdone = quiet(mtx.done);
    const rows = mtx.objectStore(MENTIONS_STORE);
    const stones = mtx.objectStore(DECIDED_STORE);
    try {
      const { local, ids } = await mentionLocal(chunk, (id) => quiet(rows.get(id)), (id) => quiet(stones.get(id)));
      const r = mergeMentionRecords(local, chunk);
      // Parsed before writing, like every writer here: a merge that produced an invalid row aborts
      // the chunk rather than storing it.
      const written: StoredMention[] = r.writes.mentions.map((m) => StoredMentionSchema.parse(m));
      const puts = [...written.map((m) => quiet(rows.put(m))), ...r.writes.decided.map((d) => quiet(stones.put(DecidedSchema.parse(d))))];
      await Promise.all([...puts, mdone]);
      summary = addSummaries(summary, r.summary);
      mentionIds.push(...written.map((m) => m.id));
      progressed += ids.length;
      o.onProgress?.({ done: progressed, total });
    } catch (e) {
      abortQuietly(mtx);
      throw e;
    }
  }
  return {
    summary,
    reviews: other.writes.reviews,
    settings: other.writes.settings,
    mentionIds,
    incidentsChanged: other.writes.incidents.length + other.writes.templates.length > 0,
  };
}

/**
 * The backup file (issue 12, "Backup and hand-over"): the whole local state of one browser as one
 * JSON file, versioned, so another browser (a colleague taking over, a new laptop) can merge it.
 *
 *   {format: "crisis-desk.backup/1", createdAt, app: {name, version}, dbVersion,
 *    mentions: [StoredMention], decided: [Decided], incidents: [StoredIncident],
 *    templates: [StoredTemplate], reviews: [IncidentReview], settings: {<storage key>: value},
 *    counts: {mentions, decided, incidents, templates, reviews, settings}}
 *
 * Every record has the schema it is stored with (lib/schema.ts, lib/incident/schema.ts,
 * lib/templates/stored.ts, lib/report/review.ts): the envelope is checked as a whole (a wrong
 * envelope refuses the file, with the JSON path), each record on its own (a damaged record is
 * skipped and counted, the others still import). `counts` comes last because the writer streams
 * the records (lib/db/backup.ts) and only knows them at the end; a reader compares them.
 *
 * Not in the file: surge counting and alerts (they are derived from what this browser counted,
 * and the receiving browser's detector state would not match them; its alerts come from its own
 * counts), the side panel's inbox cache (rebuilt from the mentions), and the secrets and
 * per-browser state listed in settings.ts.
 */
import { z } from 'zod';

import { IsoDateSchema } from '../schema.ts';

export const BACKUP_FORMAT_NAME = 'crisis-desk.backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FORMAT = `${BACKUP_FORMAT_NAME}/${BACKUP_FORMAT_VERSION}` as const;

/** The record lists of a file, in the order they are written. */
export const BACKUP_KINDS = ['mentions', 'decided', 'incidents', 'templates', 'reviews'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
/** What a summary counts: the record kinds and the settings. */
export type SummaryKind = BackupKind | 'settings';
export const SUMMARY_KINDS: readonly SummaryKind[] = [...BACKUP_KINDS, 'settings'];

export const BACKUP_LIMITS = {
  /**
   * A file larger than this is refused before it is read. The import holds the text and the
   * parsed records in memory at once (JSON.parse has no streaming form in the browser). The
   * bench's tweet-length rows take 774 bytes each in the file (bench/backup.ts, 10,000 rows: 7.4
   * MiB); rows with evidence spans and page URLs are larger, so 128 MiB is roughly 100,000 to
   * 170,000 mentions — more than retention keeps for most teams, and a few hundred MB of memory in
   * the options tab. A bigger store is handed over with the CSV/JSON lines export.
   */
  fileBytes: 128 * 1024 * 1024,
  /** Records per list: beyond the byte limit anyway, they bound a hand-made file. */
  mentions: 500_000,
  /** lib/db/decided.ts MAX_DECIDED. */
  decided: 200_000,
  incidents: 10_000,
  templates: 50_000,
  reviews: 10_000,
  settings: 50,
} as const;

export const BackupCountsSchema = z.object({
  mentions: z.number().int().min(0),
  decided: z.number().int().min(0),
  incidents: z.number().int().min(0),
  templates: z.number().int().min(0),
  reviews: z.number().int().min(0),
  settings: z.number().int().min(0),
});
export type BackupCounts = z.infer<typeof BackupCountsSchema>;

export const BackupAppSchema = z.object({
  name: z.string().min(1).max(100),
  /** The extension's version (manifest), for the reader's information. */
  version: z.string().max(50),
});
export type BackupApp = z.infer<typeof BackupAppSchema>;

const rows = (max: number) => z.array(z.unknown()).max(max);

/**
 * The envelope: records are `unknown` here and parsed one by one (parse.ts). Unknown top-level
 * fields are accepted and dropped (a later version 1 writer may add some).
 */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: IsoDateSchema,
  app: BackupAppSchema,
  /** The writer's IndexedDB schema version (lib/db/migrations.ts). */
  dbVersion: z.number().int().min(1).max(10_000),
  mentions: rows(BACKUP_LIMITS.mentions).default([]),
  decided: rows(BACKUP_LIMITS.decided).default([]),
  incidents: rows(BACKUP_LIMITS.incidents).default([]),
  templates: rows(BACKUP_LIMITS.templates).default([]),
  reviews: rows(BACKUP_LIMITS.reviews).default([]),
  settings: z
    .record(z.string().max(200), z.unknown())
    .refine((s) => Object.keys(s).length <= BACKUP_LIMITS.settings, { message: `at most ${BACKUP_LIMITS.settings} settings` })
    .default({}),
  counts: BackupCountsSchema.optional(),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

/** `crisis-desk-backup-2025-11-22.json`, by the local calendar day of `now`. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `crisis-desk-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

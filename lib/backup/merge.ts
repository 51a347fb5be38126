/**
 * `mergeBackup(local, incoming)`: what importing a backup writes, and a summary of it, by the
 * rules of merge-mentions.ts (mentions and their tombstones), merge-incidents.ts (incidents,
 * templates, reviews) and the settings rule below. Pure: the caller reads this browser's records
 * for the ids in the file (lib/db/backup.ts), calls this, and writes `writes`.
 *
 * Every record lands in one of: added (new here), updated (something of the file's was taken),
 * kept (the file's differs but this browser's is newer everywhere), unchanged (the same on both
 * sides), rejected (damaged in the file, a duplicate id, or damaged here). Importing the same file
 * twice changes nothing the second time: every rule takes the newer of two values, so a merged
 * record merged again with the same file is itself.
 *
 * **Settings** are this browser's unless the user chooses to take the file's (`takeSettings`);
 * taking them keeps what a file never carries (the webhook URL: settings.ts). Either way, an
 * incident added or updated by the import gets its alert keyword set (lib/incident/keywords.ts),
 * as it would have had it been saved here.
 */
import { incidentKeywordSetId, withIncidentKeywordSet } from '../incident/keywords.ts';
import type { StoredIncident } from '../incident/schema.ts';
import type { IncidentReview } from '../report/review.ts';
import type { AlertSettings, Decided, StoredMention } from '../schema.ts';
import type { StoredTemplate } from '../templates/stored.ts';
import { BACKUP_KINDS, SUMMARY_KINDS, type BackupKind, type SummaryKind } from './format.ts';
import { addedIncident, mergeIncident, mergeReview, mergeTemplate } from './merge-incidents.ts';
import { applyTombstone, mergeMention, mergeTombstone, tombstoneWithRow } from './merge-mentions.ts';
import { recordId, type BackupRecords, type RejectedRecord } from './parse.ts';
import { sameRecord } from './same.ts';
import { BACKUP_SETTING_KEYS, BACKUP_SETTINGS, type BackupSettingKey, type BackupSettings } from './settings.ts';

export interface KindCounts {
  added: number;
  updated: number;
  keptLocal: number;
  unchanged: number;
  rejected: number;
}

/** Something the user should know that is not a rejection. */
export interface MergeNote {
  kind: SummaryKind;
  id: string;
  code: 'statement-conflict' | 'keyword-sets-full';
  /** One line of English. */
  message: string;
}

export interface MergeSummary {
  counts: Record<SummaryKind, KindCounts>;
  /** Every record not taken, with its path and reason (the view lists the first ones). */
  rejected: RejectedRecord[];
  notes: MergeNote[];
  /** Settings whose file value differs from this browser's (taken only with `takeSettings`). */
  settingsDiffer: BackupSettingKey[];
}

export interface MergeWrites {
  mentions: StoredMention[];
  decided: Decided[];
  incidents: StoredIncident[];
  templates: StoredTemplate[];
  reviews: IncidentReview[];
  settings: Partial<BackupSettings>;
}

export interface MergeResult {
  writes: MergeWrites;
  summary: MergeSummary;
}

/** This browser's side: its records for (at least) the ids in the file, and its settings. */
export interface LocalState extends Omit<BackupRecords, 'settings'> {
  settings: Partial<BackupSettings>;
  /** Ids whose record here is damaged (fails its schema): never overwritten, the file's rejected. */
  damaged?: Partial<Record<BackupKind, ReadonlySet<string>>>;
}

export interface MergeOptions {
  /** Take the file's settings (all of them) instead of keeping this browser's. */
  takeSettings: boolean;
  /** For the creation time of a keyword set the import adds. */
  now: Date;
}

export function emptyCounts(): KindCounts {
  return { added: 0, updated: 0, keptLocal: 0, unchanged: 0, rejected: 0 };
}

export function emptySummary(): MergeSummary {
  return { counts: Object.fromEntries(SUMMARY_KINDS.map((k) => [k, emptyCounts()])) as Record<SummaryKind, KindCounts>, rejected: [], notes: [], settingsDiffer: [] };
}

export function emptyWrites(): MergeWrites {
  return { mentions: [], decided: [], incidents: [], templates: [], reviews: [], settings: {} };
}

/** Adds `rejected` records (e.g. the parse's) to a summary, counted per kind. */
export function withRejected(summary: MergeSummary, rejected: readonly RejectedRecord[]): MergeSummary {
  const out: MergeSummary = { ...summary, counts: { ...summary.counts }, rejected: [...summary.rejected, ...rejected] };
  for (const r of rejected) out.counts[r.kind] = { ...out.counts[r.kind], rejected: out.counts[r.kind].rejected + 1 };
  return out;
}

/** One summary of several partial merges (the database merges mentions a chunk at a time). */
export function addSummaries(a: MergeSummary, b: MergeSummary): MergeSummary {
  const counts = {} as Record<SummaryKind, KindCounts>;
  for (const k of SUMMARY_KINDS) {
    const x = a.counts[k];
    const y = b.counts[k];
    counts[k] = { added: x.added + y.added, updated: x.updated + y.updated, keptLocal: x.keptLocal + y.keptLocal, unchanged: x.unchanged + y.unchanged, rejected: x.rejected + y.rejected };
  }
  return { counts, rejected: [...a.rejected, ...b.rejected], notes: [...a.notes, ...b.notes], settingsDiffer: [...new Set([...a.settingsDiffer, ...b.settingsDiffer])] };
}

type Outcome = 'added' | 'updated' | 'keptLocal' | 'unchanged';

/** How a merged record relates to this browser's and the file's. */
function outcome<T>(local: T | undefined, incoming: T, merged: T): Outcome {
  if (local === undefined) return 'added';
  if (sameRecord(merged, local)) return sameRecord(incoming, local) ? 'unchanged' : 'keptLocal';
  return 'updated';
}

function byId<K extends BackupKind>(kind: K, records: readonly BackupRecords[K][number][]): Map<string, BackupRecords[K][number]> {
  return new Map(records.map((r) => [recordId(kind, r)!, r]));
}

function damagedHere(local: LocalState, kind: BackupKind, id: string, path: string, summary: MergeSummary): boolean {
  if (!local.damaged?.[kind]?.has(id)) return false;
  summary.counts[kind].rejected++;
  summary.rejected.push({ kind, path, id, reason: "this browser's record is damaged or from a newer version; it is kept as it is", code: 'damaged-local' });
  return true;
}

/** Mentions and tombstones, per id (see merge-mentions.ts). */
function mergeMentionsInto(local: LocalState, incoming: Pick<BackupRecords, 'mentions' | 'decided'>, writes: MergeWrites, summary: MergeSummary): void {
  const rows = byId('mentions', local.mentions) as Map<string, StoredMention>;
  const stones = byId('decided', local.decided) as Map<string, Decided>;
  const rowWrites = new Map<string, StoredMention>();
  const stoneWrites = new Map<string, Decided>();
  const counts = summary.counts;
  incoming.mentions.forEach((row, i) => {
    if (damagedHere(local, 'mentions', row.id, `mentions[${i}]`, summary)) return;
    const mine = rows.get(row.id);
    if (mine) {
      const merged = mergeMention(mine, row);
      const o = outcome(mine, row, merged);
      counts.mentions[o]++;
      if (o === 'updated') rowWrites.set(row.id, merged);
      return;
    }
    const stone = stones.get(row.id);
    if (stone) {
      // Removed here after a decision: the row is not brought back; a newer decision is kept.
      const next = tombstoneWithRow(stone, row);
      if (sameRecord(next, stone)) counts.mentions.keptLocal++;
      else {
        counts.mentions.updated++;
        stoneWrites.set(row.id, next);
      }
      return;
    }
    counts.mentions.added++;
    rowWrites.set(row.id, row);
  });
  incoming.decided.forEach((stone, i) => {
    if (damagedHere(local, 'decided', stone.id, `decided[${i}]`, summary)) return;
    const row = rowWrites.get(stone.id) ?? rows.get(stone.id);
    if (row) {
      const next = applyTombstone(row, stone);
      if (next === row) counts.decided[row.status === stone.status && row.statusChangedAt === stone.at ? 'unchanged' : 'keptLocal']++;
      else {
        counts.decided.updated++;
        rowWrites.set(stone.id, next);
      }
      return;
    }
    const mine = stoneWrites.get(stone.id) ?? stones.get(stone.id);
    if (!mine) {
      counts.decided.added++;
      stoneWrites.set(stone.id, stone);
      return;
    }
    const merged = mergeTombstone(mine, stone);
    const o = outcome(mine, stone, merged);
    counts.decided[o]++;
    if (o === 'updated') stoneWrites.set(stone.id, merged);
  });
  writes.mentions.push(...rowWrites.values());
  writes.decided.push(...stoneWrites.values());
}

/** Incidents, templates and reviews: whole records by id (see merge-incidents.ts). */
function mergeRecordsInto(local: LocalState, incoming: Pick<BackupRecords, 'incidents' | 'templates' | 'reviews'>, writes: MergeWrites, summary: MergeSummary): void {
  const incidents = byId('incidents', local.incidents) as Map<string, StoredIncident>;
  incoming.incidents.forEach((inc, i) => {
    if (damagedHere(local, 'incidents', inc.id, `incidents[${i}]`, summary)) return;
    const mine = incidents.get(inc.id);
    if (!mine) {
      summary.counts.incidents.added++;
      writes.incidents.push(addedIncident(inc));
      return;
    }
    const { incident, conflictVersion } = mergeIncident(mine, inc);
    if (conflictVersion !== undefined) {
      summary.notes.push({ kind: 'incidents', id: inc.id, code: 'statement-conflict', message: `statement version ${conflictVersion} differs between this browser and the file; this browser's is kept` });
    }
    const o = outcome(mine, inc, incident);
    summary.counts.incidents[o]++;
    if (o === 'updated') writes.incidents.push(incident);
  });
  const templates = byId('templates', local.templates) as Map<string, StoredTemplate>;
  incoming.templates.forEach((t, i) => {
    if (damagedHere(local, 'templates', t.id, `templates[${i}]`, summary)) return;
    const mine = templates.get(t.id);
    const merged = mine ? mergeTemplate(mine, t) : t;
    const o = outcome(mine, t, merged);
    summary.counts.templates[o]++;
    if (o === 'added' || o === 'updated') writes.templates.push(merged);
  });
  const reviews = byId('reviews', local.reviews) as Map<string, IncidentReview>;
  incoming.reviews.forEach((r, i) => {
    if (damagedHere(local, 'reviews', r.incidentId, `reviews[${i}]`, summary)) return;
    const mine = reviews.get(r.incidentId);
    const merged = mine ? mergeReview(mine, r) : r;
    const o = outcome(mine, r, merged);
    summary.counts.reviews[o]++;
    if (o === 'added' || o === 'updated') writes.reviews.push(merged);
  });
}

function mergeSettingsInto(local: LocalState, incoming: BackupRecords, o: MergeOptions, writes: MergeWrites, summary: MergeSummary): void {
  const taken: Partial<BackupSettings> = {};
  const differ: BackupSettingKey[] = [];
  for (const key of BACKUP_SETTING_KEYS) {
    const fromFile = incoming.settings[key];
    if (fromFile === undefined) continue;
    const mine = local.settings[key];
    const entry = BACKUP_SETTINGS[key] as { keep(file: unknown, local: unknown): unknown };
    const value = mine === undefined ? fromFile : entry.keep(fromFile, mine);
    if (mine === undefined || !sameRecord(value, mine)) differ.push(key);
    if (o.takeSettings) (taken as Record<string, unknown>)[key] = value;
  }
  const next: Partial<BackupSettings> = { ...local.settings, ...taken };
  // Incidents the import writes get their alert keyword set, as if saved here. With the file's
  // alert settings taken, every incident of the file is checked (the file's sets replaced ours).
  const alertBase = next['local:alertSettings'];
  if (alertBase) {
    const tookAlerts = taken['local:alertSettings'] !== undefined;
    const current = (id: string) => writes.incidents.find((w) => w.id === id) ?? local.incidents.find((l) => l.id === id);
    const check = tookAlerts ? incoming.incidents.map((i) => current(i.id) ?? i) : writes.incidents;
    let alerts: AlertSettings = alertBase;
    for (const inc of check) {
      const r = withIncidentKeywordSet(alerts, inc, o.now);
      if (r.ok) alerts = r.settings;
      else summary.notes.push({ kind: 'incidents', id: inc.id, code: 'keyword-sets-full', message: `the alert settings already hold 50 keyword sets: no keyword set ${incidentKeywordSetId(inc.id)} for this incident` });
    }
    next['local:alertSettings'] = alerts;
  }
  for (const key of BACKUP_SETTING_KEYS) {
    const value = next[key];
    const changed = value !== undefined && !sameRecord(value, local.settings[key]);
    if (changed) (writes.settings as Record<string, unknown>)[key] = value;
    if (incoming.settings[key] === undefined) continue;
    if (!differ.includes(key)) summary.counts.settings.unchanged++;
    else if (o.takeSettings) summary.counts.settings[local.settings[key] === undefined ? 'added' : 'updated']++;
    else summary.counts.settings.keptLocal++;
  }
  summary.settingsDiffer.push(...differ);
}

/** Only the mention part (mentions and tombstones): the database merges it a chunk at a time. */
export function mergeMentionRecords(local: LocalState, incoming: Pick<BackupRecords, 'mentions' | 'decided'>): MergeResult {
  const writes = emptyWrites();
  const summary = emptySummary();
  mergeMentionsInto(local, incoming, writes, summary);
  return { writes, summary };
}

/** Everything but the mentions: incidents, templates, reviews and settings. */
export function mergeOtherRecords(local: LocalState, incoming: BackupRecords, o: MergeOptions): MergeResult {
  const writes = emptyWrites();
  const summary = emptySummary();
  mergeRecordsInto(local, incoming, writes, summary);
  mergeSettingsInto(local, incoming, o, writes, summary);
  return { writes, summary };
}

/** The whole merge. `local` needs this browser's records for the file's ids (more is fine). */
export function mergeBackup(local: LocalState, incoming: BackupRecords, o: MergeOptions): MergeResult {
  const a = mergeMentionRecords(local, incoming);
  const b = mergeOtherRecords(local, incoming, o);
  return {
    writes: { ...b.writes, mentions: a.writes.mentions, decided: a.writes.decided },
    summary: addSummaries(a.summary, b.summary),
  };
}

/** The kinds a summary lists, in order (for views). */
export { BACKUP_KINDS, SUMMARY_KINDS };

/**
 * Incidents, their statement versions and their reviews in the team replica (issue 12: "incidents
 * and statement versions" replicate; the report's review is "saved with the incident", so the
 * team shares it too).
 *
 * An incident is one mutable document (`incident:<id>`, merged field by field on conflict:
 * merge.ts) and each published version is also its own immutable document
 * (`statement:<id>:<version>`), so a version survives whatever happens to the incident document,
 * and a tool reading the database sees every statement the team published. Reading joins them
 * back (lib/incident/merge.ts). Crisis mode is each browser's own switch and never shared.
 */
import { mergeIncidents, sharedIncident, type SharedIncident } from '../incident/merge.ts';
import { StatementRecordSchema, type StoredIncident } from '../incident/schema.ts';
import { IncidentReviewSchema, type IncidentReview } from '../report/review.ts';
import {
  DOC_VERSION,
  IncidentDocSchema,
  ReviewDocSchema,
  StatementDocSchema,
  incidentDocId,
  incidentIdOfDocId,
  reviewDocId,
  statementDocId,
  type IncidentDoc,
  type ReviewDoc,
  type StatementDoc,
} from './docs.ts';
import { contentOf, incidentOfDoc, stableJson } from './merge.ts';
import type { ChangeRow, PouchDatabase, PouchDoc, PouchError } from './pouch.ts';
import { putChecked, type WriteOutcome } from './replica.ts';

async function getOrUndefined(db: PouchDatabase, id: string): Promise<PouchDoc | undefined> {
  try {
    return await db.get(id);
  } catch (err) {
    if ((err as PouchError | undefined)?.status === 404) return undefined;
    throw err;
  }
}

/** Incidents (and reviews) whose documents are among these changes. */
export function incidentIdsOf(changes: readonly ChangeRow[]): { incidents: string[]; reviews: string[] } {
  const incidents = new Set<string>();
  const reviews = new Set<string>();
  for (const c of changes) {
    const id = incidentIdOfDocId(c.id);
    if (id === undefined) continue;
    (c.id.startsWith('review:') ? reviews : incidents).add(id);
  }
  return { incidents: [...incidents], reviews: [...reviews] };
}

export type IncidentShare = { written: WriteOutcome[]; unchanged: boolean };

/**
 * Shares an incident edited here: its document merged with what the team already has (so an
 * edit made offline joins a teammate's instead of replacing it) and every statement version the
 * team does not have yet. Writes nothing when the team already knows all of it.
 */
export async function shareIncident(db: PouchDatabase, incident: StoredIncident, me: string): Promise<IncidentShare> {
  const written: WriteOutcome[] = [];
  const versions = incident.history.map((h) => statementDocId(incident.id, h.statement.version));
  const have = await db.allDocs({ keys: versions });
  const missing = incident.history.filter((_, i) => {
    const row = have.rows[i];
    return !row || row.error !== undefined || row.value?.deleted === true;
  });
  for (const record of missing) {
    const doc: StatementDoc = {
      _id: statementDocId(incident.id, record.statement.version),
      type: 'statement',
      v: DOC_VERSION,
      incidentId: incident.id,
      version: record.statement.version,
      by: me,
      at: record.publishedAt,
      record,
    };
    written.push(await putChecked(db, doc as unknown as PouchDoc));
  }

  const id = incidentDocId(incident.id);
  const existingRaw = await getOrUndefined(db, id);
  const existing = existingRaw ? IncidentDocSchema.safeParse(existingRaw) : undefined;
  // Someone wrote something we cannot read under this id: leave it, never overwrite it blindly.
  if (existing && !existing.success) return { written, unchanged: written.length === 0 };
  const theirs = existing?.data ? incidentOfDoc(existing.data) : undefined;
  const merged = theirs ? mergeIncidents(theirs, incident).incident : incident;
  const doc: IncidentDoc = { _id: id, type: 'incident', v: DOC_VERSION, by: me, updatedAt: merged.updatedAt, incident: sharedIncident(merged) };
  if (existing?.data && stableJson(contentOf(existing.data).incident) === stableJson(doc.incident)) return { written, unchanged: written.length === 0 };
  written.push(await putChecked(db, { ...doc, ...(existing?.data?._rev ? { _rev: existing.data._rev } : {}) } as unknown as PouchDoc));
  return { written, unchanged: false };
}

/** The team's copy of these incidents: each document joined with its statement-version documents.
 * An incident whose document does not read is left out (counted in `unreadable`). */
export async function readTeamIncidents(db: PouchDatabase, ids: readonly string[]): Promise<{ incidents: SharedIncident[]; unreadable: number }> {
  const incidents: SharedIncident[] = [];
  let unreadable = 0;
  for (const id of ids) {
    const raw = await getOrUndefined(db, incidentDocId(id));
    if (!raw) continue; // only statements so far: the incident document follows
    const parsed = IncidentDocSchema.safeParse(raw);
    const base = parsed.success ? incidentOfDoc(parsed.data) : undefined;
    if (!base) {
      unreadable++;
      continue;
    }
    const page = await db.allDocs({ startkey: `statement:${id}:`, endkey: `statement:${id}:\uffff`, include_docs: true });
    const history = page.rows.flatMap((r) => {
      const s = r.doc ? StatementDocSchema.safeParse(r.doc) : undefined;
      const record = s?.success ? StatementRecordSchema.safeParse(s.data.record) : undefined;
      return record?.success && s?.success && s.data.incidentId === id && record.data.statement.version === s.data.version ? [record.data] : [];
    });
    incidents.push(sharedIncident(history.length ? mergeIncidents(base, { ...base, history }).incident : base));
  }
  return { incidents, unreadable };
}

/** Shares a review saved here; the latest save stands (an older one is not written over a newer). */
export async function shareReview(db: PouchDatabase, review: IncidentReview, me: string): Promise<WriteOutcome | { ok: true; unchanged: true }> {
  if (!review.updatedAt) return { ok: true, unchanged: true }; // never saved: nothing to share
  const id = reviewDocId(review.incidentId);
  const existingRaw = await getOrUndefined(db, id);
  const existing = existingRaw ? ReviewDocSchema.safeParse(existingRaw) : undefined;
  if (existing && !existing.success) return { ok: true, unchanged: true };
  if (existing?.data) {
    if (Date.parse(existing.data.updatedAt) > Date.parse(review.updatedAt)) return { ok: true, unchanged: true };
    if (stableJson(existing.data.review) === stableJson(review)) return { ok: true, unchanged: true };
  }
  const doc: ReviewDoc = { _id: id, type: 'review', v: DOC_VERSION, incidentId: review.incidentId, by: me, updatedAt: review.updatedAt, review };
  return putChecked(db, { ...doc, ...(existing?.data?._rev ? { _rev: existing.data._rev } : {}) } as unknown as PouchDoc);
}

/** The team's reviews of these incidents (those that read). */
export async function readTeamReviews(db: PouchDatabase, ids: readonly string[]): Promise<IncidentReview[]> {
  if (ids.length === 0) return [];
  const res = await db.allDocs({ keys: ids.map(reviewDocId), include_docs: true });
  return res.rows.flatMap((r) => {
    const d = r.doc ? ReviewDocSchema.safeParse(r.doc) : undefined;
    const review = d?.success ? IncidentReviewSchema.safeParse(d.data.review) : undefined;
    return review?.success && d?.success && review.data.incidentId === d.data.incidentId ? [review.data] : [];
  });
}

/** Whether a review from the team should replace this browser's: it is newer. */
export function takesReview(local: IncidentReview | undefined, team: IncidentReview): boolean {
  if (!team.updatedAt) return false;
  if (!local?.updatedAt) return true;
  const t = Date.parse(team.updatedAt) - Date.parse(local.updatedAt);
  return t > 0 || (t === 0 && stableJson(team) !== stableJson(local) && (team.updatedBy ?? '') > (local.updatedBy ?? ''));
}

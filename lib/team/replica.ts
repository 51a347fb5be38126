/**
 * The team replica: this browser's PouchDB copy of the team's database. Everything the agent does
 * is written here first (so it survives being offline and a killed worker) and replicated from
 * here; everything teammates do arrives here and is folded into the inbox's rows (mapping.ts).
 *
 * Bookkeeping lives in `_local/` documents, which PouchDB never replicates:
 * `_local/crisis-desk-map` is how far the inbox has been brought up to date (a change sequence),
 * `_local/crisis-desk-refused` the documents the server refused (kept here, not pushed again).
 */
import type { StoredMention, TeamStatus } from '../schema.ts';
import { fitsTeamDoc } from './doc-size.ts';
import {
  EventDocSchema,
  MentionDocSchema,
  ReplyDocSchema,
  TeamDocSchema,
  eventDoc,
  mentionDoc,
  mentionDocId,
  mentionIdOfDocId,
  mentionRange,
  type EventDoc,
  type EventInput,
  type MentionDoc,
  type ReplyDoc,
  type TeamDoc,
  type TeamMentionRow,
} from './docs.ts';
import { contentOf, mergeMentionRevisions, newsOf, resolveConflict, stableJson } from './merge.ts';
import type { ChangeRow, PouchDatabase, PouchDoc, PouchError } from './pouch.ts';

const MAP_CHECKPOINT = '_local/crisis-desk-map';
const REFUSED = '_local/crisis-desk-refused';
const SHARED = '_local/crisis-desk-shared';
/** Above this many mentions in one pass, their events are read by one walk over all events
 * (cheaper than a range read per mention: an initial sync of 100,000 mentions). */
const WALK_THRESHOLD = 100;
const WALK_PAGE = 5_000;

export interface MentionDocs {
  doc?: MentionDoc;
  events: EventDoc[];
  replies: ReplyDoc[];
}

export type WriteOutcome = { ok: true; doc: PouchDoc } | { ok: false; reason: 'too-large'; bytes: number; id: string };

function isNotFound(err: unknown): boolean {
  return (err as PouchError | undefined)?.status === 404;
}

async function getOrUndefined(db: PouchDatabase, id: string): Promise<PouchDoc | undefined> {
  try {
    return await db.get(id);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** Writes a document after the size check (doc-size.ts): an oversized one is not written. */
export async function putChecked(db: PouchDatabase, doc: PouchDoc): Promise<WriteOutcome> {
  const fit = fitsTeamDoc(doc);
  if (!fit.ok) return { ok: false, reason: 'too-large', bytes: fit.bytes, id: doc._id };
  const res = await db.put(doc);
  return { ok: true, doc: { ...doc, _rev: res.rev } };
}

/** A claim, release or status event by this browser's agent. */
export async function writeEvent(db: PouchDatabase, input: EventInput, nonce: string): Promise<WriteOutcome> {
  return putChecked(db, eventDoc(input, nonce) as unknown as PouchDoc);
}

function sharedRowOf(row: StoredMention): TeamMentionRow {
  const { status: _s, statusChangedAt: _c, activityAt: _a, team: _t, replies: _r, ...shared } = row;
  return shared;
}

export type ShareOutcome = WriteOutcome | { ok: true; doc?: undefined; unchanged: true };

/**
 * Shares a flagged mention captured here. The first share also shares a decision made before the
 * workspace existed (a status event at the time it was set), so the team does not answer it again.
 * A mention already shared is written again only when this capture adds something (merge rules:
 * merge.ts), so re-captures of the same post cost nothing.
 */
export async function shareMention(db: PouchDatabase, row: StoredMention, me: string, now: Date, nonce: () => string): Promise<ShareOutcome> {
  const at = now.toISOString();
  const mine = mentionDoc(sharedRowOf(row), me, at);
  const existingRaw = await getOrUndefined(db, mine._id);
  if (!existingRaw) {
    const out = await putChecked(db, mine as unknown as PouchDoc);
    if (out.ok && row.status !== 'open') {
      await writeEvent(db, { mentionId: row.id, by: me, at: row.statusChangedAt ?? at, action: 'status', status: row.status }, nonce());
    }
    return out;
  }
  const existing = MentionDocSchema.safeParse(existingRaw);
  // Someone wrote something we cannot read under this id: leave it, never overwrite it blindly.
  if (!existing.success) return { ok: true, unchanged: true };
  // This browser writes the revision, so it signs it (`by`), whatever capture was newest.
  const merged = { ...mergeMentionRevisions([existing.data, mine]), by: me };
  // `by`/`seenAt` alone changing is not news: only content, flags or first capture are.
  if (stableJson(newsOf(contentOf(merged))) === stableJson(newsOf(contentOf(existing.data)))) return { ok: true, unchanged: true };
  return putChecked(db, { ...merged, _id: mine._id, _rev: existing.data._rev } as unknown as PouchDoc);
}

/** Everything the fold needs for these mentions: their shared documents, events and replies. */
export async function readMentionDocs(db: PouchDatabase, mentionIds: readonly string[]): Promise<Map<string, MentionDocs>> {
  const out = new Map<string, MentionDocs>(mentionIds.map((id) => [id, { events: [], replies: [] }]));
  if (mentionIds.length === 0) return out;
  const docs = await db.allDocs({ keys: mentionIds.map(mentionDocId), include_docs: true });
  for (const row of docs.rows) {
    const parsed = row.doc ? MentionDocSchema.safeParse(row.doc) : undefined;
    if (parsed?.success) out.get(parsed.data.row.id)!.doc = parsed.data;
  }
  const add = (doc: PouchDoc | null | undefined) => {
    if (!doc) return;
    const id = mentionIdOfDocId(doc._id);
    const entry = id === undefined ? undefined : out.get(id);
    if (!entry) return;
    if (doc.type === 'event') {
      const e = EventDocSchema.safeParse(doc);
      if (e.success) entry.events.push(e.data);
    } else if (doc.type === 'reply') {
      const r = ReplyDocSchema.safeParse(doc);
      if (r.success) entry.replies.push(r.data);
    }
  };
  if (mentionIds.length > WALK_THRESHOLD) {
    for (const prefix of ['event', 'reply'] as const) {
      let startkey = `${prefix}:`;
      const endkey = `${prefix}:\uffff`;
      for (;;) {
        const page = await db.allDocs({ startkey, endkey, include_docs: true, limit: WALK_PAGE + 1 });
        const rows = page.rows.slice(0, WALK_PAGE);
        for (const r of rows) add(r.doc);
        if (page.rows.length <= WALK_PAGE) break;
        startkey = page.rows[WALK_PAGE]!.id;
      }
    }
  } else {
    await Promise.all(
      mentionIds.flatMap((id) =>
        (['event', 'reply'] as const).map(async (prefix) => {
          const page = await db.allDocs({ ...mentionRange(prefix, id), include_docs: true });
          for (const r of page.rows) add(r.doc);
        }),
      ),
    );
  }
  return out;
}

export async function readMapCheckpoint(db: PouchDatabase): Promise<{ seq: number | string; agent?: string }> {
  const doc = await getOrUndefined(db, MAP_CHECKPOINT);
  const seq = doc?.seq;
  return { seq: typeof seq === 'number' || typeof seq === 'string' ? seq : 0, agent: typeof doc?.agent === 'string' ? doc.agent : undefined };
}

export async function saveMapCheckpoint(db: PouchDatabase, seq: number | string, agent: string | undefined): Promise<void> {
  const doc = await getOrUndefined(db, MAP_CHECKPOINT);
  await db.put({ _id: MAP_CHECKPOINT, ...(doc?._rev ? { _rev: doc._rev } : {}), seq, ...(agent ? { agent } : {}) });
}

/** Which agent already shared this browser's earlier flagged mentions (workspace.ts shareExisting). */
export async function readSharedMarker(db: PouchDatabase): Promise<string | undefined> {
  const doc = await getOrUndefined(db, SHARED);
  return typeof doc?.agent === 'string' ? doc.agent : undefined;
}

export async function saveSharedMarker(db: PouchDatabase, agent: string): Promise<void> {
  const doc = await getOrUndefined(db, SHARED);
  await db.put({ _id: SHARED, ...(doc?._rev ? { _rev: doc._rev } : {}), agent });
}

export async function readRefused(db: PouchDatabase): Promise<Record<string, string>> {
  const doc = await getOrUndefined(db, REFUSED);
  const ids = doc?.ids;
  return ids && typeof ids === 'object' ? { ...(ids as Record<string, string>) } : {};
}

/** Remembers that the server refused this revision: the push skips it from now on. */
export async function addRefused(db: PouchDatabase, id: string, rev: string): Promise<void> {
  const doc = await getOrUndefined(db, REFUSED);
  const ids = { ...((doc?.ids as Record<string, string> | undefined) ?? {}), [id]: rev };
  await db.put({ _id: REFUSED, ...(doc?._rev ? { _rev: doc._rev } : {}), ids });
}

export interface ConflictReport {
  resolved: number;
  /** Revisions we could not read as team documents: left as they are. */
  unreadable: number;
}

/** Resolves every conflicted document among these changes (merge.ts) and writes the result. */
export async function resolveConflicts(db: PouchDatabase, changes: readonly ChangeRow[], me: string, now: Date): Promise<ConflictReport> {
  let resolved = 0;
  let unreadable = 0;
  for (const change of changes) {
    const doc = change.doc;
    if (!doc?._conflicts?.length || doc._id.startsWith('_')) continue;
    const winner = TeamDocSchema.safeParse(doc);
    const losers = await Promise.all(doc._conflicts.map((rev) => db.get(doc._id, { rev }).then((d) => TeamDocSchema.safeParse(d))));
    if (!winner.success || losers.some((l) => !l.success)) {
      unreadable++;
      continue;
    }
    const { writes } = resolveConflict(winner.data, losers.map((l) => (l as { data: TeamDoc }).data), me, now.toISOString());
    const results = await db.bulkDocs(writes);
    // A conflict on our own write (another resolution got in first) resolves on the next pass.
    if (results.every((r) => !r.error)) resolved++;
  }
  return { resolved, unreadable };
}

export interface MapBatch {
  /** Mentions whose documents changed in this batch. */
  mentionIds: string[];
  changes: ChangeRow[];
  lastSeq: number | string;
}

/** The next batch of replica changes after `since`, with the mentions they concern. */
export async function nextChanges(db: PouchDatabase, since: number | string, limit: number): Promise<MapBatch> {
  const res = await db.changes({ since, limit, include_docs: true, conflicts: true });
  const ids = new Set<string>();
  for (const c of res.results) {
    const id = mentionIdOfDocId(c.id);
    if (id !== undefined) ids.add(id);
  }
  return { mentionIds: [...ids], changes: res.results, lastSeq: res.last_seq };
}

/** The status events an agent would write for a status; a claim or release is not a status. */
export function statusEvent(mentionId: string, status: TeamStatus, by: string, at: string): EventInput {
  return { mentionId, by, at, action: 'status', status };
}

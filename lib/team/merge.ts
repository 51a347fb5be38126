/**
 * Conflicts between revisions of one document, decided by our rules rather than CouchDB's
 * arbitrary winner (CouchDB picks the revision with the longest history, then the highest
 * revision hash: deterministic, but meaningless for our data — docs.couchdb.org, "Replication
 * and conflict model").
 *
 * Two agents can write the same document only for what is shared and mutable: a mention both
 * captured, an incident both edited, a statement version both published. Events and replies are
 * written once each (docs.ts), so they conflict only if a client misbehaves; the same generic rule
 * keeps the earliest then.
 *
 * | document   | rule | what happens to the other revisions |
 * |---|---|---|
 * | mention    | content of the latest capture (`seenAt`, ties by agent name then revision); first capture time and who made it from the earliest; flagged if anyone flagged it; flag reasons and watch matches joined | merged in: nothing else to keep |
 * | incident   | merged field by field (lib/incident/merge.ts: statement versions joined, own fields from the latest edit, checklist by the later tick); a revision that does not read as an incident: the latest edit (`updatedAt`, ties by agent name then revision) | merged in; unreadable ones kept whole as `kept:` documents |
 * | review     | the latest save (`updatedAt`, ties by agent name then revision) | kept whole as `kept:` documents |
 * | statement  | the first published (`at`, ties by agent name then revision): a version number means one text | kept whole as `kept:` documents; the other publisher publishes again as the next version |
 * | event, reply, kept | the earliest (`at`, ties by agent name then revision) | kept whole as `kept:` documents |
 *
 * The result is written on top of the current CouchDB winner and the other leaves are deleted,
 * which is how CouchDB says "resolved". Two browsers resolving the same conflict at once write
 * the same content; the conflict that leaves has identical revisions and resolves without a
 * further write.
 */
import { mergeIncidents } from '../incident/merge.ts';
import { StoredIncidentSchema, type StoredIncident } from '../incident/schema.ts';
import type { PouchDoc } from './pouch.ts';
import { keptDocId, type IncidentDoc, type KeptDoc, type MentionDoc, type ReviewDoc, type StatementDoc, type TeamDoc, DOC_VERSION } from './docs.ts';

/** The bounds of each list and item (lib/schema.ts StoredMentionSchema). */
const MAX_FLAG_REASONS = 20;
const MAX_WATCH_MATCHES = 50;
const FLAG_REASON_CHARS = 80;
const WATCH_MATCH_CHARS = 200;

export interface Resolution {
  /** Documents to write in one bulkDocs: the merged winner (if its content changed), a deletion
   * for every losing leaf, and `kept:` copies of losers whose content was not merged in. */
  writes: PouchDoc[];
  /** The merged document's content (no `_rev`). */
  merged: TeamDoc;
}

type Rev = { _rev?: string };

function byThenRev(a: { by: string } & Rev, b: { by: string } & Rev): number {
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  const ra = a._rev ?? '';
  const rb = b._rev ?? '';
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

function byTime<T extends { by: string } & Rev>(time: (d: T) => string) {
  return (a: T, b: T): number => {
    const t = Date.parse(time(a)) - Date.parse(time(b));
    return t !== 0 ? (t < 0 ? -1 : 1) : byThenRev(a, b);
  };
}

function union(lists: readonly (readonly string[])[], max: number, maxChars: number): string[] {
  const out: string[] = [];
  for (const list of lists) for (const s of list) if (!out.includes(s) && s.length <= maxChars && out.length < max) out.push(s);
  return out;
}

/** Mentions: the newest capture's content, the first capture's time and agent, flags joined. */
export function mergeMentionRevisions(revs: readonly MentionDoc[]): MentionDoc {
  if (revs.length === 0) throw new RangeError('no revisions to merge');
  const newest = [...revs].sort(byTime((d: MentionDoc) => d.seenAt)).at(-1)!;
  const first = [...revs].sort((a, b) => {
    const t = Date.parse(a.row.capturedAt) - Date.parse(b.row.capturedAt);
    return t !== 0 ? (t < 0 ? -1 : 1) : a.capturedBy !== b.capturedBy ? (a.capturedBy < b.capturedBy ? -1 : 1) : byThenRev(a, b);
  })[0]!;
  const flagged = revs.some((r) => r.row.flagged === 1) ? 1 : 0;
  const { _rev: _r, _conflicts: _c, ...content } = newest;
  return {
    ...content,
    capturedBy: first.capturedBy,
    row: {
      ...newest.row,
      capturedAt: first.row.capturedAt,
      flagged,
      flagReasons: union(
        revs.map((r) => r.row.flagReasons),
        MAX_FLAG_REASONS,
        FLAG_REASON_CHARS,
      ),
      watchMatches: union(
        revs.map((r) => r.row.watchMatches),
        MAX_WATCH_MATCHES,
        WATCH_MATCH_CHARS,
      ),
    },
  };
}

/** The incident in a team document, or undefined when it does not read as one. */
export function incidentOfDoc(doc: IncidentDoc): StoredIncident | undefined {
  const parsed = StoredIncidentSchema.safeParse({ ...doc.incident, crisisMode: false });
  return parsed.success ? parsed.data : undefined;
}

/** Incident revisions merged field by field; undefined when one does not read as an incident. */
export function mergeIncidentRevisions(revs: readonly IncidentDoc[]): IncidentDoc | undefined {
  const incidents = revs.map(incidentOfDoc);
  if (incidents.some((i) => i === undefined)) return undefined;
  const sorted = [...revs].sort(byTime((d: IncidentDoc) => d.updatedAt));
  const latest = sorted.at(-1)!;
  let merged = incidents[0]!;
  for (const next of incidents.slice(1)) merged = mergeIncidents(merged, next!).incident;
  const { crisisMode: _c, ...shared } = merged;
  const { _rev: _r, _conflicts: _x, ...content } = latest;
  return { ...content, updatedAt: merged.updatedAt, incident: shared };
}

/** Which revision stands, for documents that are not merged field by field. */
export function pickRevision(revs: readonly TeamDoc[]): TeamDoc {
  if (revs.length === 0) throw new RangeError('no revisions to pick from');
  const first = revs[0]!;
  switch (first.type) {
    case 'incident':
      return mergeIncidentRevisions(revs as IncidentDoc[]) ?? [...(revs as IncidentDoc[])].sort(byTime((d: IncidentDoc) => d.updatedAt)).at(-1)!;
    case 'review':
      return [...(revs as ReviewDoc[])].sort(byTime((d: ReviewDoc) => d.updatedAt)).at(-1)!;
    case 'statement':
      return [...(revs as StatementDoc[])].sort(byTime((d: StatementDoc) => d.at))[0]!;
    case 'mention':
      return mergeMentionRevisions(revs as MentionDoc[]);
    default:
      return [...revs].sort(byTime((d: TeamDoc & { at?: string }) => d.at ?? ''))[0]!;
  }
}

/** Content without CouchDB's fields, for "did anything change". */
export function contentOf(doc: PouchDoc | TeamDoc): Record<string, unknown> {
  const { _rev: _r, _conflicts: _c, _revisions: _v, ...rest } = doc as Record<string, unknown>;
  return rest;
}

/** What a mention revision says beyond who wrote it and when they saw the post: two
 * revisions differing only there say the same thing (no write needed). */
export function newsOf(content: Record<string, unknown>): Record<string, unknown> {
  return content.type === 'mention' ? { ...content, by: undefined, seenAt: undefined } : content;
}

/** Key-order-independent JSON, so equal content compares equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Resolve one conflicted document. `winner` is what CouchDB currently returns (its `_rev` is the
 * leaf the result is written on), `losers` the other leaves' contents, all of one document id.
 * `by`/`at` sign the `kept:` copies (who resolved it, when).
 */
export function resolveConflict(winner: TeamDoc, losers: readonly TeamDoc[], by: string, at: string): Resolution {
  const all = [winner, ...losers];
  const picked = pickRevision(all);
  // A mention revision names who wrote it (the team's validation rule checks it: design-doc.ts),
  // and the resolver writes this one.
  const merged = picked.type === 'mention' ? { ...picked, by } : picked;
  const mergedContent = contentOf(merged);
  const writes: PouchDoc[] = [];
  if (stableJson(newsOf(mergedContent)) !== stableJson(newsOf(contentOf(winner)))) {
    writes.push({ ...mergedContent, _id: winner._id, _rev: winner._rev } as PouchDoc);
  }
  // Merged field by field: nothing is left out. Otherwise every revision that does not stand is kept.
  const mergedIn = winner.type === 'mention' || (winner.type === 'incident' && mergeIncidentRevisions(all as IncidentDoc[]) !== undefined);
  for (const loser of losers) {
    writes.push({ _id: loser._id, _rev: loser._rev, _deleted: true });
    if (mergedIn) continue;
    if (stableJson(contentOf(loser)) === stableJson(mergedContent)) continue;
    writes.push(keptDoc(loser, by, at));
  }
  if (!mergedIn && stableJson(contentOf(winner)) !== stableJson(mergedContent)) writes.push(keptDoc(winner, by, at));
  return { writes, merged: mergedContent as TeamDoc };
}

function keptDoc(doc: TeamDoc, by: string, at: string): KeptDoc & PouchDoc {
  const rev = doc._rev ?? 'unknown';
  return { _id: keptDocId(doc._id, rev), type: 'kept', v: DOC_VERSION, of: doc._id, rev, by, at, doc: contentOf(doc) };
}

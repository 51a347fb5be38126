/**
 * Two copies of one incident made one, losing nothing either side recorded: the team workspace
 * (two agents edit the same incident, or one was offline) and any other place where an incident
 * arrives from elsewhere.
 *
 * Rules, each chosen so the merge is the same whichever side is "local" (commutative; crisis mode
 * aside, which is this browser's own switch and never taken from the other copy):
 * - Statement versions are a union by version number. A version is immutable once published, so
 *   two records of one version can only differ if two agents published "version 3" at once: the
 *   earlier publication keeps the number (ties: the publisher's name), as the first claim wins.
 *   The current statement is the highest version's.
 * - The status is the latest recorded status change of either copy (status changes are a union,
 *   in time order), so publishing a statement later elsewhere does not undo a status set here.
 * - The incident's other own fields (title, type, severity, start, keywords) come from the copy
 *   changed last (`updatedAt`; ties: the copy whose fields sort first as JSON, so both sides agree):
 *   they carry no time of their own.
 * - Checklist items: the later tick or untick of each item wins. Clock milestones: the first time
 *   each stage was marked. Status changes: a union, in time order.
 * - Created: the earlier; updated: the later.
 */
import { LIMITS, StoredIncidentSchema, type StatementRecord, type StoredIncident } from './schema.ts';

/** The fields that travel with an incident (crisis mode stays in this browser). */
export type SharedIncident = Omit<StoredIncident, 'crisisMode'>;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Key-order-independent JSON, so equal content compares equal. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function firstPublished(a: StatementRecord, b: StatementRecord): StatementRecord {
  const t = Date.parse(a.publishedAt) - Date.parse(b.publishedAt);
  if (t !== 0) return t < 0 ? a : b;
  const by = cmp(a.publishedBy, b.publishedBy);
  if (by !== 0) return by < 0 ? a : b;
  return stable(a) <= stable(b) ? a : b;
}

function mergeHistory(a: readonly StatementRecord[], b: readonly StatementRecord[]): StatementRecord[] {
  const byVersion = new Map<number, StatementRecord>();
  for (const r of [...a, ...b]) {
    const had = byVersion.get(r.statement.version);
    byVersion.set(r.statement.version, had ? firstPublished(had, r) : r);
  }
  // Over the cap, the oldest versions go: the current statement and its recent past matter most.
  return [...byVersion.values()].sort((x, y) => x.statement.version - y.statement.version).slice(-LIMITS.history);
}

function laterOf<T extends { at: string }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  const t = Date.parse(a.at) - Date.parse(b.at);
  if (t !== 0) return t > 0 ? a : b;
  return stable(a) >= stable(b) ? a : b;
}

function mergeRecord<K extends string, V>(a: Partial<Record<K, V>>, b: Partial<Record<K, V>>, pick: (x: V | undefined, y: V | undefined) => V | undefined): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<K>) {
    const v = pick(a[k], b[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const earliest = (x: string | undefined, y: string | undefined) => (!x || !y ? (x ?? y) : Date.parse(x) <= Date.parse(y) ? x : y);
const latest = (x: string, y: string) => (Date.parse(x) >= Date.parse(y) ? x : y);

/** The copy whose own fields stand: changed last, a deterministic tie-break. */
function fieldsWinner(a: SharedIncident, b: SharedIncident): SharedIncident {
  const t = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (t !== 0) return t > 0 ? a : b;
  const own = (i: SharedIncident) => stable([i.title, i.type, i.severity, i.status, i.startedAt, i.keywords]);
  return own(a) <= own(b) ? a : b;
}

/**
 * One incident from two copies of it (same id). `local`'s crisis mode is kept; an incident new
 * here arrives with crisis mode off. Throws a RangeError when the ids differ.
 */
export function mergeIncidents(local: StoredIncident | undefined, incoming: SharedIncident | StoredIncident): { incident: StoredIncident; changed: boolean } {
  const { crisisMode: _ignored, ...theirs } = incoming as StoredIncident;
  if (!local) return { incident: StoredIncidentSchema.parse({ ...theirs, crisisMode: false }), changed: true };
  if (local.id !== theirs.id) throw new RangeError(`cannot merge incident ${theirs.id} into ${local.id}`);
  const { crisisMode, ...mine } = local;
  const own = fieldsWinner(mine, theirs);
  const history = mergeHistory(mine.history, theirs.history);
  const current = history.at(-1)?.statement;
  const statement =
    current && current.version >= Math.max(mine.statement.version, theirs.statement.version)
      ? current
      : // No record of the highest version (a copy whose history was cut): the copy holding it.
        (mine.statement.version >= theirs.statement.version ? mine : theirs).statement;
  const statusHistory = [...new Map([...mine.statusHistory, ...theirs.statusHistory].map((s) => [stable(s), s])).values()]
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at) || cmp(stable(x), stable(y)))
    .slice(-LIMITS.history);
  const merged: StoredIncident = StoredIncidentSchema.parse({
    ...own,
    status: statusHistory.at(-1)?.status ?? own.status,
    crisisMode,
    statement,
    history,
    checklist: mergeRecord(mine.checklist, theirs.checklist, laterOf),
    milestones: mergeRecord(mine.milestones, theirs.milestones, earliest),
    statusHistory,
    createdAt: earliest(mine.createdAt, theirs.createdAt),
    updatedAt: latest(mine.updatedAt, theirs.updatedAt),
  });
  return { incident: merged, changed: stable(merged) !== stable(local) };
}

/** The shared part of a stored incident (what the team workspace carries). */
export function sharedIncident(incident: StoredIncident): SharedIncident {
  const { crisisMode: _c, ...shared } = incident;
  return shared;
}

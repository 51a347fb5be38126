/**
 * The replication's state as the options page and the panel show it (storage.local `teamSync`),
 * patched from the replication's events. The events come often (every batch goes active, then
 * paused), and each storage write wakes every open page, so a patch that changes nothing worth
 * showing writes nothing: the same state, the same error, and a "last synced" time that moved by
 * less than LAST_SYNC_STEP_MS.
 */
import type { RefusedDoc, TeamSyncStatus } from '../schema.ts';

export const OFF: TeamSyncStatus = { state: 'off', refused: [] };
/** "Last synced" is shown to the minute; half a minute is fine enough. */
export const LAST_SYNC_STEP_MS = 30_000;
const MAX_REFUSED = 50;

export type SyncPatch = Partial<Omit<TeamSyncStatus, 'refused'>>;

export function patchSyncStatus(prev: TeamSyncStatus, patch: SyncPatch): TeamSyncStatus | undefined {
  const next: TeamSyncStatus = { ...prev, ...patch };
  for (const key of Object.keys(patch) as (keyof SyncPatch)[]) if (patch[key] === undefined) delete next[key];
  const sameSync =
    prev.lastSyncAt !== undefined &&
    next.lastSyncAt !== undefined &&
    Math.abs(Date.parse(next.lastSyncAt) - Date.parse(prev.lastSyncAt)) < LAST_SYNC_STEP_MS;
  if (sameSync) next.lastSyncAt = prev.lastSyncAt;
  return JSON.stringify(next) === JSON.stringify(prev) ? undefined : next;
}

/** Adds a refused document (once per id, newest first, the newest MAX_REFUSED kept). */
export function addRefusedDoc(prev: TeamSyncStatus, doc: RefusedDoc): TeamSyncStatus | undefined {
  if (prev.refused.some((r) => r.id === doc.id && r.by === doc.by)) return undefined;
  return { ...prev, refused: [doc, ...prev.refused].slice(0, MAX_REFUSED) };
}

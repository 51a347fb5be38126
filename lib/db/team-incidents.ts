/**
 * The team's incidents into this browser's `incidents` store (issue 12): each one merged with the
 * local copy (lib/incident/merge.ts) in one read-write transaction, so an edit made here while the
 * team's copy was on its way is never written over. A local row that does not read (damaged) is
 * left alone and reported, never replaced blindly.
 */
import { mergeIncidents, type SharedIncident } from '../incident/merge.ts';
import { StoredIncidentSchema, type StoredIncident } from '../incident/schema.ts';
import { INCIDENTS_STORE } from './incident-stores.ts';
import type { CrisisDb } from './open.ts';

export interface TeamIncidentsApplied {
  /** Incidents that changed here (new or merged), as stored. */
  changed: StoredIncident[];
  /** Ids whose local row is damaged: left as it is. */
  damaged: string[];
}

export async function applyTeamIncidents(db: CrisisDb, incidents: readonly SharedIncident[]): Promise<TeamIncidentsApplied> {
  const changed: StoredIncident[] = [];
  const damaged: string[] = [];
  if (incidents.length === 0) return { changed, damaged };
  const tx = db.transaction(INCIDENTS_STORE, 'readwrite');
  for (const incoming of incidents) {
    const raw: unknown = await tx.store.get(incoming.id);
    const local = raw === undefined ? undefined : StoredIncidentSchema.safeParse(raw);
    if (local && !local.success) {
      damaged.push(incoming.id);
      continue;
    }
    const r = mergeIncidents(local?.data, incoming);
    if (!r.changed) continue;
    await tx.store.put(r.incident);
    changed.push(r.incident);
  }
  await tx.done;
  return { changed, damaged };
}

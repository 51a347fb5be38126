/**
 * Incidents in the inbox, through the room it leaves (components/inbox-extensions.tsx): an
 * `incident` facet (which unresolved incident's keywords a mention matches: lib/incident/
 * keywords.ts) with the incidents' titles, and the active incident — the one in crisis mode, else
 * the only unresolved one — whose mentions get the priority's incident points.
 *
 * The inbox engine reads its facet sources once and computes a row's facets when it indexes the
 * row; the source here reads a matcher that is replaced when the incidents' keywords change, and
 * `setIncidents` says when the inbox must read its rows again.
 */
import type { InboxExtensions } from '../../../../components/inbox-extensions.tsx';
import type { FacetSource } from '../../../../lib/inbox/facts.ts';
import { incidentMatcher } from '../../../../lib/incident/keywords.ts';
import type { StoredIncident } from '../../../../lib/incident/schema.ts';

export const INCIDENT_FACET = 'incident';

export interface IncidentFacet {
  source: FacetSource;
  /** Returns true when mentions may now match differently (the inbox should re-read its rows). */
  setIncidents(incidents: readonly StoredIncident[]): boolean;
}

/** What the facet's values depend on: the unresolved incidents' ids and keywords. */
export function facetSignature(incidents: readonly StoredIncident[]): string {
  return JSON.stringify(incidents.filter((i) => i.status !== 'resolved' && i.keywords.length > 0).map((i) => [i.id, i.keywords]));
}

export function createIncidentFacet(): IncidentFacet {
  let match: ReturnType<typeof incidentMatcher> = () => [];
  let signature = facetSignature([]);
  return {
    source: { id: INCIDENT_FACET, valueOf: (row) => match(row)[0]?.incidentId },
    setIncidents(incidents) {
      const next = facetSignature(incidents);
      if (next === signature) return false;
      signature = next;
      match = incidentMatcher(incidents.filter((i) => i.status !== 'resolved' && i.keywords.length > 0));
      return true;
    },
  };
}

/** The active incident for the inbox's priority: crisis mode's, else the only unresolved one. */
export function activeIncidentOf(incidents: readonly StoredIncident[], crisisId: string | undefined): StoredIncident | undefined {
  const crisis = crisisId === undefined ? undefined : incidents.find((i) => i.id === crisisId);
  if (crisis) return crisis;
  const open = incidents.filter((i) => i.status !== 'resolved');
  return open.length === 1 ? open[0] : undefined;
}

/** `outer`'s extensions with the incident facet and the active incident added (composing: what
 * `outer` already has is kept: its facet labels and activeIncident win). */
export function withIncidentExtensions(outer: InboxExtensions, incidents: readonly StoredIncident[], crisisId: string | undefined, facetLabel: string): InboxExtensions {
  const titles = new Map(incidents.map((i) => [i.id, i.title]));
  const active = activeIncidentOf(incidents, crisisId);
  return {
    ...outer,
    facets: { [INCIDENT_FACET]: { label: facetLabel, valueLabel: (v) => titles.get(v) ?? v }, ...outer.facets },
    ...(outer.activeIncident ? {} : active ? { activeIncident: { facet: INCIDENT_FACET, value: active.id } } : {}),
  };
}

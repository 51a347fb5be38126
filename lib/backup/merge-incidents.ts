/**
 * Merging incidents, templates and incident reviews from a backup. The rules:
 *
 * - **Incident statement**: the higher statement version wins, with the statement history the
 *   union of both sides' published versions (a version, once published, never changes: for a
 *   version both sides hold, the winner's record is kept). The same version with different text
 *   on each side is a conflict: this browser's is kept and the summary says so.
 * - **Incident fields** (title, type, severity, keywords, start): the side updated last
 *   (`updatedAt`); a tie keeps this browser's. **Status**: the latest status change in the union
 *   of both status histories, else the fields' side.
 * - **Checklist**: per item, the later tick or note. **Clock milestones**: per stage, the earlier
 *   time (when the stage was first done). `createdAt` the earlier, `updatedAt` the later.
 * - **Crisis mode** is this browser's (it changed this browser's alert presets, and only one
 *   incident may be in it): an import never turns it on or off; an added incident arrives off.
 * - **Templates**: the whole template updated last (`updatedAt`: an edit, approval or retirement
 *   sets it), so a draft edited here is never overwritten by an older copy; a tie keeps this
 *   browser's.
 * - **Reviews**: the one saved last (`updatedAt`; never saved is oldest); a tie keeps this browser's.
 */
import { mergeIncidents } from '../incident/merge.ts';
import type { StoredIncident } from '../incident/schema.ts';
import type { IncidentReview } from '../report/review.ts';
import type { StoredTemplate } from '../templates/stored.ts';
import { sameRecord, timeOf } from './same.ts';

export interface IncidentMerge {
  incident: StoredIncident;
  /** Both sides published this statement version with different content; this browser's kept. */
  conflictVersion?: number;
}

export function mergeIncident(local: StoredIncident, incoming: StoredIncident): IncidentMerge {
  // The same rules as two team members' copies (lib/incident/merge.ts); a backup only adds the
  // note that both sides published one version number with different words.
  const lv = local.statement.version;
  const conflictVersion = incoming.statement.version === lv && !sameRecord(local.statement, incoming.statement) ? lv : undefined;
  const { incident } = mergeIncidents(local, incoming);
  return conflictVersion === undefined ? { incident } : { incident, conflictVersion };
}

/** An incident this browser does not have, as it is stored here: crisis mode off. */
export function addedIncident(incoming: StoredIncident): StoredIncident {
  return { ...incoming, crisisMode: false };
}

export function mergeTemplate(local: StoredTemplate, incoming: StoredTemplate): StoredTemplate {
  return timeOf(incoming.updatedAt) > timeOf(local.updatedAt) ? incoming : local;
}

export function mergeReview(local: IncidentReview, incoming: IncidentReview): IncidentReview {
  return timeOf(incoming.updatedAt) > timeOf(local.updatedAt) ? incoming : local;
}

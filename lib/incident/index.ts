/**
 * Incidents: the exchange file and the stored record (schema.ts), importing a file (import.ts),
 * the crisis clock (clock.ts), the checklist (checklist.ts), publishing statement versions and
 * status changes (publish.ts), the incident's alert keyword set, crisis mode and matching
 * mentions (keywords.ts). Pure: time comes in as `now`, storage is the caller's.
 */
export * from './schema.ts';
export { parseIncident, MAX_INCIDENT_FILE_BYTES } from './import.ts';
export { crisisClock, nextClockItem, markMilestone, CLOCK_TARGET_MS, DUE_SOON_SHARE, type ClockItem, type ClockState } from './clock.ts';
export { CHECKLIST, checklistView, checklistProgress, setChecklistItem, type ChecklistItem, type ChecklistView, type ChecklistGroup } from './checklist.ts';
export {
  createIncident,
  publishStatement,
  setIncidentStatus,
  mergeIncidentFile,
  statementVersion,
  type Actor,
  type StatementDraft,
  type PublishResult,
  type MergeResult,
} from './publish.ts';
export {
  incidentKeywordSetId,
  incidentScope,
  incidentKeywordSet,
  withIncidentKeywordSet,
  switchCrisisMode,
  incidentMatcher,
  matchIncidents,
  type KeywordSetUpdate,
  type CrisisScopeMemo,
  type CrisisModeChange,
  type IncidentMatch,
} from './keywords.ts';

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
import { LIMITS, type StoredIncident } from '../incident/schema.ts';
import type { IncidentReview } from '../report/review.ts';
import type { StoredTemplate } from '../templates/stored.ts';
import { earlierIso, laterIso, sameRecord, timeOf } from './same.ts';

export interface IncidentMerge {
  incident: StoredIncident;
  /** Both sides published this statement version with different content; this browser's kept. */
  conflictVersion?: number;
}

type StatusChange = StoredIncident['statusHistory'][number];

const changeKey = (c: StatusChange) => `${c.at}\u0000${c.status}\u0000${c.by ?? ''}`;

function unionStatusHistory(a: readonly StatusChange[], b: readonly StatusChange[]): StatusChange[] {
  const byKey = new Map<string, StatusChange>();
  for (const c of [...a, ...b]) if (!byKey.has(changeKey(c))) byKey.set(changeKey(c), c);
  const all = [...byKey.values()].sort((x, y) => timeOf(x.at) - timeOf(y.at) || changeKey(x).localeCompare(changeKey(y)));
  return all.slice(Math.max(0, all.length - LIMITS.history));
}

export function mergeIncident(local: StoredIncident, incoming: StoredIncident): IncidentMerge {
  const fields = timeOf(incoming.updatedAt) > timeOf(local.updatedAt) ? incoming : local;
  const lv = local.statement.version;
  const iv = incoming.statement.version;
  const statementSide = iv > lv ? incoming : local;
  const otherSide = statementSide === incoming ? local : incoming;
  const conflictVersion = iv === lv && !sameRecord(local.statement, incoming.statement) ? lv : undefined;

  const byVersion = new Map<number, StoredIncident['history'][number]>();
  for (const h of statementSide.history) byVersion.set(h.statement.version, h);
  for (const h of otherSide.history) if (!byVersion.has(h.statement.version)) byVersion.set(h.statement.version, h);
  const history = [...byVersion.values()].sort((a, b) => a.statement.version - b.statement.version);

  const checklist: StoredIncident['checklist'] = { ...local.checklist };
  for (const [item, entry] of Object.entries(incoming.checklist) as [keyof StoredIncident['checklist'], NonNullable<StoredIncident['checklist'][keyof StoredIncident['checklist']]>][]) {
    const mine = checklist[item];
    if (!mine || timeOf(entry.at) > timeOf(mine.at)) checklist[item] = entry;
  }
  const milestones: StoredIncident['milestones'] = { ...local.milestones };
  for (const [stage, at] of Object.entries(incoming.milestones) as [keyof StoredIncident['milestones'], string][]) {
    milestones[stage] = earlierIso(milestones[stage], at);
  }
  const statusHistory = unionStatusHistory(local.statusHistory, incoming.statusHistory);
  const status = statusHistory.at(-1)?.status ?? fields.status;

  const incident: StoredIncident = {
    ...fields,
    status,
    statement: statementSide.statement,
    history: history.slice(Math.max(0, history.length - LIMITS.history)),
    checklist,
    milestones,
    statusHistory,
    createdAt: earlierIso(local.createdAt, incoming.createdAt)!,
    updatedAt: laterIso(local.updatedAt, incoming.updatedAt)!,
    crisisMode: local.crisisMode,
  };
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

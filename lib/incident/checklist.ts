/**
 * The first-hours checklist: pause scheduled marketing posts, brief the team, publish the
 * holding statement, schedule the next update, and answer the five questions (who, when, where,
 * how, why). Two items can be read from the incident itself and are shown done without a click:
 * a published statement is the holding statement, and a next update in the future is scheduled.
 */
import type { ChecklistEntry, ChecklistItemId, StoredIncident } from './schema.ts';
import { CHECKLIST_ITEM_IDS, LIMITS } from './schema.ts';

export type ChecklistGroup = 'actions' | 'five-questions';

export interface ChecklistItem {
  id: ChecklistItemId;
  group: ChecklistGroup;
  /** The i18n key of its label (lib/i18n/en.ts). */
  labelKey: `incident.checklist.${ChecklistItemId}`;
}

export const CHECKLIST: readonly ChecklistItem[] = CHECKLIST_ITEM_IDS.map((id) => ({
  id,
  group: id.startsWith('answer-') ? 'five-questions' : 'actions',
  labelKey: `incident.checklist.${id}` as const,
}));

export interface ChecklistView extends ChecklistItem {
  done: boolean;
  at?: string;
  by?: string;
  note?: string;
  /** Done because the incident shows it (a statement is published, a next update is due). */
  derived: boolean;
}

type ChecklistSource = Pick<StoredIncident, 'checklist' | 'history' | 'statement'>;

function derivedDone(id: ChecklistItemId, incident: ChecklistSource, now: number): string | undefined {
  if (id === 'publish-holding-statement') return incident.history[0]?.publishedAt;
  if (id === 'schedule-next-update') {
    const next = incident.statement.facts.nextUpdate;
    return next !== undefined && Date.parse(next) > now ? incident.statement.updatedAt : undefined;
  }
  return undefined;
}

export function checklistView(incident: ChecklistSource, now: Date | number): ChecklistView[] {
  const nowMs = new Date(now).getTime();
  return CHECKLIST.map((item) => {
    const entry = incident.checklist[item.id];
    if (entry) return { ...item, done: entry.done, at: entry.at, by: entry.by, note: entry.note, derived: false };
    const at = derivedDone(item.id, incident, nowMs);
    return { ...item, done: at !== undefined, at, derived: at !== undefined };
  });
}

export function checklistProgress(view: readonly ChecklistView[]): { done: number; total: number } {
  return { done: view.filter((v) => v.done).length, total: view.length };
}

/** Ticks or unticks an item (with the answer, for the five questions). */
export function setChecklistItem<T extends Pick<StoredIncident, 'checklist' | 'updatedAt'>>(
  incident: T,
  id: ChecklistItemId,
  change: { done: boolean; by?: string; note?: string },
  now: Date | number,
): T {
  const at = new Date(now).toISOString();
  const entry: ChecklistEntry = { done: change.done, at };
  if (change.by !== undefined) entry.by = change.by.slice(0, LIMITS.personChars);
  const note = change.note ?? incident.checklist[id]?.note;
  if (note !== undefined) entry.note = note.slice(0, LIMITS.factChars);
  return { ...incident, checklist: { ...incident.checklist, [id]: entry }, updatedAt: at };
}

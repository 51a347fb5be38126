/**
 * The crisis clock: from the incident's start, identify within 30 minutes, give a first public
 * response within the hour (people complaining on X expect an answer within the hour), assess
 * within 2 hours, respond in full within 24 hours (the crisis plan's timers, issue 11). Pure
 * functions of `now`; a stage is done when its milestone is recorded.
 */
import type { ClockStage, StoredIncident } from './schema.ts';
import { CLOCK_STAGES } from './schema.ts';

const MINUTE = 60_000;

/** Each stage's deadline after `startedAt`. */
export const CLOCK_TARGET_MS: Readonly<Record<ClockStage, number>> = {
  identify: 30 * MINUTE,
  firstResponse: 60 * MINUTE,
  assess: 120 * MINUTE,
  respond: 24 * 60 * MINUTE,
};

/** A stage is "due soon" in the last fifth of its window (6 minutes of the 30, 4.8 hours of 24). */
export const DUE_SOON_SHARE = 0.2;

export type ClockState = 'done' | 'open' | 'due-soon' | 'overdue';

export interface ClockItem {
  stage: ClockStage;
  dueAt: string;
  state: ClockState;
  /** Milliseconds left until `dueAt` (negative when overdue); for a done stage, at completion. */
  remainingMs: number;
  doneAt?: string;
  /** For a done stage: finished by its deadline. */
  onTime?: boolean;
}

export function crisisClock(incident: Pick<StoredIncident, 'startedAt' | 'milestones'>, now: Date | number): ClockItem[] {
  const start = Date.parse(incident.startedAt);
  const nowMs = new Date(now).getTime();
  return CLOCK_STAGES.map((stage) => {
    const window = CLOCK_TARGET_MS[stage];
    const due = start + window;
    const doneAt = incident.milestones[stage];
    if (doneAt !== undefined) {
      const done = Date.parse(doneAt);
      return { stage, dueAt: new Date(due).toISOString(), state: 'done', remainingMs: due - done, doneAt, onTime: done <= due };
    }
    const remainingMs = due - nowMs;
    const state: ClockState = remainingMs < 0 ? 'overdue' : remainingMs <= window * DUE_SOON_SHARE ? 'due-soon' : 'open';
    return { stage, dueAt: new Date(due).toISOString(), state, remainingMs };
  });
}

/** The stage to show first: the earliest one not done, or undefined when all are done. */
export function nextClockItem(items: readonly ClockItem[]): ClockItem | undefined {
  return items.filter((i) => i.state !== 'done').sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
}

/** Records a stage as done at `at` (kept if already recorded: the first time counts). */
export function markMilestone<T extends Pick<StoredIncident, 'milestones' | 'updatedAt'>>(incident: T, stage: ClockStage, at: Date | number): T {
  if (incident.milestones[stage] !== undefined) return incident;
  const iso = new Date(at).toISOString();
  return { ...incident, milestones: { ...incident.milestones, [stage]: iso }, updatedAt: iso };
}

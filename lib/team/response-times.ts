/**
 * First-response times, per mention and per agent, and the team's response target on unanswered
 * flagged mentions. Pure: rows and `now` in, figures out (the panel's team summary; the incident
 * report reads the same functions).
 *
 * - A mention's first-response time is from when it was posted (capture time when the page did
 *   not say) to its first answer (lib/team/fold.ts: the first recorded reply, or the first
 *   `replied`/`handled`). A clock that puts the answer before the post counts as 0.
 * - Per agent: the mentions whose first answer was theirs.
 * - The target is the inbox's (`responseTargetMinutes`, one hour unless the team sets another):
 *   one setting, one rule for "overdue", which the inbox also uses to mark rows.
 */
import type { StoredMention } from '../schema.ts';

/** One hour: the usual target for social customer care, and the inbox's default. */
export const DEFAULT_RESPONSE_TARGET_MINUTES = 60;

/** The team's response target in ms. Reads the inbox's setting when the settings have it (the
 * inbox issue adds `responseTargetMinutes`), so the two never disagree. */
export function responseTargetMs(settings: object): number {
  const minutes = (settings as { responseTargetMinutes?: unknown }).responseTargetMinutes;
  return (typeof minutes === 'number' && minutes > 0 ? minutes : DEFAULT_RESPONSE_TARGET_MINUTES) * 60_000;
}

/**
 * When a mention started waiting, and whether it waited too long: the inbox's rule (wt/inbox
 * lib/inbox/facts.ts `waitingSince`, lib/inbox/priority.ts `isOverdue`), stated here until that
 * branch merges. TODO(2026-12-07): import both from lib/inbox then, and delete these two.
 * A mention captured long after it was posted has waited at most a day before its capture.
 */
const LATE_CAPTURE_GRACE_MS = 24 * 3_600_000;
export function waitingSince(row: Pick<StoredMention, 'sortAt' | 'capturedAt'>): number {
  return Math.max(Date.parse(row.sortAt), Date.parse(row.capturedAt) - LATE_CAPTURE_GRACE_MS);
}
export function isOverdue(waitedMs: number, targetMs: number): boolean {
  return targetMs > 0 && waitedMs > targetMs;
}

type Row = Pick<StoredMention, 'id' | 'flagged' | 'status' | 'postedAt' | 'capturedAt' | 'sortAt' | 'team'>;

/** Minutes from posted to first answer; undefined while unanswered. */
export function firstResponseMinutes(row: Row): number | undefined {
  const answered = row.team?.firstResponseAt;
  if (!answered) return undefined;
  const start = Date.parse(row.postedAt ?? row.capturedAt);
  return Math.max(0, (Date.parse(answered) - start) / 60_000);
}

/** Nearest-rank percentile of sorted values (p in 0..1). */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export interface ResponseFigures {
  answered: number;
  medianMinutes?: number;
  p90Minutes?: number;
  /** Share (0..1) of answered mentions answered within the target. */
  withinTarget?: number;
}

function figures(minutes: number[], targetMinutes: number): ResponseFigures {
  const sorted = [...minutes].sort((a, b) => a - b);
  if (sorted.length === 0) return { answered: 0 };
  return {
    answered: sorted.length,
    medianMinutes: percentile(sorted, 0.5),
    p90Minutes: percentile(sorted, 0.9),
    withinTarget: sorted.filter((m) => m <= targetMinutes).length / sorted.length,
  };
}

export interface TeamResponseSummary {
  overall: ResponseFigures;
  /** Agents by name. */
  perAgent: (ResponseFigures & { agent: string })[];
  /** Flagged, still open (escalated included) and never answered. */
  unanswered: number;
  /** Of those, waiting longer than the target. */
  overdue: number;
  targetMinutes: number;
}

export function responseSummary(rows: Iterable<Row>, opts: { now: number; targetMs: number }): TeamResponseSummary {
  const targetMinutes = opts.targetMs / 60_000;
  const all: number[] = [];
  const byAgent = new Map<string, number[]>();
  let unanswered = 0;
  let overdue = 0;
  for (const row of rows) {
    if (row.flagged !== 1) continue;
    const minutes = firstResponseMinutes(row);
    if (minutes !== undefined) {
      all.push(minutes);
      const agent = row.team!.firstResponseBy;
      if (agent) {
        const list = byAgent.get(agent) ?? [];
        list.push(minutes);
        byAgent.set(agent, list);
      }
    } else if (row.status === 'open') {
      unanswered++;
      if (isOverdue(opts.now - waitingSince(row), opts.targetMs)) overdue++;
    }
  }
  const perAgent = [...byAgent.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agent, minutes]) => ({ agent, ...figures(minutes, targetMinutes) }));
  return { overall: figures(all, targetMinutes), perAgent, unanswered, overdue, targetMinutes };
}

/**
 * The report's three windows around an incident, as half-open [start, end) ranges in epoch ms.
 *
 * - during: from `startedAt` to when it was resolved, or to `now` while it is not.
 * - before: the same length as "during", ending at the start. Equal lengths make the volumes
 *   directly comparable (a fixed 24 h would compare a 3-hour incident with a whole day).
 * - after: from the resolution, the same length again, cut at `now`; empty (zero length) while the
 *   incident is not resolved.
 *
 * Resolved time: the latest status change to `resolved` when the incident is resolved now (a
 * reopened incident is not resolved); an incident imported already resolved has no such change,
 * and its `updatedAt` stands in.
 */
import type { StoredIncident } from '../incident/schema.ts';

export const WINDOW_NAMES = ['before', 'during', 'after'] as const;
export type WindowName = (typeof WINDOW_NAMES)[number];

export interface ReportWindow {
  name: WindowName;
  start: number;
  end: number;
  /** False while the window is still running (cut at `now`). */
  complete: boolean;
}

export type ReportWindows = Record<WindowName, ReportWindow>;

type IncidentTimes = Pick<StoredIncident, 'startedAt' | 'status' | 'statusHistory' | 'updatedAt'>;

/** When the incident was resolved, in ms; undefined while it is not. */
export function resolvedAt(incident: IncidentTimes): number | undefined {
  if (incident.status !== 'resolved') return undefined;
  const last = [...incident.statusHistory].reverse().find((c) => c.status === 'resolved');
  return Date.parse(last?.at ?? incident.updatedAt);
}

export function reportWindows(incident: IncidentTimes, now: number): ReportWindows {
  const start = Date.parse(incident.startedAt);
  const resolved = resolvedAt(incident);
  // A resolution stamped before the start (clocks, hand-edited files) is read as "at the start".
  const end = resolved === undefined ? Math.max(start, now) : Math.max(start, resolved);
  const length = end - start;
  const afterEnd = resolved === undefined ? end : Math.min(end + length, Math.max(end, now));
  return {
    before: { name: 'before', start: start - length, end: start, complete: true },
    during: { name: 'during', start, end, complete: resolved !== undefined },
    after: { name: 'after', start: end, end: afterEnd, complete: resolved !== undefined && afterEnd === end + length },
  };
}

/** Which window a time falls in, if any. */
export function windowOf(windows: ReportWindows, at: number): WindowName | undefined {
  for (const name of WINDOW_NAMES) {
    const w = windows[name];
    if (at >= w.start && at < w.end) return name;
  }
  return undefined;
}

/**
 * First-response times for the report: per mention, then median, 90th percentile and the share
 * answered within the target (one hour: the plan's and the inbox's default), overall and per agent.
 *
 * A mention's first response is the earlier of
 * - its first recorded reply that reached the customer (lib/replies/record.ts `isResponse`: a
 *   decision not to reply is no response), by that reply's agent, and
 * - the team's first answer (`team.firstResponseAt/By`, lib/team/fold.ts), which covers every
 *   agent of the workspace; its agent may be missing (an older document): "unknown", null here.
 *
 * Measured from the post's time on X; from the capture for Amazon reviews and posts without a
 * time (Amazon gives a day, not a time: lib/replies/record.ts). Exact minutes, never negative.
 */
import { isResponse } from '../replies/record.ts';
import type { ReportMention } from './membership.ts';
import { nearestRank } from './stats.ts';

export const DEFAULT_TARGET_MINUTES = 60;

export interface MentionResponse {
  minutes: number;
  /** null: the team recorded an answer without saying who. */
  agent: string | null;
  at: string;
}

export function mentionFirstResponse(m: Pick<ReportMention, 'platform' | 'postedAt' | 'capturedAt' | 'replies' | 'team'>): MentionResponse | undefined {
  const reply = (m.replies ?? []).find(isResponse);
  const candidates: { at: string; agent: string | null }[] = [];
  if (reply) candidates.push({ at: reply.at, agent: reply.agent });
  if (m.team?.firstResponseAt) candidates.push({ at: m.team.firstResponseAt, agent: m.team.firstResponseBy ?? null });
  // Earliest first; at the same instant the one that names its agent.
  candidates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || Number(a.agent === null) - Number(b.agent === null));
  const first = candidates[0];
  if (!first) return undefined;
  const from = Date.parse(m.platform === 'x' && m.postedAt ? m.postedAt : m.capturedAt);
  const minutes = Math.max(0, (Date.parse(first.at) - from) / 60_000);
  return { minutes: Number.isFinite(minutes) ? minutes : 0, agent: first.agent, at: first.at };
}

export interface ResponseStats {
  answered: number;
  medianMinutes?: number;
  p90Minutes?: number;
  /** Share (0..1) of the answered ones answered within the target. */
  withinTarget?: number;
}

export function responseStats(minutes: readonly number[], targetMinutes = DEFAULT_TARGET_MINUTES): ResponseStats {
  if (minutes.length === 0) return { answered: 0 };
  const sorted = [...minutes].sort((a, b) => a - b);
  return {
    answered: sorted.length,
    medianMinutes: nearestRank(sorted, 0.5),
    p90Minutes: nearestRank(sorted, 0.9),
    withinTarget: sorted.filter((x) => x <= targetMinutes).length / sorted.length,
  };
}

export interface ResponseSummary {
  overall: ResponseStats;
  /** By agent name; the unknown agent (null) last. */
  perAgent: (ResponseStats & { agent: string | null })[];
  /** Flagged mentions with no response yet. */
  unanswered: number;
}

export function summariseResponses(mentions: Iterable<ReportMention>, targetMinutes = DEFAULT_TARGET_MINUTES): ResponseSummary {
  const all: number[] = [];
  const byAgent = new Map<string | null, number[]>();
  let unanswered = 0;
  for (const m of mentions) {
    const r = mentionFirstResponse(m);
    if (!r) {
      if (m.flagged === 1) unanswered++;
      continue;
    }
    all.push(r.minutes);
    const list = byAgent.get(r.agent) ?? [];
    list.push(r.minutes);
    byAgent.set(r.agent, list);
  }
  const perAgent = [...byAgent.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([agent, minutes]) => ({ agent, ...responseStats(minutes, targetMinutes) }));
  return { overall: responseStats(all, targetMinutes), perAgent, unanswered };
}

/**
 * The incident report (issue 12, "The incident report": the plan's "learn and improve" step).
 * Pure: the incident, the stored mentions and alerts, and `now` in; figures out. The page that
 * shows it (entrypoints/report/) and any export read this one object.
 *
 * Per window (windows.ts): negative-mention volume, negative share and average sentiment (the
 * plan's three measures of success with the response time), first-response times (responses.ts),
 * alerts fired, top complaint categories and languages. For the whole incident: the statement
 * versions and how often each template was used with each.
 *
 * Mentions are placed by `sortAt` (posted time, else capture: what lists and surges use); those
 * outside all three windows are counted, not shown. Which mentions belong: membership.ts.
 */
import type { StoredIncident } from '../incident/schema.ts';
import { incidentScope } from '../incident/keywords.ts';
import { isResponse } from '../replies/record.ts';
import type { Alert, ComplaintCategory } from '../schema.ts';
import { incidentMembers, type MembershipReason, type ReportMention } from './membership.ts';
import { DEFAULT_TARGET_MINUTES, summariseResponses, type ResponseSummary } from './responses.ts';
import { bump, mean, sortedCounts, type Count } from './stats.ts';
import { reportWindows, resolvedAt, windowOf, WINDOW_NAMES, type ReportWindow, type WindowName } from './windows.ts';

export type ReportAlertInput = Pick<Alert, 'id' | 'eventId' | 'scope' | 'severity' | 'startedAt' | 'detectedAt' | 'endedAt' | 'negatives' | 'total'>;

export interface ReportAlert extends ReportAlertInput {
  /** The window it fired in (by `detectedAt`); undefined when outside all three. */
  window?: WindowName;
  /** On the incident's own keyword scope (lib/incident/keywords.ts incidentScope). */
  incidentScope: boolean;
}

export interface WindowFigures extends ReportWindow {
  mentions: number;
  negative: number;
  /** negative / mentions; undefined with no mentions. */
  negativeShare?: number;
  /** Mean sentiment score (-1..1); undefined with no mentions. */
  averageSentiment?: number;
  responses: ResponseSummary;
  /** Alerts that fired in the window, and the events they make (lib/alerts/events.ts). */
  alerts: number;
  alertEvents: number;
  categories: Count<ComplaintCategory>[];
  languages: Count[];
}

export interface TemplateUse {
  templateId: string;
  uses: number;
}

export interface VersionUse {
  /** null: replies recorded without a statement version. */
  version: number | null;
  approvedBy?: string;
  updatedAt?: string;
  publishedAt?: string;
  publishedBy?: string;
  /** Replies that went out with this version (with or without a template). */
  replies: number;
  templates: TemplateUse[];
}

export interface IncidentReport {
  incident: Pick<StoredIncident, 'id' | 'title' | 'type' | 'severity' | 'status' | 'startedAt'> & { resolvedAt?: string };
  generatedAt: string;
  targetMinutes: number;
  windows: Record<WindowName, WindowFigures>;
  /** First responses over the three windows together. */
  responses: ResponseSummary;
  membership: { mentions: number; byKeyword: number; byReply: number; outsideWindows: number };
  alerts: ReportAlert[];
  versions: VersionUse[];
}

export interface ReportInput<M extends ReportMention> {
  incident: StoredIncident;
  mentions: Iterable<M>;
  alerts?: Iterable<ReportAlertInput>;
  now: number;
  targetMinutes?: number;
}

function windowFigures(w: ReportWindow, mentions: readonly ReportMention[], alerts: readonly ReportAlert[], targetMinutes: number): WindowFigures {
  const negative = mentions.filter((m) => m.analysis.sentiment.label === 'negative').length;
  const categories = new Map<ComplaintCategory, number>();
  const languages = new Map<string, number>();
  for (const m of mentions) {
    for (const c of new Set(m.analysis.complaint?.categories ?? [])) bump(categories, c);
    bump(languages, m.analysis.lang);
  }
  const mine = alerts.filter((a) => a.window === w.name);
  const avg = mean(mentions.map((m) => m.analysis.sentiment.score));
  return {
    ...w,
    mentions: mentions.length,
    negative,
    ...(mentions.length > 0 ? { negativeShare: negative / mentions.length } : {}),
    ...(avg !== undefined ? { averageSentiment: avg } : {}),
    responses: summariseResponses(mentions, targetMinutes),
    alerts: mine.length,
    alertEvents: new Set(mine.map((a) => a.eventId ?? a.id)).size,
    categories: sortedCounts(categories),
    languages: sortedCounts(languages),
  };
}

function versionUses(incident: StoredIncident, mentions: readonly ReportMention[]): VersionUse[] {
  const byVersion = new Map<number | null, VersionUse>();
  for (const rec of incident.history) {
    const s = rec.statement;
    byVersion.set(s.version, { version: s.version, approvedBy: s.approvedBy, updatedAt: s.updatedAt, publishedAt: rec.publishedAt, publishedBy: rec.publishedBy, replies: 0, templates: [] });
  }
  // An incident imported from a file has a statement but no publishing record.
  const cur = incident.statement;
  if (!byVersion.has(cur.version)) byVersion.set(cur.version, { version: cur.version, approvedBy: cur.approvedBy, updatedAt: cur.updatedAt, replies: 0, templates: [] });
  const uses = new Map<number | null, Map<string, number>>();
  for (const m of mentions) {
    for (const r of m.replies ?? []) {
      // Replies that named another incident were that incident's statement, not this one's.
      if (!isResponse(r) || (r.incidentId !== undefined && r.incidentId !== incident.id)) continue;
      const v = r.statementVersion ?? null;
      const entry = byVersion.get(v) ?? { version: v, replies: 0, templates: [] };
      entry.replies++;
      byVersion.set(v, entry);
      if (r.templateId) {
        const t = uses.get(v) ?? new Map<string, number>();
        bump(t, r.templateId);
        uses.set(v, t);
      }
    }
  }
  return [...byVersion.values()]
    .map((e) => ({ ...e, templates: sortedCounts(uses.get(e.version) ?? new Map<string, number>()).map((c) => ({ templateId: c.key, uses: c.count })) }))
    .sort((a, b) => (a.version === null ? 1 : b.version === null ? -1 : a.version - b.version));
}

export function buildIncidentReport<M extends ReportMention>(input: ReportInput<M>): IncidentReport {
  const { incident, now } = input;
  const targetMinutes = input.targetMinutes ?? DEFAULT_TARGET_MINUTES;
  const windows = reportWindows(incident, now);
  const members = incidentMembers(incident, input.mentions);
  const inWindow: Record<WindowName, ReportMention[]> = { before: [], during: [], after: [] };
  let outside = 0;
  const count: Record<MembershipReason, number> = { keyword: 0, reply: 0 };
  for (const { mention, reasons } of members) {
    for (const r of reasons) count[r]++;
    const w = windowOf(windows, Date.parse(mention.sortAt));
    if (w) inWindow[w].push(mention);
    else outside++;
  }
  const scope = incidentScope(incident.id);
  const alerts: ReportAlert[] = [];
  for (const a of input.alerts ?? []) {
    const window = windowOf(windows, Date.parse(a.detectedAt));
    const own = a.scope === scope;
    // Other scopes' alerts count when they fired around the incident; its own always show.
    if (!own && !window) continue;
    alerts.push({ ...a, ...(window ? { window } : {}), incidentScope: own });
  }
  alerts.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id));
  const figures = Object.fromEntries(WINDOW_NAMES.map((n) => [n, windowFigures(windows[n], inWindow[n], alerts, targetMinutes)])) as Record<WindowName, WindowFigures>;
  const resolved = resolvedAt(incident);
  const all = WINDOW_NAMES.flatMap((n) => inWindow[n]);
  return {
    incident: {
      id: incident.id,
      title: incident.title,
      type: incident.type,
      severity: incident.severity,
      status: incident.status,
      startedAt: incident.startedAt,
      ...(resolved !== undefined ? { resolvedAt: new Date(resolved).toISOString() } : {}),
    },
    generatedAt: new Date(now).toISOString(),
    targetMinutes,
    windows: figures,
    responses: summariseResponses(all, targetMinutes),
    membership: { mentions: members.length, byKeyword: count.keyword, byReply: count.reply, outsideWindows: outside },
    alerts,
    versions: versionUses(incident, all),
  };
}

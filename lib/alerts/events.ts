/**
 * One burst, one event (issue 13). Each scope keeps its own detector and its own Alert record, so
 * one burst of safety complaints on X opens alerts for the brand, for X and for safety complaints.
 * Alerts whose spans overlap and that share most of their mentions are ONE event: the later ones
 * carry `eventId`, the id of the event's first alert (its lead). The badge, the notification and the
 * webhook count events; acknowledge / snooze / resolve / reopen act on the whole event.
 *
 * Stored as an optional field of the Alert records (no new store, no migration): an alert without
 * `eventId` is its own event's lead, so every alert written before this existed is an event of one.
 */
import type { Alert, AlertScope, AlertSeverity, AlertStatus } from '../schema.ts';
import { isLive, isOngoing } from './lifecycle.ts';
import { parseScope } from './scopes.ts';

/** "Most of their mentions": the shared ones are at least this share of each alert's mentions. */
export const SHARED_MOST = 0.5;
/** An alert that ended this recently still takes in a new scope's alert for the same burst. */
export const EVENT_JOIN_AFTER_END_MS = 30 * 60_000;

export interface AlertEvent {
  /** The lead alert's id (what `#alert=` links and notifications name). */
  id: string;
  lead: Alert;
  /** Lead first, then by scope breadth (brand, platform, product, category, keywords). */
  members: Alert[];
  scopes: AlertScope[];
  /** Earliest start of its members; latest end once none is ongoing. */
  startedAt: string;
  endedAt?: string;
  status: AlertStatus;
  severity: AlertSeverity;
  provisional: boolean;
}

export function eventKey(a: Pick<Alert, 'id' | 'eventId'>): string {
  return a.eventId ?? a.id;
}

const RANK: Record<string, number> = { all: 0, platform: 1, product: 2, category: 3, keywords: 4 };

/** Broader scopes first: the brand says more about a burst than one of its categories. */
export function scopeRank(scope: AlertScope): number {
  return RANK[parseScope(scope).kind] ?? 9;
}

const STATUS_ORDER: readonly AlertStatus[] = ['open', 'snoozed', 'acknowledged', 'resolved', 'ended'];
const SEVERITY_ORDER: readonly AlertSeverity[] = ['low', 'medium', 'high'];

/** The event asks for attention while any member does; else the most "live" member's status. */
export function eventStatus(members: readonly Pick<Alert, 'status'>[]): AlertStatus {
  for (const s of STATUS_ORDER) if (members.some((m) => m.status === s)) return s;
  return 'ended';
}

export function groupEvents(alerts: readonly Alert[]): AlertEvent[] {
  const byKey = new Map<string, Alert[]>();
  for (const a of alerts) {
    const key = eventKey(a);
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  const events: AlertEvent[] = [];
  for (const [key, list] of byKey) {
    const members = [...list].sort(
      (a, b) => Number(b.id === key) - Number(a.id === key) || scopeRank(a.scope) - scopeRank(b.scope) || a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id),
    );
    // A member whose lead was pruned (MAX_ALERTS) leads what is left.
    const lead = members[0]!;
    const ongoing = members.some(isOngoing);
    const ends = members.map((m) => m.endedAt ?? '').sort();
    events.push({
      id: lead.id,
      lead,
      members,
      scopes: [...new Set(members.map((m) => m.scope))],
      startedAt: members.map((m) => m.startedAt).sort()[0]!,
      ...(ongoing ? {} : { endedAt: ends.at(-1)! }),
      status: eventStatus(members),
      severity: SEVERITY_ORDER[Math.max(...members.map((m) => SEVERITY_ORDER.indexOf(m.severity)))]!,
      provisional: members.every((m) => m.provisional),
    });
  }
  return events.sort(compareEvents);
}

/** Open events first (newest first), then live ones, then the rest by start, newest first. */
export function compareEvents(a: AlertEvent, b: AlertEvent): number {
  const rank = (e: AlertEvent) => (e.status === 'open' ? 0 : isLive(e) ? 1 : 2);
  return rank(a) - rank(b) || b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id);
}

/** The event holding the alert with this id (any member), if any. */
export function eventOf(events: readonly AlertEvent[], alertId: string): AlertEvent | undefined {
  return events.find((e) => e.members.some((m) => m.id === alertId));
}

/** Events asking for attention: what the toolbar badge counts. */
export function openEventCount(alerts: readonly Alert[]): number {
  return new Set(alerts.filter((a) => a.status === 'open').map(eventKey)).size;
}

/** Whether two sets of mention ids share most of each other's mentions. */
export function sharesMost(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  return shared >= SHARED_MOST * Math.max(a.size, b.size);
}

/** Whether `other` is still part of a burst that `fresh` (a new alert) may belong to. */
export function spansOverlap(fresh: Pick<Alert, 'startedAt'>, other: Pick<Alert, 'startedAt' | 'endedAt'>, now: number): boolean {
  const start = Date.parse(fresh.startedAt);
  const otherEnd = other.endedAt ? Date.parse(other.endedAt) + EVENT_JOIN_AFTER_END_MS : now;
  return Date.parse(other.startedAt) <= now && otherEnd >= start;
}

/**
 * A new alert joining an event takes the event's state: the operator already decided about this
 * burst (acknowledged, snoozed until…, resolved), and the event already paged and posted.
 */
export function joinEvent(fresh: Alert, lead: Alert): Alert {
  const { webhook: _w, snoozedUntil: _s, ...rest } = fresh;
  const joined: Alert = { ...rest, eventId: eventKey(lead) };
  if (lead.status === 'open' || !isLive(fresh)) return joined;
  if (lead.status === 'snoozed' && lead.snoozedUntil) return { ...joined, status: 'snoozed', snoozedUntil: lead.snoozedUntil };
  if (lead.status === 'acknowledged' || lead.status === 'resolved') return { ...joined, status: lead.status };
  return joined;
}

/** One alert per event, its lead when present (notifications: one per event). */
export function onePerEvent(alerts: readonly Alert[]): Alert[] {
  const out = new Map<string, Alert>();
  for (const a of alerts) {
    const key = eventKey(a);
    const had = out.get(key);
    if (!had || (a.id === key && had.id !== key)) out.set(key, a);
  }
  return [...out.values()];
}

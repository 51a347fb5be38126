/**
 * Alert records and their states.
 *
 *   open ──acknowledge──> acknowledged
 *   open / acknowledged ──snooze(T)──> snoozed ──(T passes while the surge lasts)──> open
 *   any live state ──resolve──> resolved          (the operator closed it)
 *   resolved ──reopen──> open                     (the operator closed it too soon)
 *   any live state ──back to baseline──> ended    (the detector closed it)
 *
 * `ended` is final; `resolved` is, unless the operator reopens it. The surge itself (the detector's alert) is tracked apart from
 * the status: `endedAt` is set when the scope is back to baseline, whatever the operator did, so a
 * resolved alert still gets its end time and the detector's cooldown decides when the scope may
 * alert again. Only `open` alerts ask for attention (badge, notification).
 */
import type { Alert, AlertScope, AlertSeverity, AlertStatus, SurgeBucketRow } from '../schema.ts';
import type { SurgeOnset } from './evaluate.ts';

export type AlertAction = 'acknowledge' | 'snooze' | 'resolve' | 'reopen';

/** What "Snooze" offers, in minutes: half an hour, an hour, a working afternoon, a day. */
export const SNOOZE_CHOICES_MINUTES = [30, 60, 4 * 60, 24 * 60] as const;

const LIVE: readonly AlertStatus[] = ['open', 'acknowledged', 'snoozed'];

export function alertId(scope: AlertScope, start: number): string {
  return `${scope}|${start}`;
}

/**
 * Severity from how far the evidence went past the preset's threshold (both −log10 p):
 * < 1.5× low, < 2.5× medium, else high. At Balanced (threshold 2.5): low from p < 10^-2.5, medium from 10^-3.75, high from 10^-6.25.
 */
export function severityOf(evidence: number, threshold: number): AlertSeverity {
  const ratio = threshold > 0 ? evidence / threshold : Infinity;
  if (ratio < 1.5) return 'low';
  if (ratio < 2.5) return 'medium';
  return 'high';
}

export interface NewAlertInput {
  scope: AlertScope;
  onset: SurgeOnset;
  preset: Alert['preset'];
  threshold: number;
  provisional: boolean;
  now: number;
}

export function createAlert(i: NewAlertInput): Alert {
  return {
    id: alertId(i.scope, i.onset.start),
    scope: i.scope,
    status: 'open',
    severity: severityOf(i.onset.evidence, i.threshold),
    preset: i.preset,
    startedAt: new Date(i.onset.start).toISOString(),
    detectedAt: new Date(i.now).toISOString(),
    provisional: i.provisional,
    peakEvidence: i.onset.evidence,
    threshold: i.threshold,
    negatives: i.onset.negatives,
    total: i.onset.total,
    expected: i.onset.expected,
  };
}

export function isLive(a: Pick<Alert, 'status'>): boolean {
  return LIVE.includes(a.status);
}

/** The surge behind it is still going on (whatever the operator did with it). */
export function isOngoing(a: Pick<Alert, 'endedAt'>): boolean {
  return a.endedAt === undefined;
}

export type ActionResult = { ok: true; alert: Alert } | { ok: false; error: string };

export function applyAction(a: Alert, action: AlertAction, now: number, snoozeMinutes?: number): ActionResult {
  const at = new Date(now).toISOString();
  const { snoozedUntil: _dropped, ...rest } = a;
  if (action === 'reopen') {
    if (a.status !== 'resolved') return { ok: false, error: `alert is ${a.status}` };
    return { ok: true, alert: { ...rest, status: 'open', statusChangedAt: at } };
  }
  if (!isLive(a)) return { ok: false, error: `alert is ${a.status}` };
  switch (action) {
    case 'acknowledge':
      if (a.status === 'acknowledged') return { ok: true, alert: a };
      return { ok: true, alert: { ...rest, status: 'acknowledged', statusChangedAt: at } };
    case 'snooze': {
      if (snoozeMinutes === undefined || !(snoozeMinutes >= 1)) return { ok: false, error: 'snooze needs a number of minutes' };
      return { ok: true, alert: { ...rest, status: 'snoozed', snoozedUntil: new Date(now + snoozeMinutes * 60_000).toISOString(), statusChangedAt: at } };
    }
    case 'resolve':
      return { ok: true, alert: { ...rest, status: 'resolved', statusChangedAt: at } };
  }
}

/** A snoozed alert whose time is up asks for attention again, if its surge is still going on;
 * one whose surge ended meanwhile is ended. Others are returned unchanged. */
export function wake(a: Alert, now: number): Alert {
  if (a.status !== 'snoozed' || a.snoozedUntil === undefined || Date.parse(a.snoozedUntil) > now) return a;
  const { snoozedUntil: _done, ...rest } = a;
  return { ...rest, status: isOngoing(a) ? 'open' : 'ended', statusChangedAt: new Date(now).toISOString() };
}

/** Back to baseline at `endedAt` (a bucket start). Live statuses become `ended`, except a snooze
 * that has not run out: it ends then (see `wake`), so the operator's "not now" is respected. */
export function endAlert(a: Alert, endedAt: number): Alert {
  if (!isOngoing(a)) return a;
  const ended = { ...a, endedAt: new Date(endedAt).toISOString(), provisional: false };
  if (a.status === 'open' || a.status === 'acknowledged') return { ...ended, status: 'ended' };
  return ended;
}

/** Closed buckets inside the surge add to its counts; the peak and severity follow the evidence. */
export function absorbBuckets(a: Alert, rows: readonly SurgeBucketRow[], openEvidence = 0): Alert {
  const start = Date.parse(a.startedAt);
  let { negatives, total, expected, peakEvidence } = a;
  // Re-counting the onset bucket is avoided by `provisional`: the onset counts were taken from
  // open buckets, so the first confirmed pass replaces them.
  if (a.provisional) {
    negatives = 0;
    total = 0;
    expected = 0;
  }
  let confirmed = false;
  for (const r of rows) {
    if (r.start < start || !r.alert) continue;
    negatives += r.negatives;
    total += r.total;
    expected += r.expected;
    peakEvidence = Math.max(peakEvidence, r.evidence);
    confirmed = true;
  }
  peakEvidence = Math.max(peakEvidence, openEvidence);
  if (a.provisional && !confirmed) return { ...a, peakEvidence, severity: severityOf(peakEvidence, a.threshold) };
  return { ...a, negatives, total, expected, peakEvidence, severity: severityOf(peakEvidence, a.threshold), provisional: a.provisional && !confirmed };
}

/** Open alerts first (newest first), then the rest by start, newest first. */
export function compareAlerts(a: Alert, b: Alert): number {
  const rank = (x: Alert) => (x.status === 'open' ? 0 : isLive(x) ? 1 : 2);
  return rank(a) - rank(b) || b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id);
}

/** Toolbar badge: open alerts win over the open-flagged count ("!2" in orange; the flagged count
 * stays red), because an alert is the more urgent news and the badge has room for one number. */
export function badgeFor(openAlerts: number, openFlagged: number): { text: string; color: string } {
  if (openAlerts > 0) return { text: `!${openAlerts > 99 ? '99+' : openAlerts}`, color: '#e65100' };
  return { text: openFlagged > 0 ? (openFlagged > 999 ? '999+' : String(openFlagged)) : '', color: '#c62828' };
}

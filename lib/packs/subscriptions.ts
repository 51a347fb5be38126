/**
 * A subscription's schedule and record: when to ask again, and what the user sees (last success,
 * last error, the version in use). Pure; `now` comes in.
 *
 * Schedule: every REFRESH_MINUTES after a success. After the n-th failure in a row, wait
 * min(15 min × 2^(n−1), 24 h): a host that is down is asked 15, 30, 60… minutes apart, and never
 * less than once a day, the usual shape of exponential back-off (RFC 8555 §6.6 and uBlock's
 * updater both back off on failure). A refused pack counts as a failure: a host serving a bad
 * file is not asked every quarter hour either. "Refresh now" ignores the schedule.
 */
import type { Refusal } from './accept.ts';
import { PackUrlSchema, type PackOutcome, type PackProblem, type Subscription } from './schema.ts';

/** Revocations and new statements should reach agents within the hour. */
export const REFRESH_MINUTES = 60;
export const BACKOFF_FIRST_MINUTES = 15;
export const BACKOFF_MAX_MINUTES = 24 * 60;

const MINUTE = 60_000;

export function backoffMinutes(failures: number): number {
  if (failures <= 0) return REFRESH_MINUTES;
  return Math.min(BACKOFF_FIRST_MINUTES * 2 ** Math.min(failures - 1, 20), BACKOFF_MAX_MINUTES);
}

/** The address as stored: parsed, without its fragment; undefined when it is not allowed. */
export function normaliseUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (!PackUrlSchema.safeParse(trimmed).success) return undefined;
  const u = new URL(trimmed);
  u.hash = '';
  return u.href;
}

export function newSubscription(url: string, now: Date): Subscription {
  return { url, addedAt: now.toISOString(), failures: 0 };
}

export function isDue(sub: Subscription, now: Date): boolean {
  return sub.nextAttemptAt === undefined || Date.parse(sub.nextAttemptAt) <= now.getTime();
}

export function recordSuccess(sub: Subscription, r: { now: Date; outcome: PackOutcome; etag?: string; packId?: string }): Subscription {
  const at = r.now.toISOString();
  return {
    ...sub,
    ...(r.packId ? { packId: r.packId } : {}),
    ...(r.etag !== undefined ? { etag: r.etag } : {}),
    lastAttemptAt: at,
    lastSuccessAt: at,
    lastOutcome: r.outcome,
    failures: 0,
    nextAttemptAt: new Date(r.now.getTime() + REFRESH_MINUTES * MINUTE).toISOString(),
  };
}

export function recordFailure(sub: Subscription, r: { now: Date; refusal: Refusal }): Subscription {
  const failures = sub.failures + 1;
  const { issues: _issues, ...problem } = r.refusal;
  const lastError: PackProblem = { ...problem, at: r.now.toISOString() };
  return {
    ...sub,
    lastAttemptAt: lastError.at,
    lastError,
    failures,
    nextAttemptAt: new Date(r.now.getTime() + backoffMinutes(failures) * MINUTE).toISOString(),
  };
}

export type SubscriptionState = 'pending' | 'ok' | 'failing';

/** For the list: not tried yet, last attempt fine, or last attempt failed (the pack in use stays). */
export function subscriptionState(sub: Subscription): SubscriptionState {
  if (!sub.lastAttemptAt) return 'pending';
  if (sub.lastError && (!sub.lastSuccessAt || sub.lastError.at >= sub.lastSuccessAt)) return 'failing';
  return 'ok';
}

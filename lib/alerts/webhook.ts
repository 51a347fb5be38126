/**
 * The optional outgoing webhook: a Slack-compatible JSON body (`text` plus `blocks`, which Slack,
 * Mattermost and most "incoming webhook" endpoints accept) holding ONLY the alert summary and links
 * to the original posts — no mention text, no author names, no settings. And the retry schedule:
 * failures are retried with back-off and the state is kept on the alert, so the UI shows it.
 */
import { redactUrlsIn } from '../redact-url.ts';
import type { Alert, WebhookDelivery } from '../schema.ts';

/** Delays after attempt 1, 2, …: 1 min, 5 min, 15 min, 1 h, 3 h — then `failed` (the UI offers
 * "retry now"). Roughly what Slack's own Events API does for deliveries to apps (retries with
 * exponential back-off, a handful of attempts), scaled to an alert's useful life of a few hours. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 3_600_000, 3 * 3_600_000] as const;

export interface WebhookSummary {
  /** Human-readable scope, e.g. "Amazon" or "Delivery complaints" (already translated). */
  scopeLabel: string;
  /** Links to originals of example mentions (permalinks). */
  links: readonly string[];
}

export interface SlackPayload {
  text: string;
  blocks: { type: 'section'; text: { type: 'mrkdwn'; text: string } }[];
}

/** Slack's mrkdwn treats &, < and > as control characters. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildWebhookPayload(a: Alert, s: WebhookSummary): SlackPayload {
  const head = `Crisis Desk: ${a.severity} complaint surge — ${s.scopeLabel}`;
  const counts = `${a.negatives} negative mentions since ${a.startedAt} (about ${Math.round(a.expected)} expected)`;
  const terms = a.why?.terms.slice(0, 5).map((t) => t.text) ?? [];
  const lines = [`*${esc(head)}*`, esc(counts)];
  if (terms.length) lines.push(`Top terms: ${terms.map(esc).join(', ')}`);
  const links = s.links.filter((l) => /^https:\/\//.test(l)).slice(0, 5);
  if (links.length) lines.push(links.map((l, i) => `<${esc(l)}|example ${i + 1}>`).join(' · '));
  return { text: `${head}. ${counts}.`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }] };
}

export function pendingDelivery(now: number): WebhookDelivery {
  return { state: 'pending', attempts: 0, nextAttemptAt: new Date(now).toISOString() };
}

/** The delivery after one attempt: sent, or pending with the next time, or failed for good. */
export function afterAttempt(d: WebhookDelivery, outcome: { ok: true } | { ok: false; error: string }, now: number): WebhookDelivery {
  const attempts = d.attempts + 1;
  if (outcome.ok) return { state: 'sent', attempts, sentAt: new Date(now).toISOString() };
  const delay = RETRY_DELAYS_MS[attempts - 1];
  // Stored and shown in the panel: a URL quoted by an error must not bring its secrets along.
  const lastError = redactUrlsIn(outcome.error).slice(0, 300);
  if (delay === undefined) return { state: 'failed', attempts, lastError };
  return { state: 'pending', attempts, lastError, nextAttemptAt: new Date(now + delay).toISOString() };
}

export function isDue(d: WebhookDelivery | undefined, now: number): boolean {
  return d?.state === 'pending' && (d.nextAttemptAt === undefined || Date.parse(d.nextAttemptAt) <= now);
}

/** The earliest time a pending delivery is due, or undefined when none waits: the background sets
 * a one-shot alarm for it, so a 1-minute retry is not held back to the next 5-minute tick. */
export function nextRetryAt(alerts: readonly Pick<Alert, 'webhook'>[]): number | undefined {
  let next: number | undefined;
  for (const a of alerts) {
    if (a.webhook?.state !== 'pending' || a.webhook.nextAttemptAt === undefined) continue;
    const at = Date.parse(a.webhook.nextAttemptAt);
    if (Number.isFinite(at) && (next === undefined || at < next)) next = at;
  }
  return next;
}

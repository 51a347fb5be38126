/**
 * Delivering alerts to the team webhook: every due delivery is POSTed once per run (right after an
 * alert opens, on the retry alarm set for the next due delivery, and on the 5-minute alarm); the
 * result goes back on the alert, so the panel shows "sent", "retrying at …" or "failed: …" —
 * nothing is dropped silently. Without the host permission (the user declined, or revoked it) the
 * attempt fails with that reason.
 *
 * The URL is a secret (see lib/redact-url.ts): an error text is redacted before it is logged or
 * stored on the alert, whatever the transport put in it.
 */
import { createTranslator } from '../i18n.ts';
import { redactUrlsIn } from '../redact-url.ts';
import type { Alert, AlertSettings } from '../schema.ts';
import { eventKey, groupEvents } from './events.ts';
import { scopeLabel } from './labels.ts';
import type { AlertStore } from './store.ts';
import { afterAttempt, buildWebhookPayload, isDue, nextRetryAt } from './webhook.ts';

/** The transport gives up after this long (AbortSignal.timeout, which rejects with a `TimeoutError`). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** How the background reaches the webhook (fetch and the permissions API, in the runtime). */
export interface WebhookTransport {
  /** POST the JSON body; resolves with the HTTP status, rejects on a network error or timeout. */
  post(url: string, body: string): Promise<number>;
  hasPermission(url: string): Promise<boolean>;
}

export interface WebhookRun {
  /** Deliveries attempted in this run. */
  attempted: number;
  /** Ids of the alerts whose delivery state changed (for the `alerts/changed` broadcast). */
  changed: string[];
  /** When the next pending delivery is due (epoch ms), if any. */
  nextRetryAt?: number;
}

export interface DeliveryInput {
  alertSettings: AlertSettings;
  now: number;
  transport: WebhookTransport;
  log(msg: string, detail?: unknown): void;
}

/** Team channels read English here: the webhook's audience is not this browser's user. */
const en = createTranslator('en');

async function attempt(store: AlertStore, i: DeliveryInput, url: string, a: Alert, all: readonly Alert[]): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!(await i.transport.hasPermission(url))) return { ok: false, error: 'the browser has no permission to reach this URL' };
  const examples = await store.getMentions(a.why?.exampleIds ?? []);
  // One post per event (only its lead has a delivery): it names every scope of the event.
  const event = groupEvents(all.filter((m) => eventKey(m) === eventKey(a)))[0];
  const label = en.list((event?.scopes ?? [a.scope]).map((s) => scopeLabel(s, en.t, i.alertSettings.keywordSets)));
  const payload = buildWebhookPayload(a, { scopeLabel: label, links: examples.flatMap((m) => (m ? [m.permalink] : [])) });
  try {
    const status = await i.transport.post(url, JSON.stringify(payload));
    return status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `HTTP ${status}` };
  } catch (err) {
    if ((err as { name?: unknown } | null)?.name === 'TimeoutError') return { ok: false, error: `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` };
    return { ok: false, error: redactUrlsIn(String(err), [url]) };
  }
}

export async function deliverDueWebhooks(store: AlertStore, i: DeliveryInput): Promise<WebhookRun> {
  const url = i.alertSettings.webhookUrl;
  const all = (await store.listAlerts()).alerts;
  const due = all.filter((a) => isDue(a.webhook, i.now));
  const updated: Alert[] = [];
  for (const a of due) {
    const outcome = url ? await attempt(store, i, url, a, all) : ({ ok: false, error: 'no webhook URL is set' } as const);
    if (!outcome.ok) i.log(`webhook for ${a.id} failed: ${outcome.error}`);
    updated.push({ ...a, webhook: afterAttempt(a.webhook!, outcome, i.now) });
  }
  // The engine's queue keeps other writers out between the read above and this write.
  if (updated.length) await store.writeAlertData({ alerts: updated });
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const a of updated) byId.set(a.id, a);
  const next = nextRetryAt([...byId.values()]);
  const run: WebhookRun = { attempted: updated.length, changed: updated.map((a) => a.id) };
  return next === undefined ? run : { ...run, nextRetryAt: next };
}

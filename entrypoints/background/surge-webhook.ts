/**
 * Delivering alerts to the team webhook: every due delivery is POSTed once per run (right after an
 * alert opens, on the retry alarm set for the next due delivery, and on the 5-minute alarm); the
 * result goes back on the alert, so the panel shows "sent", "retrying at …" or "failed: …" —
 * nothing is dropped silently. Without the host permission (the user declined, or revoked it) the
 * attempt fails with that reason.
 */
import { afterAttempt, buildWebhookPayload, isDue, nextRetryAt } from '@/lib/alerts/webhook';
import { scopeLabel } from '@/lib/alerts/labels';
import { listAlerts, writeAlertData } from '@/lib/db/alerts';
import { getMentions } from '@/lib/db/mentions';
import type { CrisisDb } from '@/lib/db/open';
import { createTranslator } from '@/lib/i18n';
import type { Alert, AlertSettings } from '@/lib/schema';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookDeps {
  getDb(): Promise<CrisisDb>;
  loadAlertSettings(): Promise<AlertSettings>;
  now(): Date;
  /** POST JSON; resolves with the HTTP status or rejects on a network error. */
  post(url: string, body: string, signal: AbortSignal): Promise<number>;
  hasPermission(url: string): Promise<boolean>;
  broadcast(ids: string[]): void;
  log(msg: string, detail?: unknown): void;
}

/** Team channels read English here: the webhook's audience is not this browser's user. */
const en = createTranslator('en');

async function attempt(deps: WebhookDeps, db: CrisisDb, settings: AlertSettings, url: string, a: Alert): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!(await deps.hasPermission(url))) return { ok: false, error: 'the browser has no permission to reach this URL' };
  const examples = await getMentions(db, a.why?.exampleIds ?? []);
  const payload = buildWebhookPayload(a, { scopeLabel: scopeLabel(a.scope, en.t, settings.keywordSets), links: examples.flatMap((m) => (m ? [m.permalink] : [])) });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WEBHOOK_TIMEOUT_MS);
  try {
    const status = await deps.post(url, JSON.stringify(payload), controller.signal);
    return status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `HTTP ${status}` };
  } catch (err) {
    return { ok: false, error: controller.signal.aborted ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

export interface WebhookRun {
  /** Deliveries attempted in this run. */
  attempted: number;
  /** When the next pending delivery is due (epoch ms), if any. */
  nextRetryAt?: number;
}

export async function deliverDueWebhooks(deps: WebhookDeps): Promise<WebhookRun> {
  const [db, settings] = await Promise.all([deps.getDb(), deps.loadAlertSettings()]);
  const now = deps.now().getTime();
  const all = (await listAlerts(db)).alerts;
  const due = all.filter((a) => isDue(a.webhook, now));
  const updated: Alert[] = [];
  for (const a of due) {
    const outcome = settings.webhookUrl ? await attempt(deps, db, settings, settings.webhookUrl, a) : ({ ok: false, error: 'no webhook URL is set' } as const);
    if (!outcome.ok) deps.log(`webhook for ${a.id} failed: ${outcome.error}`);
    updated.push({ ...a, webhook: afterAttempt(a.webhook!, outcome, deps.now().getTime()) });
  }
  if (updated.length) {
    // Written one by one on top of the latest copy would be safer against a concurrent action;
    // the caller runs this inside the surge queue, so nothing else writes alerts meanwhile.
    await writeAlertData(db, { alerts: updated });
    deps.broadcast(updated.map((a) => a.id));
  }
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const a of updated) byId.set(a.id, a);
  const next = nextRetryAt([...byId.values()]);
  return next === undefined ? { attempted: updated.length } : { attempted: updated.length, nextRetryAt: next };
}

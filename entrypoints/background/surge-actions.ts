/**
 * Alert messages from the side panel: acknowledge / snooze / resolve, and "retry the webhook now".
 * They run in the surge engine's queue so they never race an evaluation of the same alert.
 */
import { applyAction } from '@/lib/alerts';
import { pendingDelivery } from '@/lib/alerts/webhook';
import { getAlert, writeAlertData } from '@/lib/db/alerts';
import type { CrisisDb } from '@/lib/db/open';
import type { AlertMessage, ErrorReply } from '@/lib/schema';
import type { SurgeEngine } from './surge-engine';

export interface AlertActionDeps {
  getDb(): Promise<CrisisDb>;
  now(): Date;
  engine: Pick<SurgeEngine, 'queued'>;
  broadcast(ids: string[]): void;
  refreshBadge(): void;
  /** Deliver due webhooks (after a manual retry). */
  deliverWebhooks(): void;
}

export async function handleAlertMessage(msg: AlertMessage, deps: AlertActionDeps): Promise<{ ok: true } | ErrorReply> {
  if (msg.type === 'alerts/changed') return { ok: true }; // our own broadcast echoing back
  const reply = await deps.engine.queued(async (): Promise<{ ok: true } | ErrorReply> => {
    const db = await deps.getDb();
    const alert = await getAlert(db, msg.id);
    if (!alert) return { ok: false, error: `no alert ${msg.id}`, code: 'not-found' };
    const now = deps.now().getTime();
    if (msg.type === 'alert/retry-webhook') {
      if (alert.webhook?.state !== 'failed') return { ok: false, error: 'nothing to retry', code: 'invalid' };
      await writeAlertData(db, { alerts: [{ ...alert, webhook: { ...pendingDelivery(now), attempts: alert.webhook.attempts } }] });
      return { ok: true };
    }
    const result = applyAction(alert, msg.action, now, msg.minutes);
    if (!result.ok) return { ok: false, error: result.error, code: 'invalid' };
    await writeAlertData(db, { alerts: [result.alert] });
    return { ok: true };
  });
  if (reply.ok) {
    deps.broadcast([msg.id]);
    deps.refreshBadge();
    if (msg.type === 'alert/retry-webhook') deps.deliverWebhooks();
  }
  return reply;
}

/**
 * Alert messages from the side panel, applied to the stored alert: acknowledge / snooze / resolve
 * (lifecycle.ts `applyAction`), and "retry the webhook now" (a failed delivery becomes pending,
 * keeping its attempt count). The engine runs this in its queue so it never races an evaluation.
 */
import type { AlertMessage, ErrorReply } from '../schema.ts';
import { applyAction } from './lifecycle.ts';
import type { AlertStore } from './store.ts';
import { pendingDelivery } from './webhook.ts';

export async function applyAlertMessage(store: AlertStore, msg: AlertMessage, now: number): Promise<{ ok: true } | ErrorReply> {
  if (msg.type === 'alerts/changed') return { ok: true }; // our own broadcast echoing back
  const alert = await store.getAlert(msg.id);
  if (!alert) return { ok: false, error: `no alert ${msg.id}`, code: 'not-found' };
  if (msg.type === 'alert/retry-webhook') {
    if (alert.webhook?.state !== 'failed') return { ok: false, error: 'nothing to retry', code: 'invalid' };
    await store.writeAlertData({ alerts: [{ ...alert, webhook: { ...pendingDelivery(now), attempts: alert.webhook.attempts } }] });
    return { ok: true };
  }
  const result = applyAction(alert, msg.action, now, msg.minutes);
  if (!result.ok) return { ok: false, error: result.error, code: 'invalid' };
  await store.writeAlertData({ alerts: [result.alert] });
  return { ok: true };
}

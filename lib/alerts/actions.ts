/**
 * Alert messages from the side panel, applied to the stored alert AND the rest of its event
 * (events.ts: one burst, one event): acknowledge / snooze / resolve / reopen (lifecycle.ts
 * `applyAction`), and "retry the webhook now" (a failed delivery becomes pending, keeping its
 * attempt count). The engine runs this in its queue so it never races an evaluation.
 */
import type { AlertMessage, ErrorReply } from '../schema.ts';
import { eventKey } from './events.ts';
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
  // The other alerts of its event follow where the action applies (an ended member stays ended).
  const key = eventKey(alert);
  const others = (await store.listAlerts()).alerts.flatMap((a) => {
    if (a.id === alert.id || eventKey(a) !== key) return [];
    const r = applyAction(a, msg.action, now, msg.minutes);
    return r.ok && r.alert !== a ? [r.alert] : [];
  });
  await store.writeAlertData({ alerts: [result.alert, ...others] });
  return { ok: true };
}

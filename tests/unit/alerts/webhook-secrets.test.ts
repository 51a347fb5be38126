/**
 * A webhook URL's secrets never reach a log, a stored alert or the panel: fetch errors that quote
 * the URL are redacted before they are logged or stored, and alerts stored by older builds with an
 * unredacted error are redacted when read.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { createAlertsJob } from '../../../entrypoints/background/alerts-job.ts';
import { createAlert } from '../../../lib/alerts/lifecycle.ts';
import { pendingDelivery } from '../../../lib/alerts/webhook.ts';
import { getAlert, listAlerts } from '../../../lib/db/alerts.ts';
import { openCrisisDb } from '../../../lib/db/open.ts';
import { AlertSettingsSchema, DEFAULT_SETTINGS, type AlertSettings } from '../../../lib/schema.ts';
import { DAY0, MIN } from './fixtures.ts';
import { memoryAlertStore } from './memory-alert-store.ts';

const alert = { ...createAlert({ scope: 'all', onset: { start: DAY0, evidence: 5, expected: 1, negatives: 20, total: 30 }, preset: 'balanced', threshold: 3, provisional: false, now: DAY0 }), webhook: pendingDelivery(DAY0) };

function setup(alertSettings: AlertSettings, post: () => Promise<number>) {
  const store = memoryAlertStore();
  store.alerts.set(alert.id, alert);
  const logs: string[] = [];
  const retries: (number | undefined)[] = [];
  const job = createAlertsJob({
    store,
    loadSettings: async () => DEFAULT_SETTINGS,
    loadAlertSettings: async () => alertSettings,
    now: () => DAY0 + MIN,
    utcOffsetMinutes: () => 0,
    notify: () => undefined,
    broadcast: () => undefined,
    refreshBadge: () => undefined,
    transport: { post, hasPermission: async () => true },
    scheduleWebhookRetry: async (at) => void retries.push(at),
    // What console.warn would print: the message and the detail, as text.
    log: (msg, detail) => void logs.push(`${msg} ${detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail ?? '')}`),
  });
  return { store, logs, retries, job };
}

describe('webhook secrets', () => {
  test('a fetch error quoting the URL with ?token=secret reaches neither the stored alert nor the log', async () => {
    const url = 'https://hooks.example.com/in?token=secret';
    const { store, logs, retries, job } = setup(AlertSettingsSchema.parse({ webhookUrl: url }), async () => {
      throw new TypeError(`Failed to fetch ${url}`);
    });
    await job.deliverWebhooks();
    const stored = store.alerts.get(alert.id)!.webhook!;
    expect(stored).toMatchObject({ state: 'pending', attempts: 1, lastError: 'TypeError: Failed to fetch https://hooks.example.com/in?token=…' });
    expect(retries).toEqual([DAY0 + 2 * MIN]);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain('secret');
    expect(JSON.stringify([...store.alerts.values()])).not.toContain('secret');
  });

  test('a URL with user:password@ that bypassed validation (an old setting) is never logged or stored with them', async () => {
    const url = 'https://bob:hunter22@hooks.example.com/in';
    // Not parsed: what a build before the check would have handed over.
    const settings = { ...AlertSettingsSchema.parse({}), webhookUrl: url };
    const { store, logs, job } = setup(settings, async () => {
      throw new TypeError(`Failed to execute 'fetch' on 'WorkerGlobalScope': Request cannot be constructed from a URL that includes credentials: ${url}`);
    });
    await job.deliverWebhooks();
    const text = `${logs.join('\n')}\n${JSON.stringify([...store.alerts.values()])}`;
    expect(text).toContain('https://hooks.example.com/in');
    for (const secret of ['bob', 'hunter22']) expect(text).not.toContain(secret);
  });

  test('a delivery that throws inside the job (the store failed) is logged redacted, never thrown', async () => {
    const url = 'https://hooks.example.com/in?token=secret';
    const { store, logs, job } = setup(AlertSettingsSchema.parse({ webhookUrl: url }), async () => 200);
    store.failWrites = true;
    store.writeAlertData = async () => {
      throw new Error(`cannot write while posting to ${url}`);
    };
    await expect(job.deliverWebhooks()).resolves.toBeUndefined();
    expect(logs).toEqual(['webhook delivery failed Error: cannot write while posting to https://hooks.example.com/in?token=…']);
  });

  test('an alert stored by an older build with the URL in its error is read redacted', async () => {
    const db = await openCrisisDb(new IDBFactory());
    const old = { ...alert, webhook: { state: 'failed' as const, attempts: 6, lastError: 'TypeError: Failed to fetch https://bob:hunter22@hooks.example.com/in?token=secret' } };
    // Written around the schema module's writer, as the older build did.
    await db.put('alerts', old);
    const expected = 'TypeError: Failed to fetch https://hooks.example.com/in?token=…';
    expect((await getAlert(db, alert.id))?.webhook?.lastError).toBe(expected);
    expect((await listAlerts(db)).alerts[0]?.webhook?.lastError).toBe(expected);
  });
});

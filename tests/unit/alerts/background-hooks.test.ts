import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { createAlert } from '../../../lib/alerts/lifecycle.ts';
import { deliverDueWebhooks, type DeliveryInput } from '../../../lib/alerts/deliveries.ts';
import { pendingDelivery } from '../../../lib/alerts/webhook.ts';
import { idbAlertStore } from '../../../lib/db/alert-store.ts';
import { getAlert, writeAlertData } from '../../../lib/db/alerts.ts';
import { putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { ingestBatch } from '../../../lib/pipeline.ts';
import { AlertSettingsSchema, DEFAULT_SETTINGS, type Analysis, type StoredMention } from '../../../lib/schema.ts';
import { DAY0, MIN, row } from './fixtures.ts';

let db: CrisisDb;
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
});

const analyze = (): Analysis => ({ lang: 'en', langConfidence: 1, sentiment: { score: -0.5, label: 'negative' }, analyzer: 't' });
const page = { url: 'https://x.com/home', platform: 'x', pageType: 'home' } as const;
const m = (id: string, text: string) => ({ id: `x:${id}`, platform: 'x', permalink: `https://x.com/u/status/${id}`, text, postedAt: '2025-06-02T00:00:00.000Z' });

describe('pipeline onCreated hook: each mention counted once', () => {
  test('only ids not stored before are reported; re-captures and text updates are not', async () => {
    const created: string[][] = [];
    const deps = { db, analyze, settings: DEFAULT_SETTINGS, now: new Date(DAY0), onCreated: (rows: StoredMention[]) => void created.push(rows.map((r) => r.id)) };
    await ingestBatch({ type: 'mentions/ingest', page, mentions: [m('1', 'a'), m('2', 'b'), m('1', 'a')] }, deps);
    const reply = await ingestBatch({ type: 'mentions/ingest', page, mentions: [m('1', 'a'), m('2', 'b expanded'), m('3', 'c')] }, deps);
    expect(reply).toMatchObject({ ok: true, stored: 2, duplicates: 1 });
    expect(created).toEqual([['x:1', 'x:2'], ['x:3']]);
    await ingestBatch({ type: 'mentions/ingest', page, mentions: [m('1', 'a')] }, deps);
    expect(created).toHaveLength(2);
    // Each created mention got its surge-pending marker in the same transaction; nothing else did.
    expect(await db.getAllKeys('surge-pending')).toEqual(['x:1', 'x:2', 'x:3']);
  });

  test('a throwing hook does not change the reply', async () => {
    const reply = await ingestBatch(
      { type: 'mentions/ingest', page, mentions: [m('9', 'x')] },
      { db, analyze, settings: DEFAULT_SETTINGS, now: new Date(DAY0), onCreated: () => { throw new Error('boom'); } },
    );
    expect(reply).toMatchObject({ ok: true, stored: 1 });
  });
});

describe('webhook delivery', () => {
  const base = createAlert({ scope: 'all', onset: { start: DAY0, evidence: 5, expected: 1, negatives: 20, total: 30 }, preset: 'balanced', threshold: 3, provisional: false, now: DAY0 });
  const alert = { ...base, webhook: pendingDelivery(DAY0), why: { mentions: 20, baselineMentions: 0, terms: [], categories: [], languages: [], exampleIds: ['x:1000005'] } };
  let posts: { url: string; body: string }[];
  let status: number;
  let permitted: boolean;
  const deps = (): DeliveryInput => ({
    alertSettings: AlertSettingsSchema.parse({ webhookUrl: 'https://hooks.example.com/T/1' }),
    now: DAY0 + MIN,
    transport: {
      post: async (url, body) => {
        posts.push({ url, body });
        return status;
      },
      hasPermission: async () => permitted,
    },
    log: () => undefined,
  });
  const deliver = () => deliverDueWebhooks(idbAlertStore(async () => db), deps());

  beforeEach(async () => {
    posts = [];
    status = 200;
    permitted = true;
    await putMentions(db, [row(5, { text: 'secret customer words' })]);
    await writeAlertData(db, { alerts: [alert] });
  });

  test('sends the summary and links only, then marks it sent', async () => {
    expect(await deliver()).toEqual({ attempted: 1, changed: [alert.id] });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe('https://hooks.example.com/T/1');
    expect(posts[0]!.body).toContain('https://x.com/u/status/1000005');
    expect(posts[0]!.body).not.toContain('secret customer words');
    expect((await getAlert(db, alert.id))?.webhook).toEqual({ state: 'sent', attempts: 1, sentAt: new Date(DAY0 + MIN).toISOString() });
    expect(await deliver()).toEqual({ attempted: 0, changed: [] });
  });

  test.each([
    ['an HTTP error', 500, true, 'HTTP 500'],
    ['no host permission', 200, false, 'the browser has no permission to reach this URL'],
  ])('%s is kept on the alert with the next retry time', async (_name, code, allowed, error) => {
    status = code;
    permitted = allowed;
    // The run says when to come back: the 1-minute back-off, not the next 5-minute tick.
    expect(await deliver()).toEqual({ attempted: 1, changed: [alert.id], nextRetryAt: DAY0 + 2 * MIN });
    expect((await getAlert(db, alert.id))?.webhook).toEqual({
      state: 'pending',
      attempts: 1,
      lastError: error,
      nextAttemptAt: new Date(DAY0 + 2 * MIN).toISOString(),
    });
    expect(posts).toHaveLength(allowed ? 1 : 0);
  });
});

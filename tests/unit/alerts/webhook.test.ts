import { describe, expect, test } from 'vitest';
import { createAlert } from '../../../lib/alerts/lifecycle.ts';
import { RETRY_DELAYS_MS, afterAttempt, buildWebhookPayload, isDue, nextRetryAt, pendingDelivery } from '../../../lib/alerts/webhook.ts';
import type { WebhookDelivery } from '../../../lib/schema.ts';
import { DAY0, MIN } from './fixtures.ts';

const alert = {
  ...createAlert({
    scope: 'category:delivery',
    onset: { start: DAY0, evidence: 8, expected: 2.4, negatives: 31, total: 60 },
    preset: 'balanced',
    threshold: 3,
    provisional: false,
    now: DAY0 + 5 * MIN,
  }),
  why: {
    mentions: 31,
    baselineMentions: 40,
    terms: [{ text: 'parcel <lost>', count: 9, baseline: 0 }],
    categories: [],
    languages: [],
    exampleIds: ['x:1'],
  },
};

describe('webhook payload', () => {
  test('Slack-compatible: summary, terms and links only, mrkdwn escaped', () => {
    const p = buildWebhookPayload(alert, {
      scopeLabel: 'Delivery complaints',
      links: ['https://x.com/u/status/1', 'javascript:alert(1)'],
    });
    expect(p.text).toBe(
      'Crisis Desk: high complaint surge — Delivery complaints. 31 negative mentions since 2025-06-02T00:00:00.000Z (about 2 expected).',
    );
    expect(p.blocks).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text:
            '*Crisis Desk: high complaint surge — Delivery complaints*\n' +
            '31 negative mentions since 2025-06-02T00:00:00.000Z (about 2 expected)\n' +
            'Top terms: parcel &lt;lost&gt;\n' +
            '<https://x.com/u/status/1|example 1>',
        },
      },
    ]);
  });
});

describe('delivery with back-off', () => {
  test('each failure waits longer, then it fails for good and says why', () => {
    let d: WebhookDelivery = pendingDelivery(DAY0);
    expect(isDue(d, DAY0)).toBe(true);
    const waits: number[] = [];
    let now = DAY0;
    while (d.state === 'pending') {
      d = afterAttempt(d, { ok: false, error: 'HTTP 500' }, now);
      if (d.nextAttemptAt) {
        waits.push(Date.parse(d.nextAttemptAt) - now);
        expect(isDue(d, now)).toBe(false);
        now = Date.parse(d.nextAttemptAt);
        expect(isDue(d, now)).toBe(true);
      }
    }
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(d).toEqual({ state: 'failed', attempts: 6, lastError: 'HTTP 500' });
  });

  test('a success ends it', () => {
    expect(afterAttempt({ state: 'pending', attempts: 2, lastError: 'timeout' }, { ok: true }, DAY0)).toEqual({
      state: 'sent',
      attempts: 3,
      sentAt: '2025-06-02T00:00:00.000Z',
    });
  });
});

describe('next retry time', () => {
  const at = (ms: number) => new Date(ms).toISOString();
  test.each<[string, (WebhookDelivery | undefined)[], number | undefined]>([
    ['nothing pending', [undefined, { state: 'sent', attempts: 1, sentAt: at(DAY0) }], undefined],
    ['failed for good is not retried', [{ state: 'failed', attempts: 6, lastError: 'HTTP 500' }], undefined],
    [
      'the earliest pending one',
      [
        { state: 'pending', attempts: 2, nextAttemptAt: at(DAY0 + 15 * MIN) },
        { state: 'pending', attempts: 1, nextAttemptAt: at(DAY0 + MIN) },
        { state: 'sent', attempts: 1, sentAt: at(DAY0) },
      ],
      DAY0 + MIN,
    ],
  ])('%s', (_name, deliveries, expected) => {
    expect(nextRetryAt(deliveries.map((webhook) => (webhook ? { webhook } : {})))).toBe(expected);
  });
});

/**
 * Amazon reviews carry a day, not a time (issue 13, "Every platform counts"): 30 one-star reviews
 * of one watched product, dated today and captured within the hour, fire the product's alert;
 * old reviews captured the same way are history, never a surge.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { countedAt, isDatedToday, isDayDated } from '../../../lib/alerts/counting-time.ts';
import { createAlertEngine, type AlertEngine, type AlertRunContext } from '../../../lib/alerts/engine.ts';
import { DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS, SurgeScopeStateSchema, type StoredMention } from '../../../lib/schema.ts';
import { DAY0, MIN, row } from './fixtures.ts';
import { memoryAlertStore, type MemoryAlertStore } from './memory-alert-store.ts';

const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ASIN = 'B00VOLTRA1';
const settings = { ...DEFAULT_SETTINGS, productIds: [ASIN] };
const ctx = (now: number): AlertRunContext => ({ now, utcOffsetMinutes: 0, settings, alertSettings: DEFAULT_ALERT_SETTINGS });

let store: MemoryAlertStore;
let engine: AlertEngine;
let n = 0;

/** A review of the watched product dated `day` (00:00 UTC, as the adapter stores it), captured at `capturedAt`. */
function review(day: number, capturedAt: number, stars: 1 | 3 | 5, text = 'Charger stopped working after a week'): StoredMention {
  const r = row(++n, { platform: 'amazon', productId: ASIN, label: stars === 1 ? 'negative' : stars === 3 ? 'neutral' : 'positive', text });
  const posted = new Date(day).toISOString();
  return { ...r, postedAt: posted, sortAt: posted, capturedAt: new Date(capturedAt).toISOString(), rating: stars };
}

beforeEach(() => {
  store = memoryAlertStore();
  engine = createAlertEngine({ store, log: () => undefined });
  n = 0;
});

describe('counting time', () => {
  test.each([
    ['an X post counts when it was posted', { platform: 'x' as const, postedAt: '2025-06-02T10:17:03.000Z', capturedAt: '2025-06-02T12:00:00.000Z' }, '2025-06-02T10:17:03.000Z'],
    ['a review dated today counts when it was captured', { platform: 'amazon' as const, postedAt: '2025-06-02T00:00:00.000Z', capturedAt: '2025-06-02T14:20:00.000Z' }, '2025-06-02T14:20:00.000Z'],
    // A US review dated June 1 seen at 01:00 UTC June 2 (still June 1 in California).
    ['dated yesterday in UTC, today in its marketplace', { platform: 'amazon' as const, postedAt: '2025-06-01T00:00:00.000Z', capturedAt: '2025-06-02T01:00:00.000Z' }, '2025-06-02T01:00:00.000Z'],
    ['a review from last month is history: its own date', { platform: 'amazon' as const, postedAt: '2025-05-03T00:00:00.000Z', capturedAt: '2025-06-02T14:20:00.000Z' }, '2025-05-03T00:00:00.000Z'],
  ])('%s', (_name, r, expected) => {
    const timed = { ...r, sortAt: r.postedAt };
    expect(new Date(countedAt(timed)).toISOString()).toBe(expected);
  });

  test('only day-dated sources: an Amazon review with a time is not one', () => {
    expect(isDayDated({ platform: 'amazon', postedAt: '2025-06-02T00:00:00.000Z' })).toBe(true);
    expect(isDayDated({ platform: 'amazon', postedAt: '2025-06-02T00:00:01.000Z' })).toBe(false);
    expect(isDayDated({ platform: 'x', postedAt: '2025-06-02T00:00:00.000Z' })).toBe(false);
    expect(isDatedToday({ platform: 'amazon', postedAt: '2025-06-05T00:00:00.000Z', capturedAt: '2025-06-02T10:00:00.000Z', sortAt: '2025-06-05T00:00:00.000Z' })).toBe(false);
  });
});

describe('a burst of one-star reviews dated today', () => {
  test("fires the product's alert; the product page's old reviews are history", async () => {
    // Day 0, 08:00: the operator opens the product's reviews: 20 old ones (history).
    const opened = DAY0 + 8 * HOUR;
    store.storeNew(Array.from({ length: 20 }, (_, i) => review(DAY0 - (30 + i) * DAY, opened, i % 4 === 0 ? 1 : 5)));
    await engine.onCreated(ctx(opened));
    // Two quiet days: a few reviews dated today turn up as the page is looked at now and then.
    for (let t = opened + HOUR; t < DAY0 + 2 * DAY + 14 * HOUR; t += HOUR) {
      const day = Math.floor(t / DAY) * DAY;
      if ((t - opened) % (7 * HOUR) === 0) {
        store.storeNew([review(day, t, (t - opened) % (28 * HOUR) === 0 ? 1 : 5)]);
        await engine.onCreated(ctx(t));
      }
      await engine.tick(ctx(t));
    }
    expect([...store.alerts.values()]).toEqual([]);

    // Day 2, 14:00–14:50: 30 one-star reviews dated today, captured in batches every 10 minutes.
    const burst = DAY0 + 2 * DAY + 14 * HOUR;
    for (let k = 0; k < 6; k++) {
      const at = burst + k * 10 * MIN;
      store.storeNew(Array.from({ length: 5 }, (_, i) => review(DAY0 + 2 * DAY, at + i * 1000, 1, `Charger overheated and melted, one star ${k}-${i}`)));
      await engine.onCreated(ctx(at + MIN));
      await engine.tick(ctx(at + 5 * MIN));
    }
    const product = [...store.alerts.values()].filter((a) => a.scope === `product:${ASIN}`);
    expect(product).toHaveLength(1);
    expect(Date.parse(product[0]!.startedAt)).toBeGreaterThanOrEqual(burst - 5 * MIN);
    expect(Date.parse(product[0]!.startedAt)).toBeLessThan(burst + HOUR);
    // Its "why" reads the reviews by when they counted (captured), not their midnight date.
    expect(product[0]!.why?.mentions).toBeGreaterThanOrEqual(5);
    expect(product[0]!.why?.terms.map((t) => t.text)).toContain('melted');

    const state = SurgeScopeStateSchema.parse(store.states.get(`product:${ASIN}`));
    expect(state.history).toEqual({ negatives: 5, total: 20 });
    expect(state.late).toEqual({ negatives: 0, total: 0 });
  });
});

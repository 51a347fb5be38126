/**
 * One burst, one event (issue 13): alerts of overlapping spans that share most of their mentions
 * are one event listing its scopes; badge, notification and webhook count events; actions act on
 * the whole event; a resolved event can be reopened.
 */
import { describe, expect, test } from 'vitest';
import { applyAlertMessage } from '../../../lib/alerts/actions.ts';
import { linkEvents } from '../../../lib/alerts/event-links.ts';
import { eventOf, groupEvents, joinEvent, onePerEvent, openEventCount, sharesMost, spansOverlap } from '../../../lib/alerts/events.ts';
import { applyAction, badgeFor, createAlert } from '../../../lib/alerts/lifecycle.ts';
import { DEFAULT_SETTINGS, type Alert, type AlertScope } from '../../../lib/schema.ts';
import { DAY0, MIN, row } from './fixtures.ts';
import { memoryAlertStore } from './memory-alert-store.ts';

function alert(scope: AlertScope, startMin: number, o: Partial<Alert> = {}): Alert {
  const a = createAlert({ scope, onset: { start: DAY0 + startMin * MIN, evidence: 4, expected: 1, negatives: 20, total: 30 }, preset: 'balanced', threshold: 2.5, provisional: false, now: DAY0 + startMin * MIN });
  return { ...a, ...o };
}

describe('grouping alerts into events', () => {
  const lead = alert('all', 0, { severity: 'medium' });
  const x = alert('platform:x', 5, { eventId: lead.id, severity: 'high' });
  const safety = alert('category:safety', 5, { eventId: lead.id, status: 'ended', endedAt: new Date(DAY0 + 60 * MIN).toISOString() });
  const other = alert('product:B000000001', 300, { status: 'resolved' });

  test('members under their lead, broadest scope first; the event takes the highest severity', () => {
    const [first, second] = groupEvents([safety, other, x, lead]);
    expect(first).toMatchObject({ id: lead.id, scopes: ['all', 'platform:x', 'category:safety'], status: 'open', severity: 'high', startedAt: lead.startedAt });
    expect(first!.endedAt).toBeUndefined();
    expect(second).toMatchObject({ id: other.id, scopes: ['product:B000000001'], status: 'resolved' });
    expect(eventOf([first!, second!], x.id)?.id).toBe(lead.id);
  });

  test('the badge counts open events, not open alerts', () => {
    expect(openEventCount([lead, x, safety, other])).toBe(1);
    expect(badgeFor(openEventCount([lead, x, safety, other]), 4).text).toBe('!1');
    // Resolving the event leaves nothing open (the "!3, resolve one, !2").
    const resolved = [lead, x, safety].map((a) => { const r = applyAction(a, 'resolve', DAY0); return r.ok ? r.alert : a; });
    expect(openEventCount(resolved)).toBe(0);
  });

  test('an event ends when its last member does; one notification per event, the lead preferred', () => {
    const ended = groupEvents([lead, x].map((a) => ({ ...a, status: 'ended' as const, endedAt: new Date(DAY0 + (a === lead ? 50 : 70) * MIN).toISOString() })));
    expect(ended[0]!.endedAt).toBe(new Date(DAY0 + 70 * MIN).toISOString());
    expect(onePerEvent([x, lead, other]).map((a) => a.id)).toEqual([lead.id, other.id]);
  });
});

describe('who joins an event', () => {
  test.each([
    ['the same mentions', ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], true],
    ['a narrower scope inside a broad one, most of it', ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], true],
    ['a small part of a big burst', ['a'], ['a', 'b', 'c', 'd', 'e'], false],
    ['different mentions', ['a', 'b'], ['c', 'd'], false],
    ['nothing', [], ['a'], false],
  ])('%s', (_name, a, b, expected) => {
    expect(sharesMost(new Set(a), new Set(b))).toBe(expected);
  });

  test('spans: overlapping, or ended within half an hour', () => {
    const now = DAY0 + 120 * MIN;
    const fresh = alert('platform:x', 100);
    expect(spansOverlap(fresh, alert('all', 90), now)).toBe(true);
    expect(spansOverlap(fresh, alert('all', 0, { endedAt: new Date(DAY0 + 80 * MIN).toISOString() }), now)).toBe(true);
    expect(spansOverlap(fresh, alert('all', 0, { endedAt: new Date(DAY0 + 60 * MIN).toISOString() }), now)).toBe(false);
  });

  test("a joining alert takes the event's state and never posts on its own", () => {
    const fresh = { ...alert('platform:x', 10), webhook: { state: 'pending' as const, attempts: 0 } };
    const snoozedUntil = new Date(DAY0 + 90 * MIN).toISOString();
    expect(joinEvent(fresh, alert('all', 0, { status: 'snoozed', snoozedUntil }))).toMatchObject({ status: 'snoozed', snoozedUntil, eventId: `all|${DAY0}` });
    expect(joinEvent(fresh, alert('all', 0, { status: 'acknowledged' })).status).toBe('acknowledged');
    expect(joinEvent(fresh, alert('all', 0))).not.toHaveProperty('webhook');
  });

  test('linking reads the mentions: the same burst joins, a burst about something else does not', async () => {
    const store = memoryAlertStore();
    const settings = DEFAULT_SETTINGS;
    const now = DAY0 + 30 * MIN;
    // 20 safety complaints on X (negative everywhere), and 10 refund complaints on Amazon.
    store.storeNew([
      ...Array.from({ length: 20 }, (_, i) => row(i + 1, { sortAt: DAY0 + 6 * MIN + i * 1000, categories: ['safety'] })),
      ...Array.from({ length: 10 }, (_, i) => row(100 + i, { platform: 'amazon', sortAt: DAY0 + 6 * MIN + i * 1000, categories: ['refund'] })),
    ]);
    const brand = alert('all', 5);
    const x = alert('platform:x', 5);
    const safety = alert('category:safety', 5);
    const refund = alert('category:refund', 5);
    const byId = new Map([brand, x, safety, refund].map((a) => [a.id, a]));
    const joined = await linkEvents({ store, fresh: [refund, safety, x, brand], byId, settings, now });
    // X and safety are 20 of the brand's 30; refund is 10 of 30, and its own 10 are not X's or safety's.
    expect(joined.map((a) => [a.scope, a.eventId]).sort()).toEqual([
      ['category:safety', brand.id],
      ['platform:x', brand.id],
    ]);
  });
});

describe('actions on an event', () => {
  async function storeWithEvent() {
    const store = memoryAlertStore();
    const lead = alert('all', 0);
    const x = alert('platform:x', 5, { eventId: lead.id });
    const done = alert('category:safety', 5, { eventId: lead.id, status: 'ended', endedAt: new Date(DAY0 + 40 * MIN).toISOString() });
    const unrelated = alert('product:B000000001', 0);
    for (const a of [lead, x, done, unrelated]) store.alerts.set(a.id, a);
    return { store, lead, x, done, unrelated };
  }

  test('resolving any member resolves the event; an ended member stays ended; other events are untouched', async () => {
    const { store, lead, x, done, unrelated } = await storeWithEvent();
    expect(await applyAlertMessage(store, { type: 'alert/set-status', id: x.id, action: 'resolve' }, DAY0 + 50 * MIN)).toEqual({ ok: true });
    expect([lead, x, done, unrelated].map((a) => store.alerts.get(a.id)!.status)).toEqual(['resolved', 'resolved', 'ended', 'open']);
  });

  test('a resolved event can be reopened; reopening an open one is refused', async () => {
    const { store, lead, x } = await storeWithEvent();
    await applyAlertMessage(store, { type: 'alert/set-status', id: lead.id, action: 'resolve' }, DAY0 + 50 * MIN);
    expect(await applyAlertMessage(store, { type: 'alert/set-status', id: lead.id, action: 'reopen' }, DAY0 + 55 * MIN)).toEqual({ ok: true });
    expect([lead, x].map((a) => store.alerts.get(a.id)!.status)).toEqual(['open', 'open']);
    expect(await applyAlertMessage(store, { type: 'alert/set-status', id: lead.id, action: 'reopen' }, DAY0 + 56 * MIN)).toEqual({ ok: false, error: 'alert is open', code: 'invalid' });
  });

  test('snooze applies to every live member for the chosen time', async () => {
    const { store, lead, x } = await storeWithEvent();
    await applyAlertMessage(store, { type: 'alert/set-status', id: lead.id, action: 'snooze', minutes: 240 }, DAY0 + 50 * MIN);
    const until = new Date(DAY0 + 290 * MIN).toISOString();
    expect([lead, x].map((a) => store.alerts.get(a.id))).toMatchObject([
      { status: 'snoozed', snoozedUntil: until },
      { status: 'snoozed', snoozedUntil: until },
    ]);
  });
});

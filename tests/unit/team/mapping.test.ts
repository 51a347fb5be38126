/** Replicated documents into inbox rows, and the response figures read from them. */
import { describe, expect, test } from 'vitest';
import type { StoredMention } from '../../../lib/schema.ts';
import { eventDoc } from '../../../lib/team/docs.ts';
import { foldMention } from '../../../lib/team/fold.ts';
import { mapTeamRow } from '../../../lib/team/mapping.ts';
import { firstResponseMinutes, responseSummary, responseTargetMs } from '../../../lib/team/response-times.ts';
import { sharedDoc, storedRow } from './fixtures.ts';

const T = (time: string) => `2026-12-07T${time}.000Z`;
const NOW = new Date(T('12:00:00'));
let n = 0;
const ev = (by: string, time: string, action: 'claim' | 'release' | 'status', status?: 'replied' | 'dismissed' | 'escalated' | 'open') =>
  eventDoc({ mentionId: 'x:9', by, at: T(time), action, ...(status ? { status } : {}) }, `n${n++}`);

describe('mapTeamRow', () => {
  const doc = sharedDoc('x:9', 'ben', T('10:00:00'), { capturedAt: T('09:59:00') });

  test('a teammate’s mention becomes a row, with the team’s status', () => {
    const row = mapTeamRow({ current: undefined, doc, folded: foldMention([ev('ben', '10:05:00', 'status', 'replied')]), me: 'ana', now: NOW })!;
    expect(row).toMatchObject({ id: 'x:9', status: 'handled', statusChangedAt: T('10:05:00'), capturedAt: T('09:59:00'), activityAt: NOW.toISOString() });
    expect(row.team).toEqual({ status: 'replied', statusBy: 'ben', statusAt: T('10:05:00'), firstResponseAt: T('10:05:00'), firstResponseBy: 'ben', capturedBy: 'ben' });
  });

  test('events without the mention make no row (the document comes later)', () => {
    expect(mapTeamRow({ current: undefined, doc: undefined, folded: foldMention([ev('ben', '10:00:00', 'claim')]), me: 'ana', now: NOW })).toBeUndefined();
  });

  test.each<[string, Partial<StoredMention>, Parameters<typeof foldMention>[0], Partial<StoredMention>]>([
    ['a claim by a teammate', { team: {} }, [ev('ben', '10:00:00', 'claim')], { status: 'open', team: { claimedBy: 'ben', claimedAt: T('10:00:00') } }],
    ['escalated keeps it open', { status: 'open', team: {} }, [ev('ben', '10:00:00', 'status', 'escalated')], { status: 'open', team: { status: 'escalated', statusBy: 'ben', statusAt: T('10:00:00') } }],
    ['dismissed by a teammate', { status: 'open' }, [ev('ben', '10:00:00', 'status', 'dismissed')], { status: 'dismissed', statusChangedAt: T('10:00:00') }],
    ['reopened by a teammate', { status: 'handled' }, [ev('ben', '10:00:00', 'status', 'open')], { status: 'open', statusChangedAt: T('10:00:00') }],
    ['a status decided here before the workspace stays without team events', { status: 'dismissed', statusChangedAt: T('08:00:00') }, [], { status: 'dismissed', statusChangedAt: T('08:00:00') }],
  ])('%s', (_name, before, events, after) => {
    const current = storedRow('x:9', before);
    const next = mapTeamRow({ current, doc, folded: foldMention(events), me: 'ana', now: NOW });
    expect(next ?? current).toMatchObject(after);
  });

  test('mapping again with nothing new writes nothing', () => {
    for (const events of [[], [ev('ben', '10:00:00', 'claim'), ev('ben', '10:01:00', 'status', 'replied')]]) {
      const folded = foldMention(events);
      for (const current of [undefined, storedRow('x:9')]) {
        const once = mapTeamRow({ current, doc, folded, me: 'ana', now: NOW }) ?? current;
        expect(mapTeamRow({ current: once, doc, folded, me: 'ana', now: new Date(NOW.getTime() + 60_000) })).toBeUndefined();
      }
    }
  });

  test('a lost claim is on the loser’s row', () => {
    const folded = foldMention([ev('ben', '10:00:00', 'claim'), ev('ana', '10:00:01', 'claim')]);
    const row = mapTeamRow({ current: storedRow('x:9'), doc, folded, me: 'ana', now: NOW })!;
    expect(row.team).toMatchObject({ claimedBy: 'ben', lostClaimAt: T('10:00:01') });
  });

  test('a teammate’s mention follows the team’s document; one captured here keeps its capture', () => {
    const grown = sharedDoc('x:9', 'ben', T('10:10:00'), { text: 'the longer text' });
    const fromTeam = storedRow('x:9', { team: { capturedBy: 'ben' } });
    expect(mapTeamRow({ current: fromTeam, doc: grown, folded: foldMention([]), me: 'ana', now: NOW })?.text).toBe('the longer text');
    const mine = storedRow('x:9', { text: 'my capture' });
    const kept = mapTeamRow({ current: mine, doc: sharedDoc('x:9', 'ana', T('10:10:00'), { text: 'the longer text' }), folded: foldMention([]), me: 'ana', now: NOW });
    expect((kept ?? mine).text).toBe('my capture');
  });
});

describe('first-response times and the target', () => {
  const row = (id: string, posted: string, answered?: string, by?: string, status: StoredMention['status'] = answered ? 'handled' : 'open') =>
    storedRow(id, { postedAt: T(posted), sortAt: T(posted), capturedAt: T(posted), status, team: answered ? { firstResponseAt: T(answered), firstResponseBy: by } : {} });

  test.each([
    ['posted to first answer', row('x:1', '10:00:00', '10:42:30', 'ana'), 42.5],
    ['unanswered', row('x:2', '10:00:00'), undefined],
    ['an answer before the post (a wrong clock) counts as 0', row('x:3', '10:00:00', '09:59:00', 'ana'), 0],
  ])('%s', (_name, r, minutes) => {
    expect(firstResponseMinutes(r)).toBe(minutes);
  });

  test('the summary: per agent, overall, unanswered and overdue against the inbox’s target', () => {
    const rows = [
      row('x:1', '10:00:00', '10:10:00', 'ana'),
      row('x:2', '10:00:00', '10:30:00', 'ana'),
      row('x:3', '10:00:00', '12:00:00', 'ben'),
      row('x:4', '11:30:00'), // waiting 30 min: not overdue
      row('x:5', '10:30:00'), // waiting 90 min: overdue
      row('x:6', '09:00:00', undefined, undefined, 'dismissed'), // not waiting
      { ...row('x:7', '09:00:00'), flagged: 0 as const }, // not flagged: not the team's queue
    ];
    const s = responseSummary(rows, { now: Date.parse(T('12:00:00')), targetMs: responseTargetMs({}) });
    expect(s.targetMinutes).toBe(60);
    expect(s.overall).toEqual({ answered: 3, medianMinutes: 30, p90Minutes: 120, withinTarget: 2 / 3 });
    expect(s.perAgent).toEqual([
      { agent: 'ana', answered: 2, medianMinutes: 10, p90Minutes: 30, withinTarget: 1 },
      { agent: 'ben', answered: 1, medianMinutes: 120, p90Minutes: 120, withinTarget: 0 },
    ]);
    expect([s.unanswered, s.overdue]).toEqual([2, 1]);
    // The inbox's setting, when the settings have it.
    expect(responseSummary(rows, { now: Date.parse(T('12:00:00')), targetMs: responseTargetMs({ responseTargetMinutes: 20 }) }).overdue).toBe(2);
  });
});

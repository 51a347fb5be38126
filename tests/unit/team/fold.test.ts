import { describe, expect, test } from 'vitest';
import { eventDoc, replyDoc, type EventDoc } from '../../../lib/team/docs.ts';
import { foldMention, localStatusOf, teamFieldOf } from '../../../lib/team/fold.ts';
import type { TeamStatus } from '../../../lib/schema.ts';

const M = 'x:1001';
let n = 0;
/** `10:00:05` style times on one day; nonce counts up so ids differ. */
function ev(by: string, time: string, action: EventDoc['action'], status?: TeamStatus, nonce?: string): EventDoc {
  return eventDoc({ mentionId: M, by, at: `2026-12-07T${time}.000Z`, action, ...(status ? { status } : {}) }, nonce ?? `n${String(n++).padStart(4, '0')}`);
}

describe('claims: the first claim wins, the others queue behind it', () => {
  test.each([
    ['one claim holds', [ev('ana', '10:00:00', 'claim')], 'ana', []],
    ['the earlier clock wins whatever the arrival order', [ev('ben', '10:00:05', 'claim'), ev('ana', '10:00:00', 'claim')], 'ana', ['ben']],
    ['same millisecond: the name decides (code-unit order)', [ev('ben', '10:00:00', 'claim'), ev('ana', '10:00:00', 'claim')], 'ana', ['ben']],
    ['upper case sorts before lower case, deterministically', [ev('ana', '10:00:00', 'claim'), ev('Zoe', '10:00:00', 'claim')], 'Zoe', ['ana']],
    ['release by the holder passes it to the next in line', [ev('ana', '10:00:00', 'claim'), ev('ben', '10:00:05', 'claim'), ev('ana', '10:01:00', 'release')], 'ben', []],
    ['release by someone in the queue only leaves the queue', [ev('ana', '10:00:00', 'claim'), ev('ben', '10:00:05', 'claim'), ev('ben', '10:00:30', 'release')], 'ana', []],
    ['a release by someone without a claim changes nothing', [ev('ana', '10:00:00', 'claim'), ev('cai', '10:00:30', 'release')], 'ana', []],
    ['claiming twice (two devices) keeps the first time', [ev('ana', '10:00:00', 'claim'), ev('ben', '10:00:05', 'claim'), ev('ana', '10:00:09', 'claim')], 'ana', ['ben']],
    ['released, then claimed again: back at the end of the queue', [ev('ana', '10:00:00', 'claim'), ev('ben', '10:00:05', 'claim'), ev('ana', '10:00:10', 'release'), ev('ana', '10:00:20', 'claim')], 'ben', ['ana']],
    ['everyone released: nobody has it', [ev('ana', '10:00:00', 'claim'), ev('ana', '10:00:10', 'release')], undefined, []],
    ['an offline claim with an earlier clock wins on reconnecting', [ev('ben', '10:30:00', 'claim'), ev('ana', '10:00:00', 'claim')], 'ana', ['ben']],
    ['three agents: two lost claims, both told who has it', [ev('cai', '10:00:02', 'claim'), ev('ben', '10:00:01', 'claim'), ev('ana', '10:00:03', 'claim')], 'ben', ['cai', 'ana']],
  ])('%s', (_name, events, holder, lost) => {
    const folded = foldMention(events);
    expect(folded.claim?.agent).toBe(holder);
    expect(folded.lost.map((l) => l.agent)).toEqual(lost);
    for (const l of folded.lost) expect(l.winner).toBe(holder);
    // Arrival order never matters.
    expect(foldMention([...events].reverse())).toEqual(folded);
  });
});

describe('status: the latest by the agents clocks, ties broken by name then id', () => {
  test.each([
    ['one status', [ev('ana', '10:00:00', 'status', 'replied')], 'replied', 'ana'],
    ['the later clock wins', [ev('ana', '10:05:00', 'status', 'dismissed'), ev('ben', '10:00:00', 'status', 'replied')], 'dismissed', 'ana'],
    ['same time: the later name wins (the order is ascending, the last one stands)', [ev('ben', '10:00:00', 'status', 'escalated'), ev('ana', '10:00:00', 'status', 'replied')], 'escalated', 'ben'],
    ['same time and name: the larger id wins', [ev('ana', '10:00:00', 'status', 'escalated', 'b'), ev('ana', '10:00:00', 'status', 'dismissed', 'a')], 'escalated', 'ana'],
    ['reopened after a reply', [ev('ana', '10:00:00', 'status', 'replied'), ev('ben', '10:10:00', 'status', 'open')], 'open', 'ben'],
    ['claims do not set a status', [ev('ana', '10:00:00', 'claim')], undefined, undefined],
  ])('%s', (_name, events, status, by) => {
    const folded = foldMention(events);
    expect(folded.status?.status).toBe(status);
    expect(folded.status?.by).toBe(by);
    expect(foldMention([...events].reverse())).toEqual(folded);
  });
});

describe('first response', () => {
  const reply = (by: string, time: string) =>
    replyDoc({ mentionId: M, by, at: `2026-12-07T${time}.000Z`, channel: 'x-reply' }, `r${String(n++).padStart(4, '0')}`);
  test.each([
    ['none yet', [ev('ana', '10:00:00', 'claim')], [], undefined],
    ['the first replied status', [ev('ana', '10:03:00', 'status', 'replied'), ev('ben', '10:09:00', 'status', 'handled')], [], ['ana', '10:03:00', 'status']],
    ['a recorded reply before any status', [ev('ana', '10:03:00', 'status', 'replied')], [reply('ben', '10:02:00')], ['ben', '10:02:00', 'reply']],
    ['a status before the recorded reply', [ev('ana', '10:01:00', 'status', 'handled')], [reply('ben', '10:02:00')], ['ana', '10:01:00', 'status']],
    ['dismissed and escalated are not answers', [ev('ana', '10:01:00', 'status', 'escalated'), ev('ana', '10:02:00', 'status', 'dismissed')], [], undefined],
    ['a reopen does not undo the first answer', [ev('ana', '10:01:00', 'status', 'replied'), ev('ana', '10:02:00', 'status', 'open')], [], ['ana', '10:01:00', 'status']],
  ])('%s', (_name, events, replies, expected) => {
    const first = foldMention(events, replies).firstResponse;
    expect(first ? [first.by, first.at.slice(11, 19), first.via] : undefined).toEqual(expected);
  });
});

describe('the row field, seen by one agent', () => {
  const events = [ev('ana', '10:00:00', 'claim'), ev('ben', '10:00:01', 'claim'), ev('ana', '10:04:00', 'status', 'replied')];
  test('the loser sees their lost claim; the winner and others do not', () => {
    const folded = foldMention(events);
    expect(teamFieldOf(folded, { capturedBy: 'cai' }, 'ben')).toEqual({
      claimedBy: 'ana',
      claimedAt: '2026-12-07T10:00:00.000Z',
      lostClaimAt: '2026-12-07T10:00:01.000Z',
      status: 'replied',
      statusBy: 'ana',
      statusAt: '2026-12-07T10:04:00.000Z',
      firstResponseAt: '2026-12-07T10:04:00.000Z',
      firstResponseBy: 'ana',
      capturedBy: 'cai',
    });
    expect(teamFieldOf(folded, { capturedBy: 'cai' }, 'ana').lostClaimAt).toBeUndefined();
    expect(teamFieldOf(folded, { capturedBy: 'ana' }, 'ana').capturedBy).toBeUndefined();
  });

  test.each([
    ['open', 'open'],
    ['escalated', 'open'],
    ['replied', 'handled'],
    ['handled', 'handled'],
    ['dismissed', 'dismissed'],
  ] as const)('team status %s is the inbox status %s', (team, local) => {
    expect(localStatusOf(team)).toBe(local);
  });
});

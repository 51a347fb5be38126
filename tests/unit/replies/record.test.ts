// Replies recorded on a mention: bounded history, undo, first-response minutes, the inbox facet
// and the export's columns.
import { describe, expect, test } from 'vitest';
import { REPLY_FACET_DECIDED, REPLY_FACET_NONE, REPLY_FACET_NO_TEMPLATE, replyExtras, replyFacetValue } from '../../../lib/replies/inbox.ts';
import { firstResponse, withoutReply, withReply } from '../../../lib/replies/record.ts';
import { MAX_REPLIES_PER_MENTION, StoredMentionSchema, type ReplyRecord } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';

const rec = (at: string, o: Partial<ReplyRecord> = {}): ReplyRecord => ({ at, agent: 'me', channel: 'x-reply', via: 'x-insert', ...o });
const minute = (m: number) => new Date(Date.parse('2025-03-15T10:00:00.000Z') + m * 60_000).toISOString();

describe('recording', () => {
  test('records stay in time order; over the bound the first response is kept and the oldest others go', () => {
    let replies: ReplyRecord[] | undefined;
    replies = withReply(replies, rec(minute(5), { channel: 'none', via: 'none' }));
    replies = withReply(replies, rec(minute(9), { templateId: 'first' }));
    replies = withReply(replies, rec(minute(7), { templateId: 'late-clock' }));
    expect(replies.map((r) => r.templateId ?? r.channel)).toEqual(['none', 'late-clock', 'first']);
    for (let i = 10; i < 40; i++) replies = withReply(replies, rec(minute(i), { templateId: `t${i}` }));
    expect(replies).toHaveLength(MAX_REPLIES_PER_MENTION);
    // The first response (minute 7) survives; the decision at minute 5 and the early ones went.
    expect(replies[0]!.templateId).toBe('late-clock');
    expect(replies.at(-1)!.templateId).toBe('t39');
    // What is stored parses (the bound is in the schema too).
    expect(StoredMentionSchema.safeParse({ ...stored(1), replies }).success).toBe(true);
    expect(StoredMentionSchema.safeParse({ ...stored(1), replies: [...replies, rec(minute(99))] }).success).toBe(false);
  });

  test('undo removes exactly the record made at that time', () => {
    const replies = [rec(minute(1)), rec(minute(2))];
    expect(withoutReply(replies, minute(2))).toEqual([rec(minute(1))]);
    expect(withoutReply([rec(minute(1))], minute(1))).toBeUndefined();
  });
});

describe('first response', () => {
  test.each([
    { name: 'X: from the post’s time', row: { platform: 'x' as const, postedAt: minute(0), capturedAt: minute(2) }, at: minute(3), minutes: 3, from: 'posted' },
    { name: 'X without a posted time: from capture', row: { platform: 'x' as const, capturedAt: minute(2) }, at: minute(3), minutes: 1, from: 'captured' },
    {
      name: 'Amazon (a day, not a time): from capture',
      row: { platform: 'amazon' as const, postedAt: '2025-03-15T00:00:00.000Z', capturedAt: minute(0) },
      at: minute(45),
      minutes: 45,
      from: 'captured',
    },
    { name: 'a reply clock behind the post: 0, never negative', row: { platform: 'x' as const, postedAt: minute(10), capturedAt: minute(10) }, at: minute(8), minutes: 0, from: 'posted' },
  ])('$name', ({ row, at, minutes, from }) => {
    expect(firstResponse({ ...row, replies: [rec(at)] })).toMatchObject({ minutes, from });
  });

  test('a decision not to reply is no response', () => {
    expect(firstResponse({ platform: 'x', postedAt: minute(0), capturedAt: minute(0), replies: [rec(minute(4), { channel: 'none', via: 'none' })] })).toBeUndefined();
    expect(
      firstResponse({ platform: 'x', postedAt: minute(0), capturedAt: minute(0), replies: [rec(minute(4), { channel: 'none', via: 'none' }), rec(minute(6))] })?.minutes,
    ).toBe(6);
  });
});

describe('inbox facet and export columns', () => {
  test('facet values: not replied, decided, no template, the template', () => {
    expect(replyFacetValue(undefined)).toBe(REPLY_FACET_NONE);
    expect(replyFacetValue(rec(minute(1), { channel: 'none', via: 'none' }))).toBe(REPLY_FACET_DECIDED);
    expect(replyFacetValue(rec(minute(1)))).toBe(REPLY_FACET_NO_TEMPLATE);
    expect(replyFacetValue(rec(minute(1), { templateId: 'vp20k-holding-x' }))).toBe('vp20k-holding-x');
  });

  test('export extras come from the first response', async () => {
    const rows = [
      { platform: 'x' as const, postedAt: minute(0), capturedAt: minute(1), replies: [rec(minute(12), { templateId: 'a', statementVersion: 2, incidentId: 'inc' }), rec(minute(30), { templateId: 'b' })] },
      { platform: 'x' as const, postedAt: minute(0), capturedAt: minute(1) },
    ];
    expect(await replyExtras.extrasFor(rows)).toEqual([{ templateId: 'a', statementVersion: 2, agent: 'me', incident: 'inc', firstResponseMinutes: 12 }, undefined]);
  });
});

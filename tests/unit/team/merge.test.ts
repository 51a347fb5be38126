import { describe, expect, test } from 'vitest';
import { DOC_VERSION, eventDoc, type IncidentDoc, type MentionDoc, type StatementDoc, type TeamDoc } from '../../../lib/team/docs.ts';
import { mergeMentionRevisions, resolveConflict, stableJson } from '../../../lib/team/merge.ts';
import { sharedDoc } from './fixtures.ts';

const T = (time: string) => `2026-12-07T${time}.000Z`;

function withRev<T extends TeamDoc>(doc: T, rev: string): T {
  return { ...doc, _rev: rev };
}

describe('mention documents: merged, nothing left out', () => {
  const ana = withRev(sharedDoc('x:7', 'ana', T('10:00:00'), { capturedAt: T('09:58:00'), text: 'short', flagReasons: ['negative'] }), '2-a');
  const ben = withRev(
    sharedDoc('x:7', 'ben', T('10:05:00'), { capturedAt: T('09:59:00'), text: 'short… and the longer text', flagged: 0, flagReasons: [], watchMatches: ['acme'] }),
    '2-b',
  );
  test.each([
    ['text from the latest capture', (m: MentionDoc) => m.row.text, 'short… and the longer text'],
    ['first capture time from the earliest', (m: MentionDoc) => m.row.capturedAt, T('09:58:00')],
    ['first capturer from the earliest', (m: MentionDoc) => m.capturedBy, 'ana'],
    ['flagged if anyone flagged it', (m: MentionDoc) => m.row.flagged, 1],
    ['flag reasons joined', (m: MentionDoc) => m.row.flagReasons, ['negative']],
    ['watch matches joined', (m: MentionDoc) => m.row.watchMatches, ['acme']],
  ])('%s', (_name, read, expected) => {
    expect(read(mergeMentionRevisions([ana, ben]))).toEqual(expected);
    expect(read(mergeMentionRevisions([ben, ana]))).toEqual(expected);
  });

  test('equal capture times: the agent name decides, then the revision', () => {
    const a = withRev(sharedDoc('x:7', 'ana', T('10:00:00'), { text: 'from ana' }), '2-z');
    const b = withRev(sharedDoc('x:7', 'ben', T('10:00:00'), { text: 'from ben' }), '2-a');
    expect(mergeMentionRevisions([a, b]).row.text).toBe('from ben');
    expect(mergeMentionRevisions([b, a]).row.text).toBe('from ben');
  });

  test('resolution: the merged content on the winner, the loser deleted, no kept copy', () => {
    const { writes } = resolveConflict(ana, [ben], 'cai', T('11:00:00'));
    expect(writes.map((w) => [w._id, w._rev, w._deleted ?? false])).toEqual([
      ['mention:x:7', '2-a', false],
      ['mention:x:7', '2-b', true],
    ]);
  });
});

describe('documents that are not merged: one stands, the others are kept', () => {
  const incident = (by: string, updatedAt: string, title: string, rev: string): IncidentDoc => ({
    _id: 'incident:recall-1',
    _rev: rev,
    type: 'incident',
    v: DOC_VERSION,
    by,
    updatedAt,
    incident: { id: 'recall-1', title },
  });
  const statement = (by: string, at: string, text: string, rev: string): StatementDoc => ({
    _id: 'statement:recall-1:0000003',
    _rev: rev,
    type: 'statement',
    v: DOC_VERSION,
    incidentId: 'recall-1',
    version: 3,
    by,
    at,
    record: { text },
  });
  test.each([
    ['incident: the latest edit stands', incident('ana', T('10:00:00'), 'A', '3-a'), [incident('ben', T('10:02:00'), 'B', '3-b')], 'B'],
    ['incident: equal times, the later name stands', incident('ben', T('10:00:00'), 'B', '3-a'), [incident('ana', T('10:00:00'), 'A', '3-b')], 'B'],
    ['statement: the first published keeps the version', statement('ana', T('10:02:00'), 'A', '1-a'), [statement('ben', T('10:01:00'), 'B', '1-b')], 'B'],
    ['statement: equal times, the earlier name keeps it', statement('ben', T('10:00:00'), 'B', '1-a'), [statement('ana', T('10:00:00'), 'A', '1-b')], 'A'],
  ])('%s', (_name, winner, losers, standing) => {
    const { writes, merged } = resolveConflict(winner, losers, 'cai', T('11:00:00'));
    const text = (d: TeamDoc) => (d.type === 'incident' ? d.incident.title : d.type === 'statement' ? d.record.text : undefined);
    expect(text(merged)).toBe(standing);
    const kept = writes.filter((w) => w.type === 'kept');
    // The revision that does not stand is kept whole, with what it was and who resolved it.
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ of: winner._id, by: 'cai', at: T('11:00:00') });
    expect(text((kept[0] as unknown as { doc: TeamDoc }).doc)).not.toBe(standing);
    // Every losing leaf is deleted.
    expect(writes.filter((w) => w._deleted).map((w) => w._rev)).toEqual(losers.map((l) => l._rev));
  });

  test('identical content in both leaves: only the loser is deleted, nothing is kept', () => {
    const e = eventDoc({ mentionId: 'x:7', by: 'ana', at: T('10:00:00'), action: 'claim' }, 'n1');
    const { writes } = resolveConflict({ ...e, _rev: '1-a' }, [{ ...e, _rev: '1-b' }], 'cai', T('11:00:00'));
    expect(writes).toEqual([{ _id: e._id, _rev: '1-b', _deleted: true }]);
  });
});

test('stableJson ignores key order and undefined', () => {
  expect(stableJson({ b: 1, a: [1, { d: undefined, c: 2 }] })).toBe(stableJson({ a: [1, { c: 2 }], b: 1 }));
});

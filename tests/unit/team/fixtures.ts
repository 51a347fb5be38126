/** Team documents for tests: a stored mention row and the shared document made from it. */
import type { StoredMention } from '../../../lib/schema.ts';
import { mentionDoc, type MentionDoc, type TeamMentionRow } from '../../../lib/team/docs.ts';

export function storedRow(id: string, overrides: Partial<StoredMention> = {}): StoredMention {
  const at = '2026-12-07T09:00:00.000Z';
  return {
    id,
    platform: 'x',
    permalink: `https://x.com/someone/status/${id.slice(2)}`,
    authorHandle: 'someone',
    text: `My parcel never arrived, order ${id}`,
    postedAt: at,
    analysis: { lang: 'en', langConfidence: 0.9, sentiment: { score: -0.6, label: 'negative' }, analyzer: 'test-1' },
    flagged: 1,
    flagReasons: ['negative'],
    watchMatches: [],
    status: 'open',
    capturedAt: at,
    sortAt: at,
    activityAt: at,
    ...overrides,
  };
}

export function sharedRow(row: StoredMention): TeamMentionRow {
  const { status: _s, statusChangedAt: _c, activityAt: _a, team: _t, ...shared } = row;
  return shared;
}

export function sharedDoc(id: string, by: string, seenAt: string, overrides: Partial<StoredMention> = {}): MentionDoc {
  return mentionDoc(sharedRow(storedRow(id, overrides)), by, seenAt);
}

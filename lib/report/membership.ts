/**
 * Which stored mentions an incident's report reads. A mention belongs to the incident when
 *
 * - its text (or review title, or quoted post) matches one of the incident's keywords, by the same
 *   rules as its alert keyword set (lib/alerts/keyword-match.ts), whatever the incident's status
 *   (lib/incident/keywords.ts `incidentMatcher` skips resolved incidents; a report is mostly read
 *   after the resolution), or
 * - a reply recorded on it names the incident (`replies[].incidentId`): an agent answered it with
 *   the incident's statement, so it was part of the incident even without a keyword.
 *
 * Keywords are matched against the incident's keywords as they are now (the history of keyword
 * edits is not kept).
 */
import { compileKeywordSets } from '../alerts/keyword-match.ts';
import type { StoredIncident } from '../incident/schema.ts';
import type { StoredMention } from '../schema.ts';

export type MembershipReason = 'keyword' | 'reply';

export type ReportMention = Pick<
  StoredMention,
  'id' | 'platform' | 'text' | 'title' | 'quotedText' | 'postedAt' | 'capturedAt' | 'sortAt' | 'flagged' | 'status' | 'replies' | 'team'
> & { analysis: Pick<StoredMention['analysis'], 'lang' | 'sentiment' | 'complaint'> };

export interface Member<M extends ReportMention = ReportMention> {
  mention: M;
  reasons: MembershipReason[];
}

export function incidentMembers<M extends ReportMention>(incident: Pick<StoredIncident, 'id' | 'keywords'>, mentions: Iterable<M>): Member<M>[] {
  const matcher = incident.keywords.length > 0 ? compileKeywordSets([{ id: 'incident', terms: incident.keywords }]) : undefined;
  const out: Member<M>[] = [];
  for (const mention of mentions) {
    const reasons: MembershipReason[] = [];
    if (matcher && matcher.match(mention).length > 0) reasons.push('keyword');
    if ((mention.replies ?? []).some((r) => r.incidentId === incident.id)) reasons.push('reply');
    if (reasons.length > 0) out.push({ mention, reasons });
  }
  return out;
}

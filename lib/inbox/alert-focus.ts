/**
 * From an alert to its mentions: the flagged mentions posted in the alert's span that count as
 * negative in one of its scopes (lib/alerts/scopes.ts decides scope membership, exactly as the
 * alert engine counted them). An incident may watch several scopes: any of them.
 */
import { scopeHit } from '../alerts/scopes.ts';
import type { KeywordMatcher } from '../alerts/keyword-match.ts';
import type { Settings, StoredMention } from '../schema.ts';
import type { InboxFocus } from './query.ts';

export type ScopesFocus = Extract<InboxFocus, { kind: 'scopes' }>;

export function inScopesFocus(
  row: StoredMention,
  focus: ScopesFocus,
  settings: Pick<Settings, 'brands' | 'handles' | 'productIds'>,
  keywords?: KeywordMatcher,
): boolean {
  if (row.flagged !== 1) return false;
  if (row.sortAt < focus.from || (focus.to !== undefined && row.sortAt >= focus.to)) return false;
  return focus.scopes.some((scope) => scopeHit(row, scope, settings, keywords)?.negative === true);
}

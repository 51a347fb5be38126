/**
 * Which scopes a stored mention counts in, and whether it counts there as negative.
 *
 * Every scope has a numerator (negative mentions) and a denominator (every mention seen in the
 * same population), because the extension only sees what operators scroll: one operator opening a
 * search page raises both, and the detector's share test then sees nothing unusual (issue 4).
 *
 * Populations:
 * - `all` and `platform:*`: mentions "for the brand" — those matching a watch term, or every
 *   mention while the watch list is empty (the same rule `flagging.ts` uses for a fresh install).
 * - `category:*`: the brand population; negative = the analysis found that complaint category.
 *   All categories share the brand denominator, so a category's share is "of everything seen".
 * - `product:<ASIN>`: reviews/posts of a WATCHED product only (an operator browsing hundreds of
 *   unrelated products must not create hundreds of scopes), whether or not the brand is named.
 * - `keywords:<set id>` (incident keyword sets, one scope per ENABLED set): the brand population;
 *   negative = negative AND the text matches the set (keyword-match.ts). Like categories, every
 *   set shares the brand denominator: a set's share is "of everything seen", so a search page full
 *   of the incident's words raises it only when the mentions are also negative, and a set that
 *   matches nothing still counts what was seen (its baseline of zero negatives is real).
 *   A disabled or deleted set has no scope: no hits, numerator or denominator.
 *
 * Negative = what `flagging.ts` calls a candidate: a negative sentiment label or any complaint
 * category.
 */
import { ComplaintCategorySchema, type AlertScope, type Settings, type StoredMention } from '../schema.ts';
import type { KeywordMatcher, KeywordText } from './keyword-match.ts';

export interface ScopeHit {
  scope: AlertScope;
  negative: boolean;
  /** `keywords:*` scopes where the mention is negative: the set's terms it matched. */
  terms?: string[];
}

/** What scopesOf reads of a stored mention (the text fields only when keyword sets are given). */
export type ScopeRow = Pick<StoredMention, 'platform' | 'productId' | 'analysis' | 'watchMatches'> & KeywordText;

export const BRAND_SCOPE: AlertScope = 'all';

export function isNegative(row: Pick<StoredMention, 'analysis'>): boolean {
  return row.analysis.sentiment.label === 'negative' || (row.analysis.complaint?.categories.length ?? 0) > 0;
}

function hasWatchList(settings: Pick<Settings, 'brands' | 'handles' | 'productIds'>): boolean {
  return settings.brands.length + settings.handles.length + settings.productIds.length > 0;
}

/**
 * Every scope the mention counts in (its denominator), each with whether it is negative there.
 * `keywords` is the compiled list of keyword sets (`keywordMatcher(alertSettings.keywordSets)`);
 * without it there are no `keywords:*` scopes.
 */
export function scopesOf(
  row: ScopeRow,
  settings: Pick<Settings, 'brands' | 'handles' | 'productIds'>,
  keywords?: KeywordMatcher,
): ScopeHit[] {
  const hits: ScopeHit[] = [];
  const negative = isNegative(row);
  const inBrand = !hasWatchList(settings) || row.watchMatches.length > 0;
  if (inBrand) {
    hits.push({ scope: BRAND_SCOPE, negative });
    hits.push({ scope: `platform:${row.platform}`, negative });
    const categories = new Set(row.analysis.complaint?.categories ?? []);
    for (const category of ComplaintCategorySchema.options) {
      hits.push({ scope: `category:${category}`, negative: categories.has(category) });
    }
    if (keywords && keywords.ids.length > 0) {
      // Only a negative mention can be a numerator anywhere: the others skip the text matching.
      const matched = new Map<string, string[]>(negative ? keywords.match(row).map((h) => [h.id, h.terms] as const) : []);
      for (const id of keywords.ids) {
        const terms = matched.get(id);
        hits.push(terms ? { scope: `keywords:${id}`, negative: true, terms } : { scope: `keywords:${id}`, negative: false });
      }
    }
  }
  if (row.productId !== undefined && settings.productIds.includes(row.productId)) {
    hits.push({ scope: `product:${row.productId}`, negative });
  }
  return hits;
}

export type ScopeKind = 'all' | 'platform' | 'product' | 'category' | 'keywords';

/** `'platform:x'` -> `{ kind: 'platform', value: 'x' }`; `'all'` -> `{ kind: 'all' }`. */
export function parseScope(scope: AlertScope): { kind: ScopeKind; value?: string } {
  const colon = scope.indexOf(':');
  if (colon < 0) return { kind: 'all' };
  return { kind: scope.slice(0, colon) as ScopeKind, value: scope.slice(colon + 1) };
}

/** Whether a stored mention belongs to the scope's population, and is negative there: used to
 * pick the mentions behind an alert ("why this spike"). */
export function scopeHit(
  row: ScopeRow,
  scope: AlertScope,
  settings: Pick<Settings, 'brands' | 'handles' | 'productIds'>,
  keywords?: KeywordMatcher,
): ScopeHit | undefined {
  return scopesOf(row, settings, keywords).find((h) => h.scope === scope);
}

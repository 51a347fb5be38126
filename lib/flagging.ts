/**
 * Which mentions need an agent. A mention is a candidate when the analysis calls it negative or
 * finds a complaint category. If the team watches terms (brands, handles, product ids) and
 * `watchOnly` is on, only candidates that mention one of them are flagged; with no terms at all
 * every candidate is, so a fresh install shows something before anyone configures it.
 */
import type { Analysis, Mention, Settings } from './schema.ts';

export interface FlagDecision {
  flagged: boolean;
  /** Short machine strings: 'negative', 'complaint:delivery', 'watch:brand:acme'… Empty when
   * not flagged. */
  reasons: string[];
  /** The watch terms the mention matched, whether or not it is flagged: the brand as configured,
   * a handle as '@handle', a product id. */
  watchMatches: string[];
}

// Limits of StoredMentionSchema.flagReasons / watchMatches.
const MAX_REASONS = 20;
const MAX_REASON_CHARS = 80;
const MAX_WATCH_MATCHES = 50;

interface WatchMatcher {
  term: string;
  reason: string;
  matches(m: Mention): boolean;
}

// Letters of scripts written with spaces between words, digits and combining marks. A brand
// edge made of these needs a neighbour that is not one of them ("Acme" must not match inside
// "Acmeville"); CJK and other unspaced scripts match anywhere ("Acmeの配送" mentions Acme).
const WORD_CHAR = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}_]`;
const WORD_CHAR_RE = new RegExp(`^${WORD_CHAR}$`, 'u');

function escapeRegExp(s: string): string {
  // Only syntax characters: in 'u' mode escaping anything else (like '-') is a SyntaxError.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** NFKC folds full-width letters (ＡＣＭＥ, common in Japanese text) to the plain ones. */
function fold(s: string): string {
  return s.normalize('NFKC');
}

function brandMatcher(brand: string): WatchMatcher {
  const folded = fold(brand);
  const chars = [...folded];
  const before = WORD_CHAR_RE.test(chars[0] ?? '') ? `(?<!${WORD_CHAR})` : '';
  const after = WORD_CHAR_RE.test(chars[chars.length - 1] ?? '') ? `(?!${WORD_CHAR})` : '';
  const re = new RegExp(`${before}${escapeRegExp(folded)}${after}`, 'iu');
  return {
    term: brand,
    reason: `watch:brand:${folded.toLowerCase()}`,
    matches: (m) => re.test(fold(m.text)) || (m.title !== undefined && re.test(fold(m.title))),
  };
}

function handleMatcher(handle: string): WatchMatcher {
  const lower = handle.toLowerCase();
  // X handles are [A-Za-z0-9_]{1,15}; the look-behind keeps e-mail addresses (help@acme) out.
  const re = new RegExp(`(?<![A-Za-z0-9_@])@${escapeRegExp(handle)}(?![A-Za-z0-9_])`, 'i');
  return {
    term: `@${handle}`,
    reason: `watch:handle:${lower}`,
    matches: (m) => m.authorHandle?.replace(/^@/, '').toLowerCase() === lower || re.test(fold(m.text)),
  };
}

function productMatcher(productId: string): WatchMatcher {
  return { term: productId, reason: `watch:product:${productId}`, matches: (m) => m.productId === productId };
}

function uniqueBy(values: readonly string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// A batch calls decideFlag once per mention with the same Settings object: build the regular
// expressions once per Settings.
const matcherCache = new WeakMap<Settings, WatchMatcher[]>();

function watchMatchers(s: Settings): WatchMatcher[] {
  let matchers = matcherCache.get(s);
  if (!matchers) {
    matchers = [
      ...uniqueBy(s.brands.map((b) => b.trim()).filter(Boolean), (b) => fold(b).toLowerCase()).map(brandMatcher),
      ...uniqueBy(s.handles.map((h) => h.trim().replace(/^@/, '')).filter(Boolean), (h) => h.toLowerCase()).map(handleMatcher),
      ...uniqueBy(s.productIds.map((p) => p.trim()).filter(Boolean), (p) => p).map(productMatcher),
    ];
    matcherCache.set(s, matchers);
  }
  return matchers;
}

/** Sentiment score from which a complaint phrase alone no longer flags (VADER's scale: 0.5 is a
 * strongly positive text, well past the ±0.05 label boundary). */
export const CLEARLY_POSITIVE = 0.5;

export function decideFlag(m: Mention, a: Analysis, s: Settings): FlagDecision {
  const candidateReasons: string[] = [];
  if (a.sentiment.label === 'negative') candidateReasons.push('negative');
  // A complaint phrase flags on its own unless the whole mention is clearly positive: a five-star
  // "no more overheating with this one!" names the safety category but needs no answer, while a
  // mildly positive "Great, it arrived broken" (sarcasm the lexicon misreads) still does.
  if (a.sentiment.score < CLEARLY_POSITIVE) {
    for (const category of new Set(a.complaint?.categories ?? [])) candidateReasons.push(`complaint:${category}`);
  }

  const matchers = watchMatchers(s);
  const matched = matchers.filter((w) => w.matches(m));
  const watchGate = s.watchOnly && matchers.length > 0;
  const flagged = candidateReasons.length > 0 && (!watchGate || matched.length > 0);

  const reasons = flagged
    ? [...candidateReasons, ...matched.map((w) => w.reason)].slice(0, MAX_REASONS).map((r) => r.slice(0, MAX_REASON_CHARS))
    : [];
  return { flagged, reasons, watchMatches: matched.slice(0, MAX_WATCH_MATCHES).map((w) => w.term) };
}

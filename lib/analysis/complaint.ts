/**
 * Complaint categories and the evidence behind a verdict, from the hits every layer found. A
 * category comes from the phrase layer (phrase-match.ts: "never arrived" is delivery, "refund"
 * is refund) and is named only when the hit's own strength or the text's tone backs it up.
 */
import type { ComplaintCategory, Evidence, SentimentLabel } from '../schema.ts';
import type { CueResult } from './category-cues.ts';
import type { Hit } from './hits.ts';
import { originalSpan, type PreparedText } from './prepare.ts';

/** Evidence spans kept per analysis: enough to show why, small enough to store per mention. */
const MAX_EVIDENCE = 24;
/** Phrase valence at or below which a complaint category stands on its own. */
const STRONG_COMPLAINT = -2;

export interface Complaint {
  categories: ComplaintCategory[];
  evidence: Evidence[];
}

/**
 * Where a hit sits. Each is a number that grows along the text, equal for two hits exactly when
 * nothing of its kind separates them.
 * - clause: the sentence, cut again at contrast words ("Fast delivery, but the screen cracked").
 * - stretch: the clause, cut again at any punctuation (commas too).
 */
export interface HitPlace {
  clause(h: Hit): number;
  stretch(h: Hit): number;
}

/**
 * Complaint categories and the evidence behind a verdict. Offsets are into `original`, the text
 * the caller analysed (analysis/index.ts says which string that is for a mention). `cues` are the
 * category-cue layer's findings (category-cues.ts): their categories are added to the phrase
 * layer's, with the frame and topic as evidence.
 */
export function complaintOf(hits: readonly Hit[], label: SentimentLabel, prepared: PreparedText, original: string, place: HitPlace, cues?: CueResult): Complaint {
  const categories: ComplaintCategory[] = [];
  const evidence: Evidence[] = [];
  const categoryOf = subjectCategories(hits, place);
  // A fault negated in a way the phrase layer does not read ("不是假货", "not a fake") names nothing.
  const notComplaint = (h: Hit): boolean => cues?.notComplaints.some((s) => s.start < h.end && h.start < s.end) ?? false;
  // Clauses holding something negative other than a topic: a topic ("account", "customer
  // service") names its category only next to the complaint, so "Love the new account page. The
  // app is awful though" and "The parcel came early but the screen is cracked" name no account
  // or delivery complaint.
  const negativeClauses = new Set<number>();
  for (const h of hits) if (h.kind !== 'topic' && h.valence < 0) negativeClauses.add(place.clause(h));
  // A topic that is what a weak complaint word of another category is about belongs to it: "Colis
  // retourné" (a parcel sent back) is a refund matter, not a delivery one.
  const claimed = new Map<number, ComplaintCategory>();
  hits.forEach((h, i) => {
    const category = categoryOf[i];
    if (h.kind !== 'topic' && category && h.valence < 0 && h.valence > STRONG_COMPLAINT) claimed.set(place.stretch(h), category);
  });
  const topicNamed = (h: Hit, category: ComplaintCategory): boolean => {
    if (!negativeClauses.has(place.clause(h))) return false;
    const claim = claimed.size > 0 ? claimed.get(place.stretch(h)) : undefined;
    return claim === undefined || claim === category;
  };
  hits.forEach((h, i) => {
    const category = categoryOf[i] ?? null;
    // Strong complaint phrases name their category whatever the overall tone; weak ones ("refund")
    // only when the text as a whole is negative; topics only when their own clause is, too.
    const categorised =
      category !== null &&
      (h.valence <= STRONG_COMPLAINT || (label === 'negative' && h.valence <= 0 && (h.kind !== 'topic' || topicNamed(h, category)))) &&
      !notComplaint(h);
    if (categorised && !categories.includes(category)) categories.push(category);
    let kind: string | undefined;
    if (categorised) kind = h.kind === 'topic' ? 'topic' : 'complaint';
    else if (label === 'negative' && h.valence < 0) kind = h.negated ? 'negation' : h.kind === 'word' ? 'negative-word' : h.kind;
    if (!kind) return;
    const from = h.negated && h.negatorStart !== undefined ? Math.min(h.negatorStart, h.start) : h.start;
    const [start, end] = originalSpan(prepared, from, h.end);
    const item: Evidence = { start, end, text: original.slice(start, end), kind };
    if (categorised) item.category = category;
    evidence.push(item);
  });
  // The cue layer (category-cues.ts) goes after the phrase layer: it may only add where that
  // named nothing, and a problem put right takes back what a topic alone named.
  // (Nothing named, nothing to take back: and the cue layer reads "resolved" only when asked.)
  if (categories.length > 0 && cues?.resolved) {
    const strong = new Set(hits.map((h, i) => (h.valence <= STRONG_COMPLAINT && !notComplaint(h) ? categoryOf[i] : null)));
    for (let i = categories.length - 1; i >= 0; i--) if (!strong.has(categories[i] ?? null)) categories.splice(i, 1);
    for (const e of evidence) {
      if (e.category && !categories.includes(e.category as ComplaintCategory)) {
        delete e.category;
        e.kind = 'negative-word';
      }
    }
  }
  for (const f of cues?.findings(categories.length > 0) ?? []) {
    if (!categories.includes(f.category)) categories.push(f.category);
    for (const [span, kind] of [[f.frame, 'complaint'], [f.topic, 'topic']] as const) {
      if (!span || evidence.some((e) => e.category === f.category && e.kind === kind && e.start <= span.start && span.start < e.end)) continue;
      const [start, end] = originalSpan(prepared, span.start, span.end);
      const same = evidence.find((e) => e.start === start && e.end === end);
      // A word the sentiment layer showed already ("kaputt" as a negative word) now says why.
      if (same && same.category === undefined) Object.assign(same, { kind, category: f.category });
      else if (!same) evidence.push({ start, end, text: original.slice(start, end), kind, category: f.category });
    }
  }
  evidence.sort((a, b) => a.start - b.start);
  return { categories, evidence: evidence.slice(0, MAX_EVIDENCE) };
}

/**
 * Each hit's category, with generic failures (pack.ts `generic`: "doesn't work", "never came")
 * given their subject's: the nearest subject in the same stretch of text, before or after ("the
 * tracking link doesn't work", "still waiting on my refund"). A subject is a hit that names a
 * thing rather than a failure: a topic ("password", "Paket") or a weak complaint word ("refund",
 * "Erstattung"), not a generic hit and not a strong complaint ("ignored me").
 */
function subjectCategories(hits: readonly Hit[], place: HitPlace): (ComplaintCategory | null)[] {
  const out = hits.map((h) => h.category);
  if (!hits.some((h) => h.generic && h.category !== null)) return out;
  const subjects = hits.filter((h) => h.category !== null && !h.generic && h.valence > STRONG_COMPLAINT && h.valence <= 0).sort((a, b) => a.start - b.start);
  if (subjects.length === 0) return out;
  hits.forEach((h, i) => {
    if (!h.generic || h.category === null) return;
    const stretch = place.stretch(h);
    // Hits of the phrase layer never overlap, so the nearest subjects are the neighbours in order.
    const at = firstStartingFrom(subjects, h.start);
    const before = subjects[at - 1];
    let k = at;
    while (k < subjects.length && (subjects[k]?.start ?? 0) < h.end) k += 1;
    const after = subjects[k];
    let best: Hit | undefined;
    for (const s of [before, after]) {
      if (!s || place.stretch(s) !== stretch) continue;
      if (!best || gap(s, h) < gap(best, h)) best = s;
    }
    if (best) out[i] = best.category;
  });
  return out;
}

function gap(a: Hit, b: Hit): number {
  return a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;
}

function firstStartingFrom(hits: readonly Hit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

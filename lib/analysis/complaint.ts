/**
 * Complaint categories and the evidence behind a verdict, from the hits every layer found. A
 * category comes from the phrase layer (phrase-match.ts: "never arrived" is delivery, "refund"
 * is refund) and is named only when the hit's own strength or the text's tone backs it up.
 */
import type { ComplaintCategory, Evidence, SentimentLabel } from '../schema.ts';
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
 * Complaint categories and the evidence behind a verdict. Offsets are into `original`, the text
 * the caller analysed (analysis/index.ts says which string that is for a mention).
 */
export function complaintOf(
  hits: readonly Hit[],
  label: SentimentLabel,
  prepared: PreparedText,
  original: string,
  sentenceOfHit: (h: Hit) => number,
): Complaint {
  const categories: ComplaintCategory[] = [];
  const evidence: Evidence[] = [];
  // Sentences holding something negative other than a topic: a topic ("account", "customer
  // service") names its category only next to the complaint, so "Love the new account page. The
  // app is awful though" is no account complaint.
  const negativeSentences = new Set<number>();
  for (const h of hits) if (h.kind !== 'topic' && h.valence < 0) negativeSentences.add(sentenceOfHit(h));
  for (const h of hits) {
    // Strong complaint phrases name their category whatever the overall tone; weak ones ("refund")
    // only when the text as a whole is negative; topics only when their own sentence is, too.
    const categorised =
      h.category !== null &&
      (h.valence <= STRONG_COMPLAINT || (label === 'negative' && h.valence <= 0 && (h.kind !== 'topic' || negativeSentences.has(sentenceOfHit(h)))));
    if (categorised && h.category && !categories.includes(h.category)) categories.push(h.category);
    let kind: string | undefined;
    if (categorised) kind = h.kind === 'topic' ? 'topic' : 'complaint';
    else if (label === 'negative' && h.valence < 0) kind = h.negated ? 'negation' : h.kind === 'word' ? 'negative-word' : h.kind;
    if (!kind) continue;
    const from = h.negated && h.negatorStart !== undefined ? Math.min(h.negatorStart, h.start) : h.start;
    const [start, end] = originalSpan(prepared, from, h.end);
    const item: Evidence = { start, end, text: original.slice(start, end), kind };
    if (categorised && h.category) item.category = h.category;
    evidence.push(item);
  }
  evidence.sort((a, b) => a.start - b.start);
  return { categories, evidence: evidence.slice(0, MAX_EVIDENCE) };
}

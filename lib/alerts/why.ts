/**
 * "Why this spike": what the negative mentions of the alert span have that the baseline window's
 * did not — top terms and phrases, the complaint categories and languages whose share grew, and
 * example mentions. Pure: the background passes the rows it read from the mention store.
 *
 * A term's score is its excess over what the baseline predicts: c − n·(b / m), where c of the n
 * span mentions contain it and b of the m baseline mentions did. So the brand name, present in
 * every mention before and during, scores about 0, and a phrase that appears from nowhere scores
 * its full count. Terms need at least 2 span mentions: one post is an example, not a pattern.
 */
import type { AlertWhy, StoredMention } from '../schema.ts';
import type { Nlp } from './nlp.ts';
import { termsOf } from './phrases.ts';

export interface WhyInput {
  span: readonly StoredMention[];
  baseline: readonly StoredMention[];
  /** compromise, for English noun phrases (`await loadNlp()`). */
  nlp: Nlp;
  /** Terms never reported (watched brand names and handles: they are in every mention). */
  exclude?: readonly string[];
  maxTerms?: number;
  maxExamples?: number;
}

const MIN_TERM_MENTIONS = 2;

function docFrequency(rows: readonly StoredMention[], exclude: ReadonlySet<string>, nlp: Nlp): Map<string, number> {
  const df = new Map<string, number>();
  for (const row of rows) {
    const text = row.title ? `${row.title}. ${row.text}` : row.text;
    const seen = new Set<string>();
    for (const raw of termsOf(text, row.analysis.lang, nlp)) {
      // "acme recall notice" -> "recall notice": the watched name is in every mention.
      const term = raw
        .split(' ')
        .filter((w) => !exclude.has(w) && !exclude.has(w.replace(/['’]s$/, '')))
        .join(' ');
      if (!term || seen.has(term)) continue;
      seen.add(term);
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return df;
}

function shares(rows: readonly StoredMention[], keysOf: (r: StoredMention) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of new Set(keysOf(r))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function grew(
  span: readonly StoredMention[],
  baseline: readonly StoredMention[],
  keysOf: (r: StoredMention) => readonly string[],
): AlertWhy['categories'] {
  const now = shares(span, keysOf);
  const before = shares(baseline, keysOf);
  const n = Math.max(span.length, 1);
  const m = Math.max(baseline.length, 1);
  const out: AlertWhy['categories'] = [];
  for (const [key, count] of now) {
    const share = count / n;
    const baselineShare = (before.get(key) ?? 0) / m;
    if (share > baselineShare) out.push({ key, count, share, baselineShare });
  }
  return out.sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || b.count - a.count || a.key.localeCompare(b.key)).slice(0, 8);
}

export function explainSpike(input: WhyInput): AlertWhy {
  const { span, baseline } = input;
  const exclude = new Set((input.exclude ?? []).map((x) => x.toLowerCase().replace(/^@/, '')));
  const spanDf = docFrequency(span, exclude, input.nlp);
  const baseDf = docFrequency(baseline, exclude, input.nlp);
  const n = span.length;
  const m = baseline.length;
  const terms = [...spanDf]
    .filter(([, c]) => c >= MIN_TERM_MENTIONS)
    .map(([text, count]) => {
      const b = baseDf.get(text) ?? 0;
      return { text, count, baseline: b, excess: count - (m > 0 ? (n * b) / m : 0) };
    })
    .filter((t) => t.excess > 0)
    // Longer phrases first among equals: "replacement order" says more than "order".
    .sort((a, b) => b.excess - a.excess || b.text.split(' ').length - a.text.split(' ').length || a.text.localeCompare(b.text))
    .slice(0, input.maxTerms ?? 8)
    .map(({ text, count, baseline: b }) => ({ text: text.slice(0, 80), count, baseline: b }));

  const examples = [...span]
    .sort((a, b) => a.analysis.sentiment.score - b.analysis.sentiment.score || b.sortAt.localeCompare(a.sortAt) || a.id.localeCompare(b.id))
    .slice(0, input.maxExamples ?? 5)
    .map((r) => r.id);

  return {
    mentions: n,
    baselineMentions: m,
    terms,
    categories: grew(span, baseline, (r) => r.analysis.complaint?.categories ?? []),
    languages: grew(span, baseline, (r) => [r.analysis.lang]),
    exampleIds: examples,
  };
}

/**
 * Example mentions for "why this spike": up to five DISTINCT posts that show the spike, spread over
 * its languages and platforms. A burst is full of copies (retweets with a word changed, the same
 * complaint pasted by many accounts); five copies of one post say less than five posts.
 *
 * - Relevance: posts containing more of the spike's top terms first, then the most negative, then
 *   the newest (ids break ties, so the choice is stable).
 * - Spread: the span's (language, platform) groups take turns, the biggest group first, so a burst
 *   that is 60% English on X and 20% Japanese shows both.
 * - Near-duplicates collapsed: a post whose character-trigram set overlaps a chosen one's by
 *   NEAR_DUPLICATE (Jaccard) or more is skipped — language-agnostic, and robust to a changed word,
 *   an added handle or link.
 */
import type { StoredMention } from '../schema.ts';
import { cleanText } from './phrases.ts';

export const NEAR_DUPLICATE = 0.6;

/** Character trigrams of the text without links, handles, punctuation and case. */
export function shingles(text: string): Set<string> {
  const norm = cleanText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const chars = [...norm];
  const out = new Set<string>();
  if (chars.length < 3) {
    if (norm) out.add(norm);
    return out;
  }
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return out;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Ids of up to `max` examples from `span`. `termRows` are, per top term, the indices of the span
 * mentions that contain it (why.ts).
 */
export function pickExamples(span: readonly StoredMention[], termRows: readonly (readonly number[])[], max: number): string[] {
  if (max <= 0 || span.length === 0) return [];
  const relevance = new Array<number>(span.length).fill(0);
  for (const rows of termRows) for (const i of rows) relevance[i]!++;
  const order = span
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = span[a]!;
      const rb = span[b]!;
      return (
        relevance[b]! - relevance[a]! ||
        ra.analysis.sentiment.score - rb.analysis.sentiment.score ||
        rb.sortAt.localeCompare(ra.sortAt) ||
        ra.id.localeCompare(rb.id)
      );
    });
  const groups = new Map<string, number[]>();
  for (const i of order) {
    const key = `${span[i]!.analysis.lang}|${span[i]!.platform}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const queues = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([, g]) => g);
  const chosen: { id: string; shingles: Set<string> }[] = [];
  const cursor = queues.map(() => 0);
  let progress = true;
  while (chosen.length < max && progress) {
    progress = false;
    for (let q = 0; q < queues.length && chosen.length < max; q++) {
      const queue = queues[q]!;
      while (cursor[q]! < queue.length) {
        const row = span[queue[cursor[q]!++]!]!;
        const sh = shingles(row.title ? `${row.title} ${row.text}` : row.text);
        if (chosen.some((c) => similarity(c.shingles, sh) >= NEAR_DUPLICATE)) continue;
        chosen.push({ id: row.id, shingles: sh });
        progress = true;
        break;
      }
    }
  }
  return chosen.map((c) => c.id);
}

/**
 * The stored mentions that COUNT in [from, to) (counting-time.ts): those posted then, and the
 * day-dated ones (Amazon reviews, stored at 00:00 UTC of their date) captured then while dated
 * today. The store is indexed by posted time only, so the day-dated rows are read at the UTC
 * midnights around the span — exact keys, a few small reads — rather than by a new index.
 */
import type { StoredMention } from '../schema.ts';
import { countedAt, dayStartsAround } from './counting-time.ts';
import type { AlertStore } from './store.ts';

export async function mentionsCountedBetween(store: Pick<AlertStore, 'mentionsPostedBetween'>, from: number, to: number, limit: number): Promise<StoredMention[]> {
  if (!(to > from)) return [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const reads = [
    store.mentionsPostedBetween(iso(from), iso(to), limit),
    ...dayStartsAround(from, to).map((d) => store.mentionsPostedBetween(iso(d), iso(d + 1), limit)),
  ];
  const seen = new Set<string>();
  const out: StoredMention[] = [];
  for (const rows of await Promise.all(reads)) {
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const at = countedAt(row);
      if (at >= from && at < to) out.push(row);
    }
  }
  return out.slice(0, limit);
}

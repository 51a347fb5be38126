/**
 * Full-text search over the inbox (MiniSearch 7, kept in memory in the side panel): post and
 * review text, review title, quoted text, author name and handle, and product id, in every
 * language (tokenize.ts). Search narrows the list like any other filter; the list keeps its sort
 * (priority, newest, longest waiting), so relevance scores are not used.
 *
 * The index grows as the panel reads the store (query.ts combines it with the filters) and
 * follows every change the background announces.
 */
import MiniSearch from 'minisearch';
import type { StoredMention } from '../schema.ts';
import { foldTerm, indexTokens, queryTerms } from './tokenize.ts';

interface SearchDoc {
  id: string;
  text: string;
  title: string;
  quoted: string;
  author: string;
  product: string;
}

const FIELDS = ['text', 'title', 'quoted', 'author', 'product'] as const;

export function searchDoc(row: StoredMention): SearchDoc {
  return {
    id: row.id,
    text: row.text,
    title: row.title ?? '',
    quoted: row.quotedText ?? '',
    author: [row.authorName, row.authorHandle].filter(Boolean).join(' '),
    product: [row.productId, row.marketplace].filter(Boolean).join(' '),
  };
}

export class MentionSearch {
  private readonly index = new MiniSearch<SearchDoc>({
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [],
    tokenize: (text) => indexTokens(text),
    processTerm: (term) => foldTerm(term) || null,
  });

  /** Bumped on every change: a cached result is stale when this moved. */
  version = 0;

  get size(): number {
    return this.index.documentCount;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Add or replace the row's document. */
  put(row: StoredMention): void {
    const doc = searchDoc(row);
    if (this.index.has(row.id)) this.index.replace(doc);
    else this.index.add(doc);
    this.version++;
  }

  remove(id: string): void {
    if (!this.index.has(id)) return;
    this.index.discard(id);
    this.version++;
  }

  /** Drop every document whose id `keep` rejects (mentions deleted while the panel was closed). */
  retain(ids: Iterable<string>, keep: (id: string) => boolean): void {
    for (const id of ids) if (!keep(id)) this.remove(id);
  }

  /** Ids of the documents matching every term of `query`; undefined for an empty query. */
  match(query: string): Set<string> | undefined {
    const terms = queryTerms(query);
    if (terms.length === 0) return undefined;
    const results = this.index.search({
      combineWith: 'AND',
      queries: terms.map((q) => ({ queries: [q.term], prefix: q.prefix, combineWith: 'OR' })),
    }, {
      // Query terms are folded already; the search must not split them again (a CJK pair is one term).
      tokenize: (s) => [s],
      processTerm: (s) => s,
    });
    return new Set(results.map((r) => r.id as string));
  }
}

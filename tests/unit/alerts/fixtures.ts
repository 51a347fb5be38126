/** Builders for the alert tests. */
import type { ComplaintCategory, Platform, Settings, StoredMention } from '../../../lib/schema.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';

/** 2025-06-02 00:00 UTC, a Monday, on a 5-minute boundary. */
export const DAY0 = Date.parse('2025-06-02T00:00:00.000Z');
export const MIN = 60_000;

export interface RowOpts {
  platform?: Platform;
  text?: string;
  lang?: string;
  label?: 'negative' | 'neutral' | 'positive';
  score?: number;
  categories?: ComplaintCategory[];
  productId?: string;
  watchMatches?: string[];
  sortAt?: number;
}

export function row(n: number, o: RowOpts = {}): StoredMention {
  const platform = o.platform ?? 'x';
  const id = platform === 'x' ? `x:${1_000_000 + n}` : `amazon:R${String(n).padStart(8, '0')}`;
  const at = new Date(o.sortAt ?? DAY0).toISOString();
  const label = o.label ?? 'negative';
  return {
    id,
    platform,
    permalink: platform === 'x' ? `https://x.com/u/status/${1_000_000 + n}` : `https://www.amazon.com/gp/customer-reviews/R${n}`,
    text: o.text ?? `mention ${n}`,
    ...(o.productId ? { productId: o.productId } : {}),
    analysis: {
      lang: o.lang ?? 'en',
      langConfidence: 0.9,
      sentiment: { score: o.score ?? (label === 'negative' ? -0.6 : 0.2), label },
      ...(o.categories ? { complaint: { categories: o.categories, evidence: [] } } : {}),
      analyzer: 'test',
    },
    flagged: label === 'negative' ? 1 : 0,
    flagReasons: [],
    watchMatches: o.watchMatches ?? [],
    status: 'open',
    capturedAt: at,
    sortAt: at,
    postedAt: at,
  };
}

export const NO_WATCH: Settings = DEFAULT_SETTINGS;
export const WATCH_ACME: Settings = { ...DEFAULT_SETTINGS, brands: ['Acme'], productIds: ['B000000001'] };

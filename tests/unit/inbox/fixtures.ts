/** Stored mentions for the inbox tests: any field can be set. */
import { StoredMentionSchema, type ComplaintCategory, type StoredMention } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';

export const NOW = Date.parse('2025-06-01T12:00:00.000Z');
export const MIN = 60_000;

export interface RowOpts extends Partial<Omit<StoredMention, 'analysis'>> {
  lang?: string;
  score?: number;
  categories?: ComplaintCategory[];
  /** Minutes before NOW it was posted (and captured). */
  ago?: number;
}

export function row(n: number, o: RowOpts = {}): StoredMention {
  const { lang = 'en', score = -0.6, categories, ago = n, ...fields } = o;
  const at = new Date(NOW - ago * MIN).toISOString();
  const base = stored(n, { platform: fields.platform ?? 'x', sortAt: at });
  return StoredMentionSchema.parse({
    ...base,
    ...(fields.platform === 'amazon' && !fields.permalink ? {} : {}),
    analysis: {
      lang,
      langConfidence: 0.9,
      sentiment: { score, label: score < -0.05 ? 'negative' : score > 0.05 ? 'positive' : 'neutral' },
      ...(categories ? { complaint: { categories, evidence: [] } } : {}),
      analyzer: 'test@1',
    },
    capturedAt: at,
    sortAt: at,
    activityAt: at,
    ...fields,
  });
}

export const idOf = (n: number, platform: 'x' | 'amazon' = 'x') => row(n, { platform }).id;

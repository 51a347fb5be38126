/**
 * The mentions bench/export.ts exports: seeded, so every run measures the same data, in the
 * languages managers export (Chinese, Japanese, Arabic, German, English with emoji), some
 * formula-looking, some multi-line. No Node or browser API (WebCrypto aside, which both have):
 * bundled into the Chromium run too.
 */
import { subtleSha256 } from '../lib/export/sha256.ts';
import { textHashes } from '../lib/export/text-hash.ts';
import type { MentionStatus, Platform, StoredMention } from '../lib/schema.ts';

export const EXPORT_BENCH_ROWS = 100_000;
const NOW = Date.parse('2025-07-01T00:00:00.000Z');

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tweet-length texts in the languages managers export, some formula-looking, some multi-line. */
const TEXTS: [string, string][] = [
  ['en', 'The parcel arrived broken and support has not answered in three days. Refund please.'],
  ['zh', '包裹到的时候已经坏了，客服三天都没回复，请退款！😡'],
  ['ja', '商品が壊れて届きました。サポートから三日間返信がありません。返金してください。'],
  ['ar', 'وصل الطرد مكسورًا ولم يرد الدعم منذ ثلاثة أيام. أريد استرداد المبلغ.'],
  ['de', 'Das Paket kam kaputt an und der Support antwortet seit drei Tagen nicht.\nBitte erstatten.'],
  ['en', '=HYPERLINK("https://example.com","this brand lies") @brand "never again" 📦💔'],
];

export function makeExportRows(count: number): StoredMention[] {
  const rand = rng(20250701);
  const rows: StoredMention[] = [];
  for (let i = 0; i < count; i++) {
    const platform: Platform = rand() < 0.6 ? 'x' : 'amazon';
    const id = platform === 'x' ? `x:${1_800_000_000_000_000_000n + BigInt(i)}` : `amazon:R${String(i).padStart(12, '0')}`;
    const [lang, text] = TEXTS[Math.floor(rand() * TEXTS.length)]!;
    const r = rand();
    const status: MentionStatus = r < 0.7 ? 'open' : r < 0.9 ? 'handled' : 'dismissed';
    const sortAt = new Date(NOW - Math.floor(rand() * 30 * 86_400_000)).toISOString();
    const flagged = rand() < 0.5 ? 1 : 0;
    rows.push({
      id,
      platform,
      permalink: platform === 'x' ? `https://x.com/u${i}/status/${id.slice(2)}` : `https://www.amazon.com/gp/customer-reviews/${id.slice(7)}`,
      ...(platform === 'x' ? { authorHandle: `user${i % 5000}` } : { authorName: `Kunde ${i % 900}`, rating: 1 + (i % 5), productId: 'B08N5WRWNW' }),
      text: `${text} #${i}`,
      postedAt: sortAt,
      analysis: {
        lang,
        langConfidence: 0.9,
        sentiment: { score: -0.62, label: 'negative' },
        complaint: { categories: ['delivery', 'damaged'], evidence: [] },
        analyzer: 'bench@1',
      },
      flagged,
      flagReasons: flagged ? ['negative'] : [],
      watchMatches: [],
      status,
      capturedAt: sortAt,
      sortAt,
      activityAt: sortAt,
    });
  }
  return rows;
}


/** The rows as the ingest stores them: with the hash of their text (lib/export/text-hash.ts). */
export async function withTextHashes(rows: StoredMention[]): Promise<StoredMention[]> {
  const hashes = await textHashes(rows.map((r) => r.text), subtleSha256());
  return rows.map((r, i) => ({ ...r, textHash: hashes[i]! }));
}

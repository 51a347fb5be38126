/**
 * IndexedDB benchmark: 50,000 mentions in fake-indexeddb (Node), then the side panel's queries
 * and a retention prune. fake-indexeddb is an in-memory red-black tree, so absolute times are
 * not Chromium's; what matters is that the inbox queries stay in the low milliseconds at this
 * size (they read one index range, never the whole store). Prints nothing; returns figures.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { countInbox, inboxFacets, pruneMentions, putMentions, queryInbox } from '../lib/db/mentions.ts';
import { openCrisisDb } from '../lib/db/open.ts';
import type { MentionStatus, Platform, StoredMention } from '../lib/schema.ts';

const TOTAL = 50_000;
const BATCH = 500; // MAX_BATCH: the largest write one ingest message makes
const PAGE = 50;
const RUNS = 5;
const NOW = new Date('2025-07-01T00:00:00.000Z');
const SPAN_DAYS = 60; // half the rows are older than the default 30-day retention

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
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

const LANGS = ['en', 'en', 'en', 'ja', 'de', 'es', 'fr', 'zh', 'it', 'und'];

function makeRows(): StoredMention[] {
  const rand = rng(20250701);
  const rows: StoredMention[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const platform: Platform = rand() < 0.6 ? 'x' : 'amazon';
    const id = platform === 'x' ? `x:${1_800_000_000_000_000_000n + BigInt(i)}` : `amazon:R${String(i).padStart(12, '0')}`;
    const flagged = rand() < 0.3 ? 1 : 0;
    const r = rand();
    const status: MentionStatus = r < 0.7 ? 'open' : r < 0.9 ? 'handled' : 'dismissed';
    const sortAt = new Date(NOW.getTime() - Math.floor(rand() * SPAN_DAYS * 86_400_000)).toISOString();
    const negative = flagged === 1 || rand() < 0.2;
    rows.push({
      id,
      platform,
      permalink: platform === 'x' ? `https://x.com/u${i}/status/${id.slice(2)}` : `https://www.amazon.com/gp/customer-reviews/${id.slice(7)}`,
      authorHandle: `user${i % 5000}`,
      text: `mention ${i}: ${negative ? 'the parcel arrived broken and late' : 'works as described, thanks'}`,
      analysis: {
        lang: LANGS[Math.floor(rand() * LANGS.length)]!,
        langConfidence: 0.9,
        sentiment: negative ? { score: -0.6, label: 'negative' } : { score: 0.4, label: 'positive' },
        analyzer: 'bench@1',
      },
      flagged,
      flagReasons: flagged ? ['negative'] : [],
      watchMatches: [],
      status,
      capturedAt: sortAt,
      sortAt,
    });
  }
  return rows;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** Median of RUNS timings (the first run warms the JIT and fake-indexeddb's caches). */
async function median<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) [times[i], value] = await time(fn);
  times.sort((a, b) => a - b);
  return [times[Math.floor(RUNS / 2)]!, value];
}

const ms = (n: number): number => Math.round(n * 100) / 100;

export async function benchDb(): Promise<Record<string, number | string>> {
  const db = await openCrisisDb(new IDBFactory());
  try {
    const rows = makeRows();
    const [fillMs] = await time(async () => {
      for (let i = 0; i < rows.length; i += BATCH) await putMentions(db, rows.slice(i, i + BATCH));
    });

    const [firstPageMs, first] = await median(() => queryInbox(db, {}, { limit: PAGE }));
    const [secondPageMs] = await median(() => queryInbox(db, {}, { limit: PAGE, cursor: first.nextCursor }));
    const filter = { platform: 'amazon', lang: 'de', status: 'open' } as const;
    const [filteredPageMs, filtered] = await median(() => queryInbox(db, filter, { limit: PAGE }));
    const [allPageMs] = await median(() => queryInbox(db, { flaggedOnly: false }, { limit: PAGE }));
    const [countMs, flaggedCount] = await median(() => countInbox(db, {}));
    const [countFilteredMs, filteredCount] = await median(() => countInbox(db, filter));
    const [facetsMs] = await median(() => inboxFacets(db));

    const [pruneCallMs, firstCallRemoved] = await time(() => pruneMentions(db, { retentionDays: 30 }, NOW));
    let pruned = firstCallRemoved;
    let calls = 1;
    const [pruneRestMs] = await time(async () => {
      for (let n = -1; n !== 0; calls++) {
        n = await pruneMentions(db, { retentionDays: 30 }, NOW);
        pruned += n;
      }
    });
    const left = await countInbox(db, { flaggedOnly: false });

    return {
      db_backend: 'fake-indexeddb 6.2.8 (Node, in memory)',
      db_rows: TOTAL,
      db_fill_ms: ms(fillMs),
      db_fill_rows_per_s: Math.round(TOTAL / (fillMs / 1000)),
      db_inbox_first_page_ms: ms(firstPageMs),
      db_inbox_second_page_ms: ms(secondPageMs),
      db_inbox_filtered_page_ms: ms(filteredPageMs),
      db_inbox_filtered_page_items: filtered.items.length,
      db_inbox_flagged_and_unflagged_page_ms: ms(allPageMs),
      db_count_flagged_ms: ms(countMs),
      db_count_flagged: flaggedCount,
      db_count_filtered_ms: ms(countFilteredMs),
      db_count_filtered: filteredCount,
      db_facets_ms: ms(facetsMs),
      db_prune_first_call_ms: ms(pruneCallMs),
      db_prune_first_call_removed: firstCallRemoved,
      db_prune_rest_ms: ms(pruneRestMs),
      db_prune_calls: calls,
      db_prune_removed: pruned,
      db_rows_after_prune: left,
    };
  } finally {
    db.close();
  }
}

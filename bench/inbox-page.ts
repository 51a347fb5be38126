/**
 * The inbox benchmark's in-page half (bundled by bench/inbox.ts with esbuild and run in Debian
 * Chromium, in the page's real IndexedDB): 50,000 flagged mentions, then what an agent waits
 * for. Everything here is the code the side panel runs (lib/inbox, lib/db).
 */
import { loadDigestSnapshot, loadFirstScreen, saveDigestSnapshot, saveFirstScreen } from '../lib/db/inbox-cache.ts';
import { countInbox, getMentions, putMentions, readFlaggedChunk, restoreMentionStatuses, setMentionsStatus } from '../lib/db/mentions.ts';
import { openCrisisDb } from '../lib/db/open.ts';
import { brigadeSignature, BrigadeIndex } from '../lib/inbox/brigades.ts';
import { InboxDigest } from '../lib/inbox/digest.ts';
import { InboxEngine, type InboxSource } from '../lib/inbox/engine.ts';
import { InboxQuerySchema, runQuery } from '../lib/inbox/query.ts';
import type { ComplaintCategory, StoredMention } from '../lib/schema.ts';

const TOTAL = 50_000;
const RUNS = 5;
/** Rows on a 900 px panel plus overscan: what the first page fetches. */
const PAGE_ROWS = 30;
const NOW = Date.parse('2025-07-01T12:00:00.000Z');

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

// Texts: complaint fragments in four languages over a Zipf-like vocabulary, so search terms have
// realistic spreads (a few words in thousands of posts, most in a handful), and 5% copies of 25
// campaign texts (brigades).
const EN = ['my order never arrived', 'the charger overheated', 'refund still not processed', 'support ignores my emails', 'box was crushed', 'screen cracked on arrival', 'wrong colour delivered', 'battery drains in an hour', 'charged twice', 'app keeps logging me out', 'worst service ever', 'the plug melted', 'tracking says delivered but nothing', 'replacement also broken', 'counterfeit seal on the box'];
const ZH = ['快递太慢了', '充电器起火了', '退款一直没到账', '客服不回复', '包装破损', '屏幕碎了', '颜色发错了', '电池不耐用', '重复扣款', '假货'];
const JA = ['返金してください', '届いた箱が潰れていた', '充電器が熱くなる', '連絡がありません', '画面が割れていた'];
const DE = ['Paket kam nie an', 'Ladegerät kaputt', 'Rückerstattung fehlt', 'Kundenservice antwortet nicht'];
const CATS: ComplaintCategory[] = ['delivery', 'damaged', 'safety', 'refund', 'account', 'service', 'counterfeit'];

function makeRows(): StoredMention[] {
  const rand = rng(20251122);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  const zipf = () => vocab[Math.floor(vocab.length * rand() ** 3)]!;
  const campaigns = Array.from({ length: 25 }, (_, i) => `Campaign ${i}: ${pick(EN)}, ${pick(EN)}. Everyone boycott now, they ${pick(EN)} and do nothing ${zipf()} ${zipf()}`);
  const rows: StoredMention[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const amazon = rand() < 0.3;
    const r = rand();
    const lang = r < 0.6 ? 'en' : r < 0.78 ? 'zh' : r < 0.9 ? 'ja' : 'de';
    let text: string;
    if (rand() < 0.05) text = `@user${i} ${pick(campaigns)} https://t.co/${i.toString(36)}`;
    else if (lang === 'zh') text = `${pick(ZH)}，${pick(ZH)}。${pick(ZH)}！`;
    else if (lang === 'ja') text = `${pick(JA)}。${pick(JA)}`;
    else if (lang === 'de') text = `${pick(DE)}, ${pick(DE)}. ${zipf()} ${zipf()}`;
    else text = `${pick(EN)}, ${pick(EN)}. ${Array.from({ length: 8 }, zipf).join(' ')}`;
    const sortAt = new Date(NOW - Math.floor(rand() * 14 * 86_400_000)).toISOString();
    const s = rand();
    const id = amazon ? `amazon:R${String(i).padStart(12, '0')}` : `x:${1_800_000_000_000_000_000n + BigInt(i)}`;
    const categories = rand() < 0.6 ? [pick(CATS)] : [];
    rows.push({
      id,
      platform: amazon ? 'amazon' : 'x',
      permalink: amazon ? `https://www.amazon.com/gp/customer-reviews/${id.slice(7)}` : `https://x.com/u${i}/status/${id.slice(2)}`,
      authorHandle: amazon ? undefined : `user${i % 9000}`,
      authorName: `User ${i % 9000}`,
      text,
      ...(amazon ? { rating: 1 + Math.floor(rand() * 3), title: pick(EN), productId: `B0${String(i % 300).padStart(8, '0')}`, marketplace: 'amazon.com' } : {}),
      analysis: {
        lang,
        langConfidence: 0.9,
        sentiment: { score: -0.2 - rand() * 0.8, label: 'negative' },
        ...(categories.length ? { complaint: { categories, evidence: [] } } : {}),
        analyzer: 'bench@1',
      },
      flagged: 1,
      flagReasons: ['negative'],
      watchMatches: rand() < 0.5 ? ['Acme'] : [],
      status: s < 0.7 ? 'open' : s < 0.9 ? 'handled' : 'dismissed',
      capturedAt: sortAt,
      sortAt,
      activityAt: sortAt,
    });
  }
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
const round = (n: number) => Math.round(n * 10) / 10;

export async function runInboxBench(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { backend: `Chromium IndexedDB (${navigator.userAgent.match(/Chrom(e|ium)\/[\d.]+/)?.[0] ?? '?'})`, mentions: TOTAL };
  const db = await openCrisisDb();
  const rows = makeRows();
  let t0 = performance.now();
  for (let i = 0; i < rows.length; i += 500) await putMentions(db, rows.slice(i, i + 500));
  out.fill_ms = round(performance.now() - t0);

  const source: InboxSource = {
    loadSnapshot: () => loadDigestSnapshot(db),
    saveSnapshot: (s) => saveDigestSnapshot(db, s),
    loadFirstScreen: () => loadFirstScreen(db),
    saveFirstScreen: (s) => saveFirstScreen(db, s),
    countFlagged: () => countInbox(db, {}),
    readChunk: (after, limit) => readFlaggedChunk(db, after, limit),
    getMentions: (ids) => getMentions(db, ids),
    pause: () => new Promise((r) => setTimeout(r, 0)),
    settle: () => new Promise((r) => requestIdleCallback(() => r(), { timeout: 500 })),
    later: (fn, ms) => {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    now: () => NOW,
  };
  const ctx = { now: NOW, targetMs: 3_600_000 };
  const firstRows = async (engine: InboxEngine, query = InboxQuerySchema.parse({})) => {
    const res = engine.query(query, ctx);
    const ids = res.items.slice(0, PAGE_ROWS).map((i) => i.key);
    return getMentions(db, ids);
  };

  // The first opening ever: every row is read (digest + search index), then the digest is saved.
  const cold = new InboxEngine(source);
  t0 = performance.now();
  await cold.start();
  out.full_read_50k_ms = round(performance.now() - t0);
  out.search_index_docs = cold.search.size;
  // The panel notes what it shows; closing it saves the digest and that first screen.
  cold.noteScreen('bench', cold.query(InboxQuerySchema.parse({}), ctx));
  t0 = performance.now();
  await cold.saveNow();
  out.digest_save_ms = round(performance.now() - t0);

  // First page: the panel opens over a saved digest and shows the first screen (priority order,
  // 30 full rows) before it reads the store again in the background. Parts, then the whole.
  out.snapshot_load_ms = round(await timed(() => loadDigestSnapshot(db)));
  const snap = (await loadDigestSnapshot(db))!;
  out.snapshot_to_digest_ms = round(await timed(() => InboxDigest.fromSnapshot(snap)));
  const restored = InboxDigest.fromSnapshot(snap);
  out.first_query_ms = round(await timed(() => runQuery(restored, InboxQuerySchema.parse({}), ctx)));
  const firstIds = runQuery(restored, InboxQuerySchema.parse({}), ctx).items.slice(0, PAGE_ROWS).map((i) => i.key);
  out.first_rows_fetch_ms = round(await timed(() => getMentions(db, firstIds)));
  // The whole: a new panel over the saved first screen and digest, until its first 30 rows are
  // read from the store (from the first screen when it is there, else from the digest).
  out.first_page_ms = round(
    await timed(async () => {
      const engine = new InboxEngine(source);
      const shown = new Promise<void>((resolve) => {
        const stop = engine.subscribe(() => {
          const ids = engine.state.usable
            ? engine.query(InboxQuerySchema.parse({}), ctx).items.slice(0, PAGE_ROWS).map((i) => i.key)
            : engine.preview?.queryKey === 'bench'
              ? engine.preview.items.slice(0, PAGE_ROWS).map((i) => i.key)
              : undefined;
          if (!ids) return;
          stop();
          void getMentions(db, ids).then(() => resolve());
        });
      });
      void engine.start();
      await shown;
      engine.stop();
    }),
  );
  out.first_page_from_digest_ms = round(
    await timed(async () => {
      const engine = new InboxEngine({ ...source, loadFirstScreen: undefined });
      const shown = new Promise<void>((resolve) => {
        const stop = engine.subscribe(() => {
          if (!engine.state.usable) return;
          stop();
          void firstRows(engine).then(() => resolve());
        });
      });
      void engine.start();
      await shown;
      engine.stop();
    }),
  );

  // Sort change, filters and search on the complete digest (what the agent does all day).
  const engine = cold;
  const q = (over: object) => InboxQuerySchema.parse(over);
  out.sort_change_newest_ms = round(await timed(() => firstRows(engine, q({ sort: 'newest' }))));
  out.sort_change_priority_ms = round(await timed(() => firstRows(engine, q({ sort: 'priority' }))));
  out.filter_and_facets_ms = round(await timed(() => firstRows(engine, q({ facets: { lang: ['zh'], category: ['delivery', 'safety'] } }))));
  // Each search a different string (no cache): a common English word, a rarer one, Chinese, Japanese.
  let n = 0;
  const searches: [string, string][] = [
    ['search_common_word_ms', 'charger'],
    ['search_rare_word_ms', 'w3k'],
    ['search_two_words_ms', 'refund processed'],
    ['search_zh_ms', '退款'],
    ['search_ja_ms', '返金'],
  ];
  for (const [key, term] of searches) {
    out[key.replace('_ms', '_index_only_ms')] = round(await timed(() => engine.search.match(term)));
    out[key] = round(await timed(() => firstRows(engine, q({ search: `${term}${' '.repeat(n++ % 3)}` }))));
    out[key.replace('_ms', '_matches')] = engine.query(q({ search: term, status: 'all' }), ctx).total;
  }

  // Bulk: 1,000 open mentions handled in one transaction, then one undo.
  const open = rows.filter((r) => r.status === 'open').slice(0, 1000).map((r) => r.id);
  t0 = performance.now();
  const { before } = await setMentionsStatus(db, open, 'handled', new Date(NOW));
  out.bulk_1000_ms = round(performance.now() - t0);
  t0 = performance.now();
  await restoreMentionStatuses(db, before, new Date(NOW));
  out.undo_1000_ms = round(performance.now() - t0);

  // Brigades: all 50,000 grouped from scratch, then one new post joining (incremental).
  const sigs = rows.map((r) => brigadeSignature(r.title ? `${r.title}\n${r.text}` : r.text));
  const index = new BrigadeIndex();
  t0 = performance.now();
  sigs.forEach((s, i) => index.add(i, s));
  out.brigades_full_50k_ms = round(performance.now() - t0);
  const copy = rows.find((r) => r.text.includes('Campaign 3:'))!;
  const before1 = index.comparisons;
  t0 = performance.now();
  index.add(TOTAL, brigadeSignature(`@newcomer ${copy.text.replace(/^@\S+ /, '')}`));
  out.brigade_one_new_post_ms = round(performance.now() - t0);
  out.brigade_one_new_post_comparisons = index.comparisons - before1;
  out.brigade_joined_existing_group = index.root(TOTAL) !== TOTAL ? 'yes' : 'no';
  db.close();
  return out;
}

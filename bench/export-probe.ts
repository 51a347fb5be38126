/**
 * Where a Chromium export's time goes (issue 12): each way of reading the bench's 100,000 mentions
 * out of Chromium's IndexedDB, and each step of the export alone, in one page over one filled
 * database, beside the export itself, each with the CPU time of every Chromium process and thread
 * (process-cpu.ts). Not part of `npm run bench` (minutes, and it keeps a profile): run by hand,
 *   npx tsx bench/export-probe.ts [rows=100000] [repeats=3] [experiments=all|name,name|profile]
 * with PROBE_FEATURES=IdbSqliteBackingStore to try Chromium's SQLite IndexedDB backend. The profile
 * is kept in a temp directory between runs so the fill (minutes) happens once per setting.
 *
 * Experiments: the export (exportCsv); the same without its Blob (exportNoBlob); its reader alone (pagesOnly: read + zod parse + merge);
 * bare index getAll in pages of 2,000 and 10,000 (idxGetAll), the same timing the success event
 * apart from the first `.result` (rawSplit: Blink deserialises there); the object store in key
 * order (storeGetAll, storeGetAllOnce); index keys only (idxKeysOnly), page boundaries from a key
 * cursor (boundaries); disjoint key ranges read by 2 or 4 transactions at once (parallel); a cursor
 * (cursor); the export's CPU steps on rows already in memory (steps); the same rows stored whole,
 * as only an id, and 50 to a record in stores without indexes (shapesFill, shapeRead: per-row
 * against per-byte cost); Blob building (blobVariant); `profile`: V8's sampling profile of one
 * export, self time by function.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { openBenchPage } from './bench-page.ts';
import { cpuSnapshot, cpuSpent, formatCpu } from './process-cpu.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const PAGE_CODE = `
import { openCrisisDb } from './lib/db/open.ts';
import { putMentions } from './lib/db/mentions.ts';
import { readExportPages } from './lib/db/export-pages.ts';
import { exportToBlob } from './runtime/export-blob.ts';
import { exportChunks } from './lib/export/run.ts';
import { matchesExportFilter } from './lib/export/filter.ts';
import { makeExportRows, withTextHashes } from './bench/export-rows.ts';
import { ExportRowSchema } from './lib/schema.ts';
import { toExportRecord } from './lib/export/columns.ts';
import { csvChunk } from './lib/export/csv.ts';
import { exportHashes } from './lib/export/text-hash.ts';
import { subtleSha256 } from './lib/export/sha256.ts';

let db;
globalThis.__probe = {
  async open() { db = await openCrisisDb(); return await db.count('mentions'); },
  async fill(count) {
    const rows = await withTextHashes(makeExportRows(count));
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += 500) await putMentions(db, rows.slice(i, i + 500));
    return performance.now() - t0;
  },
  async exportCsv() {
    const t0 = performance.now();
    const f = await exportToBlob(db, { filter: { flaggedOnly: false, status: 'all' }, format: 'csv' }, { now: new Date(0) });
    return { ms: performance.now() - t0, rows: f.rows, bytes: f.blob.size };
  },
  /** The export without its Blob: the same chunks, dropped. */
  async exportNoBlob() {
    const filter = { flaggedOnly: false, status: 'all' };
    const t0 = performance.now(); let chars = 0;
    const chunks = exportChunks(readExportPages(db, filter), { format: 'csv', keep: (row, extras) => matchesExportFilter(row, extras, filter) });
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) chars += next.value.length;
    return { ms: performance.now() - t0, chars };
  },
  async pagesOnly() {
    const t0 = performance.now(); let n = 0;
    for await (const p of readExportPages(db, { flaggedOnly: false, status: 'all' })) n += p.rows.length;
    return { ms: performance.now() - t0, rows: n };
  },
  // Raw IndexedDB: the store (unwrapped) and its inbox index.
  async idxGetAll(size) {
    const idb = db; const t0 = performance.now(); let n = 0;
    for (const f of [0, 1]) {
      let lower = [f]; let open = false;
      for (;;) {
        const tx = idb.transaction('mentions', 'readonly').store.index('inbox');
        const r = await tx.getAll(IDBKeyRange.bound(lower, [f, []], open, true), size);
        n += r.length;
        if (r.length < size) break;
        const last = r[r.length - 1]; lower = [f, last.sortAt, last.id]; open = true;
      }
    }
    return { ms: performance.now() - t0, rows: n };
  },
  async storeGetAll(size) {
    const t0 = performance.now(); let n = 0; let after;
    for (;;) {
      const r = await db.getAll('mentions', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), size);
      n += r.length; if (r.length < size) break; after = r[r.length - 1].id;
    }
    return { ms: performance.now() - t0, rows: n };
  },
  async storeGetAllOnce() {
    const t0 = performance.now();
    const r = await db.getAll('mentions');
    return { ms: performance.now() - t0, rows: r.length };
  },
  async idxKeysOnly() {
    const t0 = performance.now();
    const k = await db.transaction('mentions').store.index('inbox').getAllKeys();
    return { ms: performance.now() - t0, rows: k.length };
  },
  /** Page boundaries from a key cursor advancing pageSize at a time (no values read). */
  async boundaries(size) {
    const t0 = performance.now();
    const out = [];
    for (const f of [0, 1]) {
      const idx = db.transaction('mentions').store.index('inbox');
      let c = await idx.openKeyCursor(IDBKeyRange.bound([f], [f, []]));
      while (c) { out.push(c.key); c = await c.advance(size); }
    }
    return { ms: performance.now() - t0, n: out.length };
  },
  /** Raw API, success-event time vs first .result access (deserialisation in Blink). */
  async rawSplit(size) {
    const { unwrap } = await import('idb');
    const rdb = unwrap(db);
    let idbMs = 0, deserMs = 0, n = 0;
    const t0 = performance.now();
    for (const f of [0, 1]) {
      let lower = [f]; let open = false;
      for (;;) {
        const r = await new Promise((res, rej) => {
          const ts = performance.now();
          const q = rdb.transaction('mentions', 'readonly').objectStore('mentions').index('inbox').getAll(IDBKeyRange.bound(lower, [f, []], open, true), size);
          q.onsuccess = () => { const t1 = performance.now(); const v = q.result; const t2 = performance.now(); idbMs += t1 - ts; deserMs += t2 - t1; res(v); };
          q.onerror = () => rej(q.error);
        });
        n += r.length;
        if (r.length < size) break;
        const last = r[r.length - 1]; lower = [f, last.sortAt, last.id]; open = true;
      }
    }
    return { ms: performance.now() - t0, idbMs, deserMs, rows: n };
  },
  async parallel(size, inFlight) {
    const { unwrap } = await import('idb');
    const rdb = unwrap(db);
    const t0 = performance.now();
    const bounds = [];
    for (const f of [0, 1]) {
      const idx = db.transaction('mentions').store.index('inbox');
      let c = await idx.openKeyCursor(IDBKeyRange.bound([f], [f, []]));
      const b = [];
      while (c) { b.push(c.key); c = await c.advance(size); }
      for (let i = 0; i < b.length; i++) bounds.push(IDBKeyRange.bound(b[i], i + 1 < b.length ? b[i + 1] : [f, []], false, true));
    }
    const tb = performance.now() - t0;
    let n = 0; let next = 0;
    const one = (range) => new Promise((res, rej) => {
      const q = rdb.transaction('mentions', 'readonly').objectStore('mentions').index('inbox').getAll(range);
      q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error);
    });
    const inflight = [];
    while (next < bounds.length && inflight.length < inFlight) inflight.push(one(bounds[next++]));
    while (inflight.length) {
      const r = await inflight.shift();
      n += r.length;
      if (next < bounds.length) inflight.push(one(bounds[next++]));
    }
    return { ms: performance.now() - t0, boundsMs: tb, rows: n };
  },
  async cursor() {
    const t0 = performance.now(); let n = 0;
    const { unwrap } = await import('idb');
    const rdb = unwrap(db);
    await new Promise((res, rej) => {
      const q = rdb.transaction('mentions').objectStore('mentions').index('inbox').openCursor();
      q.onsuccess = () => { const c = q.result; if (!c) return res(); void c.value; n++; c.continue(); };
      q.onerror = () => rej(q.error);
    });
    return { ms: performance.now() - t0, rows: n };
  },
  /** Per-entry against per-byte cost: the same rows in stores without indexes, whole, as only an
   * id, and 50 to a record. */
  async shapesFill(count) {
    const { openDB } = await import('idb');
    const sdb = await openDB('probe-shapes', 1, { upgrade(d) { for (const s of ['full', 'tiny', 'packed']) d.createObjectStore(s); } });
    if ((await sdb.count('packed')) > 0) return 'filled';
    const rows = await withTextHashes(makeExportRows(count));
    for (let i = 0; i < rows.length; i += 1000) {
      const tx = sdb.transaction(['full', 'tiny', 'packed'], 'readwrite');
      for (let j = i; j < i + 1000; j++) { tx.objectStore('full').put(rows[j], j); tx.objectStore('tiny').put({ id: rows[j].id }, j); }
      for (let j = i; j < i + 1000; j += 50) tx.objectStore('packed').put(rows.slice(j, j + 50), j);
      await tx.done;
    }
    sdb.close();
    return 'filled now';
  },
  async shapeRead(store, size) {
    const { openDB } = await import('idb');
    const sdb = await openDB('probe-shapes', 1);
    const t0 = performance.now(); let n = 0; let after;
    for (;;) {
      const r = await sdb.getAll(store, after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), size);
      n += r.length; if (r.length < size) break; after = (await sdb.getAllKeys(store, after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), size)).at(-1);
    }
    sdb.close();
    return { ms: performance.now() - t0, records: n };
  },
  /** Turning a page's records into text and Blob parts: none (text only), a Blob of the string
   * (what the export does), a Blob of its TextEncoder bytes, and the text joined from one chunk per
   * record instead of appended. */
  async blobVariant(variant, pages) {
    const page = await db.transaction('mentions').store.index('inbox').getAll(IDBKeyRange.bound([1], [1, []]), 2000);
    const recs = page.map((r) => toExportRecord(ExportRowSchema.parse(r), {}, r.textHash.sha256));
    const enc = new TextEncoder();
    const t0 = performance.now();
    const parts = [];
    for (let i = 0; i < pages; i++) {
      const text = variant === 'join' || variant === 'join-blob' ? recs.map((r) => csvChunk([r], false)).join('') : csvChunk(recs, false);
      if (variant === 'string-blob' || variant === 'join-blob') parts.push(new Blob([text]));
      else if (variant === 'encode-blob') parts.push(new Blob([enc.encode(text)]));
    }
    const b = new Blob(parts);
    return { ms: performance.now() - t0, size: b.size };
  },
  /** CPU steps alone on rows already in memory (one 2,000-row page from the store, repeated). */
  async steps(pages) {
    const page = await db.transaction('mentions').store.index('inbox').getAll(IDBKeyRange.bound([1], [1, []]), 2000);
    const out = {};
    let t0 = performance.now();
    for (let i = 0; i < pages; i++) structuredClone(page);
    out.structuredClone = performance.now() - t0;
    t0 = performance.now();
    let parsed;
    for (let i = 0; i < pages; i++) parsed = page.map((r) => ExportRowSchema.parse(r));
    out.parse = performance.now() - t0;
    const sha = subtleSha256();
    t0 = performance.now();
    let hashes;
    for (let i = 0; i < pages; i++) hashes = await exportHashes(parsed, sha);
    out.hashes = performance.now() - t0;
    t0 = performance.now();
    let recs;
    for (let i = 0; i < pages; i++) recs = parsed.map((r, j) => toExportRecord(r, {}, hashes[j]));
    out.records = performance.now() - t0;
    t0 = performance.now();
    let text;
    for (let i = 0; i < pages; i++) text = csvChunk(recs, i === 0);
    out.csv = performance.now() - t0;
    t0 = performance.now();
    const parts = [];
    for (let i = 0; i < pages; i++) parts.push(new Blob([text]));
    const b = new Blob(parts);
    out.blob = performance.now() - t0;
    out.bytesPerPage = text.length;
    out.approxStoredBytesPerRow = JSON.stringify(page[0]).length;
    out.sample = page[0];
    return out;
  },
};
`;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: PAGE_CODE, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: false, keepNames: true,
  });
  return out.outputFiles[0]!.text;
}

const count = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 3);
const which = (process.argv[4] ?? 'all').split(',');
// PROBE_FEATURES=IdbSqliteBackingStore,... runs Chromium with those features on (own profile).
const features = process.env.PROBE_FEATURES ?? '';
const profile = path.join(os.tmpdir(), `crisis-desk-export-probe-${count}${features ? `-${features.replace(/\W+/g, '_')}` : ''}`);
const fresh = !existsSync(profile);
const code = await bundle();
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--enable-precise-memory-info', ...(features ? [`--enable-features=${features}`] : [])],
  protocolTimeout: 1_800_000,
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('page:', m.text()));
  await openBenchPage(page, code);
  page.setDefaultTimeout(1_800_000);
  const call = (name: string, ...args: unknown[]) =>
    page.evaluate((n, a) => (globalThis as unknown as { __probe: Record<string, (...x: unknown[]) => Promise<unknown>> }).__probe[n]!(...a), name, args);
  let have = (await call('open')) as number;
  if (have !== count) {
    if (!fresh || have !== 0) throw new Error(`profile ${profile} holds ${have} rows; delete it`);
    console.log(`fill ${count}: ${Math.round((await call('fill', count)) as number)} ms`);
    have = (await call('open')) as number;
  }
  const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  const experiments: [string, unknown[]][] = [
    ['exportCsv', []],
    ['exportNoBlob', []],
    ['pagesOnly', []],
    ['idxGetAll', [2000]],
    ['rawSplit', [2000]],
    ['idxGetAll', [10000]],
    ['storeGetAll', [2000]],
    ['storeGetAllOnce', []],
    ['idxKeysOnly', []],
    ['boundaries', [2000]],
    ['parallel', [2000, 2]],
    ['parallel', [2000, 4]],
    ['cursor', []],
    ['steps', [Math.round(count / 2000)]],
    ['shapesFill', [count]],
    ['shapeRead', ['full', 2000]],
    ['shapeRead', ['tiny', 2000]],
    ['shapeRead', ['packed', 40]],
    ['blobVariant', ['none', 50]],
    ['blobVariant', ['string-blob', 50]],
    ['blobVariant', ['encode-blob', 50]],
    ['blobVariant', ['join', 50]],
    ['blobVariant', ['join-blob', 50]],
  ];
  if (which.includes('profile')) {
    // Where the main thread's time goes in one export: V8's sampling profiler, self time by function.
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const r = await call('exportCsv');
    const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    prof.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName || '(anon)'}:${f.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
    });
    console.log('profiled export', JSON.stringify(r));
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${Math.round(ms)} ms ${k}`);
  }
  for (let rep = 0; rep < repeats; rep++) {
    for (const [name, args] of experiments) {
      if (!which.includes('all') && !which.includes(name)) continue;
      const pid = browser.process()!.pid!;
      const before = cpuSnapshot(pid);
      const r = await call(name, ...args);
      const cpu = formatCpu(cpuSpent(before, cpuSnapshot(pid)), 6);
      console.log(`rep ${rep} load ${load()} ${name}(${args.join(',')}): ${JSON.stringify(r, (k, v: unknown) => (k === 'sample' ? undefined : typeof v === 'number' ? Math.round(v * 10) / 10 : v))}\n    ${cpu}`);
    }
  }
} finally {
  await browser.close();
}

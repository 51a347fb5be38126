/**
 * The analyser's memory once loaded, in a fresh process so nothing else is counted:
 *
 *   node --expose-gc --import tsx bench/analysis-heap.ts
 *
 * Loads lib/analysis, analyses one post in each language with a pack (so every pack is compiled
 * and the n-gram table decoded, as in a worker that has run a while), collects garbage and prints
 * one JSON line: the JS heap in use, and the ArrayBuffers outside it (the n-gram table, per-
 * character caches). The MV3 service worker's budget is 60 MB with the analyser loaded.
 */
import { analyzeText } from '../lib/analysis/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
gc();
const before = process.memoryUsage();
const posts: [string, string][] = [
  ['en', 'Arrived broken and support never answered. Waste of money!'],
  ['de', 'Leider kaputt angekommen, der Kundenservice antwortet nicht.'],
  ['es', 'Llegó roto y nadie responde, no lo recomiendo.'],
  ['fr', "Arrivé cassé, le service client ne répond pas. Je n'achète plus."],
  ['it', 'Arrivato rotto e il servizio clienti non risponde.'],
  ['pt', 'Chegou quebrado e o suporte não responde.'],
  ['ar', 'وصل المنتج مكسور والخدمة سيئة جدا'],
  ['id', 'Barang rusak dan penjual tidak membalas pesan saya'],
  ['ms', 'Barang rosak dan penjual tak balas mesej saya'],
  ['ja', '届いた商品が壊れていて、返品もできません。最悪です'],
  ['zh', '收到的商品是坏的，客服也不回复，太失望了'],
];
for (let round = 0; round < 50; round++) {
  for (const [lang, text] of posts) {
    analyzeText({ text, langHint: lang }, { languages: [lang, 'en'] });
    analyzeText({ text });
  }
}
gc();
const after = process.memoryUsage();
const mb = (n: number) => Math.round(n / 1e5) / 10;
console.log(
  JSON.stringify({
    heapUsedMB: mb(after.heapUsed),
    heapAddedMB: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMB: mb(after.arrayBuffers),
    arrayBuffersAddedMB: mb(after.arrayBuffers - before.arrayBuffers),
  }),
);

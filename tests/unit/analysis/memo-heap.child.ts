/**
 * Run by memo-heap.test.ts in a fresh process (`node --expose-gc --import tsx`), so nothing else
 * is on the heap: analyses N distinct 10 KB German posts, each with one long unknown word, and
 * prints as JSON the largest heap growth seen after a GC at each 1,000 posts, and the most words
 * the inflected-word memo held at those points (so a pass cannot come from the words never
 * reaching it).
 */
import { analyzeText } from '../../../lib/analysis/index.ts';
import { inflectedMemo } from '../../../lib/analysis/morphology.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const n = Number(process.argv[2] ?? 20_000);

/** Post i: a distinct lower-case word of 13+ letters (V8 copies shorter slices instead of keeping
 * a view of the post) in a German sentence, padded with spaces to 10,000 characters, which cost
 * nothing to tokenise, so the run takes seconds, not minutes. */
function post(i: number): string {
  let tag = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / 26)) tag += String.fromCharCode(97 + (k % 26));
  const head = `Der wackelzahnschrank${tag} ist da.`;
  return head + ' '.repeat(10_000 - head.length);
}

analyzeText({ text: post(-2), langHint: 'de' });
gc();
const before = process.memoryUsage().heapUsed;
let peakGrowth = 0;
let memoMost = 0;
for (let i = 0; i < n; i++) {
  analyzeText({ text: post(i), langHint: 'de' });
  if ((i + 1) % 1_000 === 0) {
    gc();
    peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - before);
    memoMost = Math.max(memoMost, inflectedMemo.size);
  }
}
console.log(JSON.stringify({ posts: n, peakGrowthMB: Math.round(peakGrowth / 1e5) / 10, memoMost, memoLimit: inflectedMemo.limit }));

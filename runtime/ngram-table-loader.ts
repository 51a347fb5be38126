/**
 * Installs the language n-gram table in an extension context. The extension build bundles no
 * table text (wxt.config.ts swaps lib/analysis/ngrams/eld-table-text.ts for an empty stub) and
 * ships it gzipped as `/ngrams.gz`: 0.42 MB instead of 0.95 MB in the store package and on disk,
 * decompressed by the browser's own DecompressionStream in a few milliseconds.
 *
 * `ensureNgramTable()` is idempotent and retried after a failure (the next call tries again);
 * callers await it before analysing. Where the text is bundled (Node), it resolves at once.
 */
import { browser } from 'wxt/browser';
import { installNgramTableText, ngramTableAvailable } from '../lib/analysis/ngram-table.ts';

export const PACKED_NGRAM_TABLE = '/ngrams.gz';

let loading: Promise<void> | undefined;

async function load(): Promise<void> {
  const url = browser.runtime.getURL(PACKED_NGRAM_TABLE as '/');
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`the language table ${PACKED_NGRAM_TABLE} could not be read (HTTP ${response.status})`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  installNgramTableText(text);
}

export function ensureNgramTable(): Promise<void> {
  if (ngramTableAvailable()) return Promise.resolve();
  if (!loading) {
    const attempt = load();
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

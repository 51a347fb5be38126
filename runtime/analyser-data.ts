/**
 * Installs the analyser's data in an extension context: the language n-gram table and the
 * language packs' word lists. The extension build bundles neither (wxt.config.ts swaps
 * lib/analysis/ngrams/eld-table-text.ts for an empty stub and lib/analysis/languages/sources.ts
 * for sources.packed.ts) and ships them gzipped: `/ngrams.gz` (0.42 MB instead of 0.95 MB of
 * text) and `/lexicons.gz` (JSON), decompressed by the browser's own DecompressionStream in a few
 * milliseconds.
 *
 * `ensureAnalyserData()` is idempotent and retried after a failure (the next call tries again);
 * callers await it before analysing. Where the data is bundled (Node), it resolves at once.
 * Only the background analyses (content scripts send what they capture to it).
 */
import { browser } from 'wxt/browser';
import { installLexiconData, lexiconDataInstalled } from '../lib/analysis/languages/lexicon-data.ts';
import { LEXICONS_BUNDLED } from '../lib/analysis/languages/sources.ts';
import { installNgramTableText, ngramTableAvailable } from '../lib/analysis/ngram-table.ts';

export const PACKED_NGRAM_TABLE = '/ngrams.gz';
export const PACKED_LEXICONS = '/lexicons.gz';

async function gunzipAsset(file: string, what: string): Promise<string> {
  const url = browser.runtime.getURL(file as '/');
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${what} ${file} could not be read (HTTP ${response.status})`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

async function load(): Promise<void> {
  await Promise.all([
    ngramTableAvailable() ? undefined : gunzipAsset(PACKED_NGRAM_TABLE, 'the language table').then(installNgramTableText),
    LEXICONS_BUNDLED || lexiconDataInstalled() ? undefined : gunzipAsset(PACKED_LEXICONS, 'the language lexicons').then(installLexiconData),
  ]);
}

let loading: Promise<void> | undefined;

export function ensureAnalyserData(): Promise<void> {
  if (ngramTableAvailable() && (LEXICONS_BUNDLED || lexiconDataInstalled())) return Promise.resolve();
  if (!loading) {
    const attempt = load();
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

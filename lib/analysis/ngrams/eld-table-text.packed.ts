/**
 * What the extension build bundles instead of eld-table-text.ts (wxt.config.ts aliases it): no
 * text. The ~0.95 MB table ships gzipped (~0.42 MB) as `/ngrams.gz`, and each extension context
 * that detects languages installs it first (runtime/analyser-data.ts).
 */
export const NGRAM_TABLE_TEXT: string = '';

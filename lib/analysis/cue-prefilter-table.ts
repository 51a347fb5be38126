/**
 * What the cue prefilter reads off each cue pattern (cue-prefilter.ts patternFilter: its leading
 * strings, or for a pattern without any the strings every match contains), worked out for every
 * pattern of CUE_WORDS ahead of time. Reading them off the patterns is most of the cost of a
 * language's first analysis (about 80 ms of the CLI's 0.4 s to its first output line, profile
 * 2026-12-07), so the built CLI carries them worked out: scripts/build-cli.mjs replaces this
 * module's `null` with the JSON text of cuePrefilterTable(). Run from source (tsx, the tests,
 * the extension) the patterns are read as they are compiled. Entries are keyed by the pattern's
 * exact source and are the function's own output, so a table never changes what is found; a
 * pattern missing from it is read as before.
 */
export const CUE_PREFILTER_TABLE_JSON: string | null = null;

/**
 * compromise, the English tagger behind "why this spike" noun phrases (phrases.ts), loaded at
 * first use instead of at start-up: evaluating it builds its lexicon and tag model, which costs
 * far more than the rest of the background worker's start-up (figures in the commit that made it
 * lazy), and the worker needs it only when an alert opens or grows.
 *
 * In the background build the dynamic import cannot become a separate chunk (a service worker may
 * not `import()`, and WXT bundles the background as one IIFE): the bundler inlines compromise but
 * wraps it in a lazy initialiser, so the worker still only parses it at start-up and evaluates it
 * on the first call here.
 */

/** `compromise/two` (tokeniser + tagger, 301 KB minified) rather than the full build (365 KB):
 * phrases.ts needs only tags (#Noun, Pronoun). Measured identical englishPhrases() output on 4,015
 * texts (the saved pages' mentions and the shared VADER tweet and Amazon sets), 2026-12-07. */

/** The part of compromise's API phrases.ts uses. */
export type Nlp = (text: string) => { match(pattern: string): { json(): unknown } };

let loading: Promise<Nlp> | undefined;

/** Resolves with compromise's `nlp`, importing it on the first call only. */
export function loadNlp(): Promise<Nlp> {
  if (!loading) {
    const started = import('compromise/two').then((m) => m.default as unknown as Nlp);
    // A failed load (a worker torn down mid-import) is tried again on the next call.
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
    loading = started;
  }
  return loading;
}

/**
 * Limits and patterns shared by the zod schemas (lib/schema.ts) and by the code that runs inside
 * host pages. Content scripts must not import zod: building the schemas costs ~20–40 ms of main
 * thread at start-up on this machine's Chromium, over the 50 ms long-task budget together with
 * the rest of the script. So the rules live here, once, and both sides use them.
 */

/** Longest mention text we keep. Longer text is cut (and marked) rather than rejected: a 100 KB
 * review is still a complaint someone must answer. */
export const MAX_TEXT_CHARS = 20_000;
export const MAX_BATCH = 500;

/** `x:<status id>` (64-bit ids stay strings) or `amazon:<review id>`. */
export const MENTION_ID_RE = /^(x:\d{1,25}|amazon:[A-Z0-9]{6,20})$/;
/** Amazon Standard Identification Number. */
export const ASIN_RE = /^[A-Z0-9]{10}$/;
/** `Date.prototype.toISOString()` output: UTC, milliseconds, `Z`. Lists sort on it as text. */
export const ISO_UTC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export const FIELD_MAX = {
  authorHandle: 200,
  authorName: 500,
  langHint: 20,
  title: 2_000,
  marketplace: 40,
  repostedBy: 200,
  pageType: 40,
} as const;

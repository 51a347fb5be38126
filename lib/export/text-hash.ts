/**
 * The text hash an export writes (`textSha256`), kept on the stored row so an export does not
 * hash every text again: in Chromium, 100,000 WebCrypto digests (one round trip to the crypto
 * thread each, plus the UTF-8 encoding) were a fifth of the export's main-thread time
 * (bench/export.ts). The ingest computes it whenever it writes a text (lib/pipeline.ts).
 *
 * A text can change after capture (X's "Show more" expanded, a teammate's longer capture), and a
 * writer that replaces `text` but keeps the row's other fields would leave an old hash behind. So
 * the stored hash carries a 32-bit FNV-1a of the text it was computed from: the export recomputes
 * that (a few nanoseconds a character) and uses the stored SHA-256 only when it matches; otherwise,
 * and for rows stored before this field existed, it hashes the text as before. FNV-1a is a check
 * against a stale cache, not against tampering: whoever can write the row can write both fields.
 */
import type { Sha256Hex } from './sha256.ts';

export interface TextHash {
  /** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
  sha256: string;
  /** FNV-1a (32-bit) of the text's UTF-16 code units, unsigned. */
  fnv1a: number;
}

/** FNV-1a, 32-bit (offset basis 2166136261, prime 16777619: http://www.isthe.com/chongo/tech/comp/fnv/),
 * one step per UTF-16 code unit. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The stored SHA-256 when it was computed from this very text, else undefined. */
export function storedSha256(text: string, stored: TextHash | undefined): string | undefined {
  return stored !== undefined && stored.fnv1a === fnv1a32(text) ? stored.sha256 : undefined;
}

/** The hashes to store with `texts`, in order. */
export async function textHashes(texts: readonly string[], sha256: Sha256Hex): Promise<TextHash[]> {
  const hex = await sha256(texts);
  return texts.map((text, i) => ({ sha256: hex[i]!, fnv1a: fnv1a32(text) }));
}

/**
 * `textSha256` for every row: the stored hash where it still matches the row's text, the others
 * hashed together in one call (none when every row has its hash).
 */
export async function exportHashes(rows: readonly { text: string; textHash?: TextHash }[], sha256: Sha256Hex): Promise<string[]> {
  const out = rows.map((r) => storedSha256(r.text, r.textHash));
  const missing: number[] = [];
  out.forEach((h, i) => {
    if (h === undefined) missing.push(i);
  });
  if (missing.length > 0) {
    const computed = await sha256(missing.map((i) => rows[i]!.text));
    missing.forEach((row, k) => (out[row] = computed[k]!));
  }
  return out as string[];
}

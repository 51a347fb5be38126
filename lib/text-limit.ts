/**
 * Cutting over-long text to what we store. A 100 KB review is still a complaint someone must
 * answer, so it is cut and marked rather than rejected, and never split inside a surrogate pair
 * (a lone half would be odd Unicode in every export).
 */
import { MAX_TEXT_CHARS } from './limits.ts';

export function cutText(s: string, max: number = MAX_TEXT_CHARS): { text: string; truncated: boolean } {
  if (s.length <= max) return { text: s, truncated: false };
  const code = s.charCodeAt(max - 1);
  return { text: s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max), truncated: true };
}

/** For untrusted records about to be parsed: cut `text` and `quotedText` if they are strings
 * that are too long, so the schema's length limit rejects only what is not text at all. */
export function cutOversizedFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of ['text', 'quotedText'] as const) {
    const v = r[key];
    if (typeof v === 'string' && v.length > MAX_TEXT_CHARS) {
      out ??= { ...r };
      out[key] = cutText(v).text;
      if (key === 'text') out.truncated = true;
    }
  }
  return out ?? raw;
}

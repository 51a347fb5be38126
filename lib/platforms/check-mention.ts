/**
 * The adapters' own check of what they built, without zod (content scripts must not load it; see
 * lib/limits.ts). It applies the same rules as `MentionSchema`, from the same constants; a test
 * runs both over the same table so they cannot drift apart. The background still parses every
 * item with the schema when it arrives: this check only lets an adapter say *which* field of a
 * changed page came out wrong, for the health report.
 */
import { ASIN_RE, FIELD_MAX, ISO_UTC_RE, MAX_TEXT_CHARS, MENTION_ID_RE } from '../limits.ts';
import type { Mention } from '../schema.ts';

const KINDS = new Set(['post', 'reply', 'quote', 'repost']);

function isAbsoluteUrl(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(s) && Boolean(new URL(s).protocol);
  } catch {
    return false;
  }
}

const tooLong = (v: unknown, max: number) => v !== undefined && (typeof v !== 'string' || v.length > max);

/** `undefined` when `m` satisfies MentionSchema, else `field: problem`. */
export function checkMention(m: Mention): string | undefined {
  if (typeof m.id !== 'string' || !MENTION_ID_RE.test(m.id)) return 'id: not x:<digits> or amazon:<review id>';
  if (m.platform !== 'x' && m.platform !== 'amazon') return 'platform: unknown';
  if (!isAbsoluteUrl(m.permalink)) return 'permalink: not an absolute URL';
  if (typeof m.text !== 'string' || m.text.length > MAX_TEXT_CHARS) return 'text: missing or too long';
  if (m.quotedText !== undefined && (typeof m.quotedText !== 'string' || m.quotedText.length > MAX_TEXT_CHARS)) return 'quotedText: too long';
  for (const key of Object.keys(FIELD_MAX) as (keyof typeof FIELD_MAX)[]) {
    if (tooLong(m[key], FIELD_MAX[key])) return `${key}: too long`;
  }
  if (m.postedAt !== undefined && (typeof m.postedAt !== 'string' || !ISO_UTC_RE.test(m.postedAt))) return 'postedAt: not ISO UTC';
  if (m.rating !== undefined && !(typeof m.rating === 'number' && m.rating >= 0 && m.rating <= 5)) return 'rating: not in 0..5';
  if (m.productId !== undefined && !ASIN_RE.test(m.productId)) return 'productId: not an ASIN';
  if (m.kind !== undefined && !KINDS.has(m.kind)) return 'kind: unknown';
  if (m.pageUrl !== undefined && !isAbsoluteUrl(m.pageUrl)) return 'pageUrl: not an absolute URL';
  for (const key of ['truncated', 'verified'] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'boolean') return `${key}: not a boolean`;
  }
  return undefined;
}

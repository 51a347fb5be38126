/**
 * Imported text that is safe to store, show and lint: well-formed UTF-16 (no lone surrogate,
 * which JSON.parse produces from `"\ud800"` and which breaks every later encoding), no control
 * characters except tab and line breaks, and no bidirectional embedding, override or isolate
 * controls (U+202A–U+202E, U+2066–U+2069): they make the text shown differ from the text checked
 * ("Trojan Source", CVE-2021-42574). Left-to-right and right-to-left marks (U+200E/U+200F) stay:
 * they only affect neutral characters next to them.
 */

// C0 controls but tab, LF, CR; DEL and the C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_RE = new RegExp('[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]', 'u');
const BIDI_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnsafeTextReason = 'lone-surrogate' | 'control-character' | 'bidi-control';

/** Why `s` cannot be imported as text, or undefined when it can. */
export function unsafeTextReason(s: string): UnsafeTextReason | undefined {
  if (LONE_SURROGATE_RE.test(s)) return 'lone-surrogate';
  if (CONTROL_RE.test(s)) return 'control-character';
  if (BIDI_CONTROL_RE.test(s)) return 'bidi-control';
  return undefined;
}

const REASON_TEXT: Record<UnsafeTextReason, string> = {
  'lone-surrogate': 'contains a broken character (a lone UTF-16 surrogate)',
  'control-character': 'contains a control character (only tab and line breaks are allowed)',
  'bidi-control': 'contains a bidirectional override or isolate control (U+202A–U+202E, U+2066–U+2069), which makes the text shown differ from the text checked',
};

export function unsafeTextMessage(reason: UnsafeTextReason): string {
  return REASON_TEXT[reason];
}

// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const ESCAPE_RE = new RegExp('[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF]', 'gu');

/** For messages about hostile input: control characters and line breaks as `\uXXXX`, so one
 * message stays one line in a terminal or log, and at most `max` characters. */
export function escapeForMessage(s: string, max = 200): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return cut.replace(ESCAPE_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Exported records for the export tests, built from stored mentions the way the export does. */
import { createHash } from 'node:crypto';
import { toExportRecord } from '../../../lib/export/columns.ts';
import type { ExportExtras, ExportRecord, StoredMention } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function record(n: number, text: string, over: Partial<StoredMention> = {}, extras: ExportExtras = {}): ExportRecord {
  const m: StoredMention = { ...stored(n, { text }), ...over };
  return toExportRecord(m, extras, sha256(m.text));
}

/** Texts a manager's export meets: quotes, line breaks, emoji, CJK, RTL, formula-looking text. */
export const TRICKY_TEXTS: [string, string][] = [
  ['plain English', 'The parcel arrived broken and support ignores me.'],
  ['double quotes', 'They said "next week" three times'],
  ['only a quote', '"'],
  ['comma and semicolon', 'late, broken; refund?'],
  ['LF inside', 'first line\nsecond line'],
  ['CRLF inside', 'first line\r\nsecond line'],
  ['lone CR inside', 'first\rsecond'],
  ['trailing newline', 'ends with a break\n'],
  ['blank lines inside', 'para one\n\n\npara two'],
  ['emoji with ZWJ and skin tone', '😡📦 👩🏽‍💻 never again 🇩🇪'],
  ['Chinese', '包裹坏了，客服一直不回复！'],
  ['Japanese', '商品が壊れて届きました。返金してください。'],
  ['Korean', '배송이 너무 늦어요'],
  ['Arabic (RTL)', 'الطرد وصل مكسور ولم يرد أحد'],
  ['Hebrew with bidi marks', '\u200fהחבילה הגיעה שבורה\u200e (order 123)'],
  ['mixed RTL and numbers', 'طلب رقم 12345 — "لم يصل"'],
  ['formula', '=HYPERLINK("https://evil.example","click")'],
  ['DDE', "=cmd|' /C calc'!A0"],
  ['plus', '+1 to this complaint'],
  ['minus', '-5 stars if I could'],
  ['at mention', '@brand where is my order'],
  ['tab first', '\tindented'],
  ['LF first', '\nstarts with a break'],
  ['full-width equals', '＝1+1'],
  ['leading space and formula', '  =1+1'],
  ['formula on the second line', 'hello\n=1+1'],
  ['OWASP payload', '=1+2";=1+2'],
  ['empty text', ''],
  ['NUL and controls', 'a\u0000b\u0007c'],
  ['lone surrogate', 'broken \ud83d here'],
];

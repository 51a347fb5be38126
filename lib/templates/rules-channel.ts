/**
 * Rules of the channel a reply goes out on.
 *
 * - `x-reply`: X's 280 weighted characters (x-length.ts).
 * - `amazon-buyer-message`: Amazon's communication guidelines for Buyer-Seller Messaging
 *   (Seller Central help "Communication guidelines", "Buyer-Seller Messaging policies"): no links
 *   to outside sites (the incident notice is allowed where it is needed), no e-mail addresses,
 *   phone numbers or other ways off Amazon, no emoji, no request to change, remove or improve a
 *   review and no incentive for one.
 * - `amazon-feedback-response`: a seller's response to feedback can be posted once and not edited.
 */
import extractUrlsWithIndices from 'twitter-text/dist/extractUrlsWithIndices.js';

import type { Finding } from './findings.ts';
import { report, type LintCtx } from './lint-context.ts';

const URL_RE = /\bhttps?:\/\/[^\s<>"'\u3000-\u303F\uFF08\uFF09]+|\bwww\.[^\s<>"'\u3000-\u303F]+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// 7 or more digits in groups: +49 30 1234567, 1-800-555-0199, (030) 123 4567, 030 1234567.
const PHONE_RE = /(?<![\p{N}\p{L}])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}(?![\p{N}])|(?<![\p{N}\p{L}])\+\d{8,15}(?![\p{N}])|(?<![\p{N}\p{L}])0\d{8,12}(?![\p{N}])/gu;
// Amazon order ids (123-1234567-1234567) are the one long number a buyer message may carry.
const AMAZON_ORDER_RE = /^\d{3}-\d{7}-\d{7}$/;
const MESSENGER_RE = /(?<![\p{L}])(?:whatsapp|wechat|weixin|telegram|skype|viber|kakaotalk|line id|signal app|facebook messenger|instagram dm|dm us on|微信|加微|qq号|ＱＱ|ライン|LINE ?ID)(?![\p{L}])/giu;
// Quick tests before the costly scans: the messenger names' distinctive letters, and the code
// ranges every emoji lies in (symbols U+2000–U+3300, astral pictographs via U+D83C–U+D83E).
const MESSENGER_HINT_RE = /whats|wechat|weixin|telegram|skype|viber|kakao|line|signal|messenger|instagram|dm us|微信|加微|qq|ＱＱ|ライン/i;
const EMOJI_HINT_RE = /[\u00a9\u00ae\u2000-\u32ff\ud83c-\ud83e]/;
// Pictographs and flags; ©, ® and ™ are Extended_Pictographic but not emoji to a reader.
const EMOJI_RE = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}\uFE0F?|[\u{1F1E6}-\u{1F1FF}]{2}/gu;

// What every URL_RE match holds: "://", or "www." in either case (no other letter folds to w).
// Most texts have neither: 0.5 ms for the bench pack's 1,296 buyer message texts against 4.5 ms
// for URL_RE's scan (warm loop, tsx on this machine).
const URL_HINT_RE = /www\./i;
// Only where a dot sits between letters, the one thing every bare domain has.
const BARE_DOMAIN_HINT_RE = /[\p{L}\p{N}]\.[\p{L}]/u;
// PHONE_RE's matches with fewer than 7 digits are dropped: text with fewer has none to report
// (the bench pack: 45 of its 1,299 buyer message texts have 7, 617 have two in a row).
const SEVEN_DIGITS_RE = /\d(?:\D*\d){6}/;
const DIGIT_RE = /\d/g;
const DATE_LIKE_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const GROUPED_NUMBER_RE = /^\d{1,3}(?:[.,\s]\d{3})+$/;

function normaliseUrl(u: string): string {
  return u.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[/.,;:!?)]+$/, '');
}

/** normaliseUrl of the last notice link asked for: a pack lint asks for one, once per text. */
let lastNotice: { url: string; key: string } | undefined;

function noticeKeyOf(url: string): string {
  if (lastNotice?.url !== url) lastNotice = { url, key: normaliseUrl(url) };
  return lastNotice.key;
}

function digitsIn(s: string): number {
  return (s.match(DIGIT_RE) ?? []).length;
}

/** `findings`: where its findings go (the context's own list unless told). */
export function amazonBuyerMessage(c: LintCtx, findings: Finding[] = c.findings): void {
  const text = c.text;
  const notice = c.incident?.statement.facts.url;
  const noticeKey = notice ? noticeKeyOf(notice) : undefined;
  const taken: [number, number][] = [];
  const add = (rule: 'amazon-link' | 'amazon-contact' | 'amazon-emoji', start: number, end: number, key: 'lint.amazonLink.message' | 'lint.amazonContact.message' | 'lint.amazonEmoji.message', hintKey: 'lint.amazonLink.hint' | 'lint.amazonContact.hint' | 'lint.amazonEmoji.hint') => {
    taken.push([start, end]);
    findings.push({ rule, severity: 'block', start, end, message: { key, params: { phrase: text.slice(start, end) } }, hint: { key: hintKey } });
  };
  const overlapsTaken = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);

  if (text.includes('@')) for (const m of text.matchAll(EMAIL_RE)) add('amazon-contact', m.index, m.index + m[0].length, 'lint.amazonContact.message', 'lint.amazonContact.hint');
  const links = text.includes('://') || URL_HINT_RE.test(text) ? [...text.matchAll(URL_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, url: m[0] })) : [];
  // Bare domains ("shop.com/x"), by twitter-text's list of real top-level domains.
  if (BARE_DOMAIN_HINT_RE.test(text)) for (const u of extractUrlsWithIndices(text)) links.push({ start: u.indices[0], end: u.indices[1], url: u.url });
  for (const l of links.sort((a, b) => a.start - b.start)) {
    if (overlapsTaken(l.start, l.end) || (noticeKey !== undefined && normaliseUrl(l.url) === noticeKey)) continue;
    add('amazon-link', l.start, l.end, 'lint.amazonLink.message', 'lint.amazonLink.hint');
  }
  for (const m of SEVEN_DIGITS_RE.test(text) ? text.matchAll(PHONE_RE) : []) {
    const s = m[0].trim();
    if (digitsIn(s) < 7 || AMAZON_ORDER_RE.test(s) || DATE_LIKE_RE.test(s) || GROUPED_NUMBER_RE.test(s) || overlapsTaken(m.index, m.index + m[0].length)) continue;
    add('amazon-contact', m.index, m.index + s.length, 'lint.amazonContact.message', 'lint.amazonContact.hint');
  }
  if (MESSENGER_HINT_RE.test(text)) for (const m of text.matchAll(MESSENGER_RE)) add('amazon-contact', m.index, m.index + m[0].length, 'lint.amazonContact.message', 'lint.amazonContact.hint');
  if (EMOJI_HINT_RE.test(text)) for (const m of text.matchAll(EMOJI_RE)) add('amazon-emoji', m.index, m.index + m[0].length, 'lint.amazonEmoji.message', 'lint.amazonEmoji.hint');

  const t = c.t;
  if (!t) return;
  // report() writes to the context's list: moved from there when they go elsewhere.
  const before = c.findings.length;
  for (const [, a, b] of c.hits.reviewRequests) report(c, 'amazon-review', a, b, { key: 'lint.amazonReview.message' }, { key: 'lint.amazonReview.hint' });
  if (findings !== c.findings) for (const f of c.findings.splice(before)) findings.push(f);
}

export function feedbackOnce(findings: Finding[]): void {
  findings.push({ rule: 'feedback-once', severity: 'warn', start: 0, end: 0, message: { key: 'lint.feedbackOnce.message' }, hint: { key: 'lint.feedbackOnce.hint' } });
}

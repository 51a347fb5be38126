/**
 * Emoji and emoticon valence, the same in every language (research/sentiment-baselines.md
 * section 4, item 3: emoji are the main signal English lexicons catch in foreign tweets).
 *
 * Values are on VADER's -4..+4 scale. Signs follow the Emoji Sentiment Ranking (Kralj Novak et al.,
 * "Sentiment of Emojis", PLoS ONE 2015); magnitudes are hand-rounded and kept small for emoji used
 * both ways: 😂 and 😭 are laughing as often as crying, 🙄 marks sarcasm (it must not flip a
 * positive text on its own, so it is only mildly negative), 🔥 praises as often as it reports a fire.
 * 😤 is left out: Unicode names it "face with look of triumph", and it is used for pride and
 * determination as much as for anger, so alone it must not flag a post.
 */

const EMOJI: Record<string, number> = {
  // Anger, disgust, thumbs down.
  '😡': -3, '🤬': -3.5, '😠': -2.8, '👎': -2.5, '🖕': -3, '🤮': -3, '🤢': -2.5, '💩': -2.5, '😾': -2,
  // Sadness, disappointment, frustration.
  '😞': -2.2, '😔': -1.8, '😢': -2.2, '😭': -1.2, '😩': -2, '😫': -2, '😖': -2, '😣': -1.8, '😒': -1.8,
  '😕': -1.5, '🙁': -2, '☹': -2, '😟': -1.8, '😧': -1.5, '😨': -1.8, '😰': -1.8, '😱': -1.5, '💔': -2.5,
  '😿': -2, '😓': -1.5, '😥': -1.5, '🤦': -1.8, '😑': -1, '🙄': -1, '😬': -0.8, '😵': -1.5, '🤡': -1.5,
  '❌': -1.5, '🚫': -1.5, '⚠': -1,
  // Joy, love, approval.
  '😍': 3, '🥰': 3, '😘': 2.5, '😊': 2.2, '☺': 2, '🙂': 1.2, '😀': 2, '😃': 2.2, '😄': 2.2, '😁': 2,
  '😆': 1.8, '😂': 1, '🤣': 1, '😉': 1.5, '😎': 1.8, '🤩': 3, '😻': 2.8, '😇': 2, '🤗': 2.2, '😋': 2,
  '👍': 2.5, '👌': 2, '👏': 2, '🙌': 2.2, '💯': 2, '💪': 1.5, '🙏': 1, '🎉': 2.2, '🥳': 2.5, '🏆': 2,
  '🥇': 2, '✅': 1.5, '⭐': 1, '🌟': 1.5, '✨': 1,
  '❤': 2.8, '♥': 2.5, '💕': 2.5, '💖': 2.8, '💗': 2.5, '💓': 2.5, '💞': 2.5, '💙': 2, '💚': 2, '💛': 2,
  '💜': 2, '🧡': 2, '🤍': 2,
};

/** Laughter spelled out (lol, haha, ahah, jaja, kkkk, rsrs, mdr, wkwk, xd, www): like 😂, whatever a
 * negator three words back says, the writer is laughing. "no so haha funny", "IM NOT THE LATTER
 * LOL": a negated laugh is not a complaint. (Which laughs carry valence is each language's list.) */
const LAUGHTER = /^(?:l+o+l+z*|lmf?ao+|rofl|(?:h+[ae]+){2,}h?|(?:a+h+){2,}a?|(?:j+[ae]+){2,}j?|k{3,}|rs(?:rs)+|mdr+|(?:wk){2,}|x+d+|w{3,})$/;

export function isLaughter(word: string): boolean {
  return LAUGHTER.test(word);
}

/** Valence of one emoji token (skin-tone modifier ignored); 0 when unknown or neutral. */
export function emojiValence(token: string): number {
  const base = [...token][0] ?? '';
  return EMOJI[base] ?? 0;
}

/** Valence of an emoticon token as matched by tokenize.ts. The mouth decides: ")" "D" "]" smile,
 * "(" "[" frown, "/" "\" "|" unsure; a tear "'" deepens a frown. */
export function emoticonValence(token: string): number {
  if (token.length > 3 && token.startsWith('(') && token.endsWith(')')) return kaomojiValence(token);
  if (/^<3+$/.test(token)) return 2.8;
  // Annoyed ("-_-", "-.-"), baffled ("o_O"), aghast ("D:", a frown read right to left).
  if (/^-[_.]+-$/.test(token)) return -1.5;
  if (/^[oO][_.]+[oO]$/.test(token)) return -0.8;
  if (token === 'D:') return -2;
  if (/^<\/3+$/.test(token)) return -2.5;
  if (/^\^[_.-]?\^$/.test(token)) return 1.8;
  if (/^([tT]_[tT]|;_;)$/.test(token)) return -2;
  if (/^[xX]/.test(token)) return token.includes('(') ? -2 : /[pP]/.test(token) ? 1 : 1.5;
  // Reversed faces: "):" sad, "(:" happy.
  if (/^\)/.test(token)) return -2;
  if (/^\(/.test(token)) return 2;
  const mouth = token.slice(-1);
  if (mouth === '(' || mouth === '[') return token.includes("'") ? -2.2 : -2;
  if (mouth === '/' || mouth === '\\') return -1.2;
  if (mouth === '|') return -0.5;
  if (mouth === 'D') return 2.5;
  if (mouth === 'P' || mouth === 'p') return 1;
  if (mouth === ')' || mouth === ']' || mouth === '3' || mouth === '*') return token.startsWith(';') ? 1.5 : 2;
  return 0;
}

/** Smiling eyes and open mouths (^ ＾ ≧ ◕ ∀ ▽ ‿) read as joy. */
const KAOMOJI_HAPPY = /[\^＾≧◕∀▽‿]/;
/** Tears and grimaces (； ; ｡ ╥ ︵ Д 益 皿), the downcast "shobon" (´・ω・`, whose ´ NFKC makes U+0301)
 * and the screwed-up eyes of (>_<) read as sadness, pain or frustration. */
const KAOMOJI_SAD = /[；;｡╥︵Дд益皿]|(?:´|\u0301)[^`]*`|>.?_.?</;

/** Valence of a kaomoji token (tokenize.ts KAOMOJI_FACE): joy wins when a face shows both, as in
 * tears of joy (T▽T); an unrecognised face is neutral. */
export function kaomojiValence(token: string): number {
  if (KAOMOJI_HAPPY.test(token)) return 2;
  if (KAOMOJI_SAD.test(token)) return -1.8;
  return 0;
}

/**
 * Laughter after a mild complaint word takes the complaint back: "いっぱい行くとこあって困ってしまう😅"
 * (so many places to go, what a dilemma), "so tired lol", "好累哈哈", "estoy muerta jajaja" are
 * chatter, not complaints (issue 13: a cheerful ski-resort post was the demo inbox's first
 * complaint). Laughter here is a laugh spelled out (emoji.ts isLaughter: lol, haha, jaja, kkkk, rsrs,
 * mdr, www...), a laughing emoji (😅 😂 🤣 😆 😹), or 笑 / 草 / 哈哈 / ｗ closing a Japanese or
 * Chinese run ("困った笑", "(笑)").
 *
 * Only mild words are taken back (|valence| <= MILD_WORD as listed, before negation and boosters,
 * so "so tired lol" is as mild as "tired lol"): a complaint
 * phrase ("never arrived 😅", "broke after two days lol") or a strong word ("worst service ever
 * lol", "so disappointed 😅") still flags. A laugh reaches back over its own sentence and, when it
 * opens a sentence of its own ("困ってしまう。😅"), over the sentence before.
 */
import { isLaughter } from './emoji.ts';
import type { Hit } from './hits.ts';
import type { Token } from './tokenize.ts';

/** The largest word valence a laugh takes back: VADER rates "tired" -1.9, "annoying" -1.8, "ugh"
 * -1.8, our ja.ts 困 -2; "sad" (-2.1), "terrible" (-2.1), "disappointed" (-2.2), "hate" (-2.7) are
 * beyond it. */
export const MILD_WORD = 2;

const LAUGHING_EMOJI = new Set(['😅', '😂', '🤣', '😆', '😹']);
/** 笑 (and its net slang 草, w) or 哈哈 closing a CJK run. */
const CJK_LAUGH_END = /(?:笑|草|[wｗ]{2,}|哈{2,})$/u;

function isLaugh(t: Token): boolean {
  if (t.kind === 'emoji') return LAUGHING_EMOJI.has([...t.text][0] ?? '');
  if (t.kind === 'word' || t.kind === 'hashtag') return isLaughter(t.norm);
  if (t.kind === 'emoticon') return /^[xX]D+$/.test(t.text);
  if (t.kind === 'cjk') return CJK_LAUGH_END.test(t.text);
  return false;
}

/**
 * The text each laugh reaches back over, as [from, to) offsets, merged in order of the text; null
 * when there is no laugh (the common case: one pass over the tokens, no allocation).
 */
export function laughterReach(tokens: readonly Token[], sentenceOf: readonly number[]): [number, number][] | null {
  let out: [number, number][] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !isLaugh(t)) continue;
    const sentence = sentenceOf[i] ?? 0;
    // Where the laugh's own sentence starts, and whether anything but punctuation, emoji and other
    // laughs comes before it there.
    let first = i;
    let opens = true;
    while (first > 0 && sentenceOf[first - 1] === sentence) {
      first -= 1;
      const b = tokens[first];
      if (b && b.kind !== 'punct' && b.kind !== 'emoji' && b.kind !== 'emoticon' && !isLaugh(b)) opens = false;
    }
    let from = tokens[first]?.start ?? t.start;
    if (opens) {
      let k = first - 1;
      while (k > 0 && sentenceOf[k - 1] === sentenceOf[first - 1]) k -= 1;
      if (k >= 0 && first > 0) from = tokens[k]?.start ?? from;
    }
    // A laughing CJK run laughs at itself too ("困った笑").
    const to = t.kind === 'cjk' ? t.end : t.start;
    (out ??= []).push([from, to]);
  }
  return out;
}

/** Takes back the mild negative words inside a laugh's reach (sets their valence to 0). */
export function softenBeforeLaughter(hits: readonly Hit[], reach: readonly [number, number][]): void {
  for (const h of hits) {
    const listed = h.listed ?? h.valence;
    if (h.kind !== 'word' || h.valence >= 0 || listed < -MILD_WORD) continue;
    if (reach.some(([from, to]) => h.start >= from && h.end <= to)) h.valence = 0;
  }
}

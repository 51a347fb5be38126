/**
 * Tokens of prepared text (see prepare.ts), with [start, end) offsets into that prepared text.
 *
 * Space-delimited scripts are split by one regular expression. Runs of Han, kana and Thai, which
 * have no spaces, are split with `Intl.Segmenter` (built into browsers and Node 20's full ICU);
 * research/sentiment-baselines.md section 2 shows whitespace tokens leave lexicons blind on ja/zh.
 * URLs, @handles, hashtags, emoticons and emoji get their own kinds so language detection can
 * ignore them and sentiment can read emoji.
 */

export type TokenKind =
  | 'word'
  | 'cjk' // a segment of a Han/kana/Thai run
  | 'number'
  | 'emoji'
  | 'emoticon'
  | 'url'
  | 'handle'
  | 'hashtag'
  | 'punct'
  | 'break'; // a line break: ends a sentence like a full stop (review title / body)

export interface Token {
  kind: TokenKind;
  /** The token as it appears in the prepared text. */
  text: string;
  /** Lower-cased, NFC: what lexicons are keyed by. Hashtags lose their '#'. */
  norm: string;
  start: number;
  end: number;
}

const NO_SPACE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc\\u3005\\u3006\\p{Script=Thai}';

// Order matters: URLs before emoticons (":/" in "https://"), emoticons before punctuation.
const TOKEN_RE = new RegExp(
  [
    '(?<url>(?:https?:\\/\\/|www\\.)[^\\s]+)',
    '(?<handle>@[A-Za-z0-9_]{1,15})',
    '(?<hashtag>#[\\p{L}\\p{M}\\p{N}_]+)',
    // Western emoticons (":-(", ";)", ":'(", "xD", "</3") and a few eastern ones ("^^", "T_T").
    // Not preceded or followed by a letter/digit, so "10:30" or "x3" in a word do not count.
    "(?<emoticon>(?<![\\p{L}\\p{N}])(?:[:;=][-'^o]?[)(\\]\\[dDpP/\\\\|*3oO@$]+|[xX][dDpP(]+|<\\/?3+|[)(][-'^]?[:;=]|\\^[_.-]?\\^|[tT]_[tT]|;_;)(?![\\p{L}\\p{N}]))",
    // One pictograph, with an optional skin-tone modifier; or a flag (two regional indicators).
    '(?<emoji>\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}]?|[\\u{1F1E6}-\\u{1F1FF}]{2})',
    `(?<cjk>[${NO_SPACE}]+)`,
    `(?<word>(?:(?![${NO_SPACE}])[\\p{L}\\p{M}\\p{N}])+(?:['’](?:(?![${NO_SPACE}])[\\p{L}\\p{M}])+)*)`,
    '(?<brk>\\n)',
    '(?<punct>[!?.,;:…¡¿。！？、，；：．]+)',
  ].join('|'),
  'gu',
);

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const THAI = /\p{Script=Thai}/u;

// Segmenters are costly to construct; one per locale for the life of the module.
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const s = m[0];
    if (g.cjk !== undefined) {
      pushSegments(tokens, s, start);
      continue;
    }
    const kind: TokenKind =
      g.url !== undefined
        ? 'url'
        : g.handle !== undefined
          ? 'handle'
          : g.hashtag !== undefined
            ? 'hashtag'
            : g.emoticon !== undefined
              ? 'emoticon'
              : g.emoji !== undefined
                ? 'emoji'
                : g.brk !== undefined
                  ? 'break'
                  : g.punct !== undefined
                    ? 'punct'
                    : /^\p{N}+$/u.test(s)
                      ? 'number'
                      : 'word';
    const norm = kind === 'hashtag' ? normalizeWord(s.slice(1)) : kind === 'word' ? normalizeWord(s) : s;
    tokens.push({ kind, text: s, norm, start, end: start + s.length });
  }
  return tokens;
}

/** Lower-case, NFC (prepare.ts leaves combining accents decomposed), typographic apostrophe -> '. */
export function normalizeWord(s: string): string {
  return s.toLowerCase().normalize('NFC').replace(/’/g, "'");
}

function pushSegments(tokens: Token[], run: string, offset: number): void {
  const locale = THAI.test(run) ? 'th' : KANA.test(run) ? 'ja' : 'zh';
  for (const seg of segmenter(locale).segment(run)) {
    const start = offset + seg.index;
    tokens.push({ kind: 'cjk', text: seg.segment, norm: seg.segment, start, end: start + seg.segment.length });
  }
}

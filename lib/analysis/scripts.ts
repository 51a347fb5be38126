/**
 * Which writing systems a text's letters belong to. Script is the strongest language signal there
 * is for short text: kana can only be Japanese, Hangul only Korean, and so on. franc does the same
 * internally, but only for the one script with the most characters.
 */
import type { Script } from './lang-codes.ts';

export type ScriptCounts = Record<Script, number>;

const SCRIPT_RES: readonly (readonly [Script, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u],
  ['Han', /[\p{Script=Han}\u3005\u3006]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Greek', /\p{Script=Greek}/u],
];
const LETTER = /\p{L}/u;

export function emptyCounts(): ScriptCounts {
  return { Latin: 0, Cyrillic: 0, Greek: 0, Arabic: 0, Hebrew: 0, Devanagari: 0, Thai: 0, Hangul: 0, Han: 0, Kana: 0, Other: 0 };
}

/** The keys of emptyCounts() in their order (the order Object.keys gives), for loops that must
 * visit them the same way without building the array each time. */
export const SCRIPT_ORDER: readonly Script[] = Object.keys(emptyCounts()) as Script[];

/** Per BMP code unit: 0 not yet known, NOT_A_LETTER, or 1 + the script's index in SCRIPT_ORDER.
 * Filled on first sight of each character, so a letter costs one read. Bound: fixed at 64 KB. */
const scriptCache = new Uint8Array(0x10000);
const NOT_A_LETTER = 255;

/** Add the letters of `s` to `counts` (marks, digits, symbols and punctuation are not letters). */
export function countScripts(s: string, counts: ScriptCounts): ScriptCounts {
  // Letters outside ASCII are counted in runs of one script and added a run at a time: a store
  // under a varying key per character was 2% of the analyser's time on Japanese posts.
  let runScript = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Fast path: ASCII letters are by far the most common input.
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.Latin += 1;
      continue;
    }
    const next = c >= 0xd800 && c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      // A character outside the BMP (a surrogate pair): rare, asked of the regexes directly.
      const script = scriptOfChar(c, s.slice(i, i + 2));
      if (script) counts[script] += 1;
      i += 1;
      continue;
    }
    let known = scriptCache[c] ?? 0;
    if (known === 0) {
      const script = scriptOfChar(c, String.fromCharCode(c));
      known = script ? SCRIPT_ORDER.indexOf(script) + 1 : NOT_A_LETTER;
      scriptCache[c] = known;
    }
    if (known === NOT_A_LETTER) continue;
    if (known !== runScript) {
      addRun(counts, runScript, run);
      runScript = known;
      run = 0;
    }
    run += 1;
  }
  addRun(counts, runScript, run);
  return counts;
}

function addRun(counts: ScriptCounts, known: number, run: number): void {
  const script = run > 0 ? SCRIPT_ORDER[known - 1] : undefined;
  if (script) counts[script] += run;
}

/** The script of one character (`c` is its first code unit), or undefined for no letter. */
function scriptOfChar(c: number, ch: string): Script | undefined {
  // Accented Latin, then blocks that hold only letters of one script (plus a few marks,
  // counted alike): no regex.
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return 'Latin';
  const fast = blockScript(c);
  if (fast) return fast;
  if (!LETTER.test(ch)) return undefined;
  for (const [name, re] of SCRIPT_RES) if (re.test(ch)) return name;
  return 'Other';
}

/** Scripts used by one language each, outside the n-gram table: [first, last code point, language]. */
const SINGLE_LANGUAGE_SCRIPTS: readonly (readonly [number, number, string])[] = [
  [0x0530, 0x058f, 'hy'], [0x0980, 0x09ff, 'bn'], [0x0a00, 0x0a7f, 'pa'], [0x0a80, 0x0aff, 'gu'],
  [0x0b00, 0x0b7f, 'or'], [0x0b80, 0x0bff, 'ta'], [0x0c00, 0x0c7f, 'te'], [0x0c80, 0x0cff, 'kn'],
  [0x0d00, 0x0d7f, 'ml'], [0x0d80, 0x0dff, 'si'], [0x0e80, 0x0eff, 'lo'], [0x1000, 0x109f, 'my'],
  [0x10a0, 0x10ff, 'ka'], [0x1200, 0x139f, 'am'], [0x1780, 0x17ff, 'km'],
];

/** The language of a word written in a script only one language uses, or undefined. */
export function languageOfScript(word: string): string | undefined {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    for (const [lo, hi, lang] of SINGLE_LANGUAGE_SCRIPTS) if (c >= lo && c <= hi) return lang;
  }
  return undefined;
}

function blockScript(c: number): Script | undefined {
  if (c >= 0x4e00 && c <= 0x9fff) return 'Han';
  if (c >= 0x3041 && c <= 0x30ff && c !== 0x30fb) return 'Kana';
  if (c >= 0xac00 && c <= 0xd7a3) return 'Hangul';
  if (c >= 0x0430 && c <= 0x044f) return 'Cyrillic';
  if (c >= 0x0621 && c <= 0x064a) return 'Arabic';
  if (c >= 0x05d0 && c <= 0x05ea) return 'Hebrew';
  if (c >= 0x0e01 && c <= 0x0e3a) return 'Thai';
  if (c >= 0x0905 && c <= 0x0939) return 'Devanagari';
  return undefined;
}

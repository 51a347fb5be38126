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

/** Add the letters of `s` to `counts` (marks, digits, symbols and punctuation are not letters). */
export function countScripts(s: string, counts: ScriptCounts): ScriptCounts {
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    // Fast path: ASCII letters are by far the most common input.
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.Latin += 1;
      continue;
    }
    if (!LETTER.test(ch)) continue;
    let script: Script = 'Other';
    for (const [name, re] of SCRIPT_RES) {
      if (re.test(ch)) {
        script = name;
        break;
      }
    }
    counts[script] += 1;
  }
  return counts;
}

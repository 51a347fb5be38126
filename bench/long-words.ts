/**
 * How long the analyser takes on one very long "word" (a pasted hash, a key mashed for a page, a
 * spam run without spaces), with the language hint the platform gives. Figures, not pass/fail
 * (tests/unit/analysis/long-words.test.ts checks a generous bound):
 * - German: median and max ms over 15 distinct 10,000-letter words with the `de` hint. Reading
 *   compounds by their tail once made this quadratic (~77 ms median, ~230 ms max on 2026-12-07);
 *   target <= 5 ms;
 * - every language with a pack: median and max ms over 5 distinct 100 KB words in its own letters
 *   (only the first MAX_ANALYSED_CHARS are read, prepare.ts).
 *
 *   npx tsx bench/long-words.ts      # standalone
 *   benchLongWords()                 # from bench/run.ts
 *
 * Each language's pack is compiled, and ten long words per language analysed, before timing
 * starts: compiling a pack happens once per worker, and V8 runs a regex in its interpreter and a
 * function unoptimised for the first few calls; neither is what these figures are about (the
 * first long word of a cold process took up to ~35 ms).
 */
import { analyzeText } from '../lib/analysis/index.ts';
import { PACK_LANGUAGES } from '../lib/analysis/languages/index.ts';

/** The letters a word of each pack language is made of: its alphabet, or for ja/zh/ar common
 * characters of the script (kana and kanji, hanzi, Arabic letters). */
export const LETTERS: Readonly<Record<string, string>> = {
  en: 'abcdefghijklmnopqrstuvwxyz',
  de: 'abcdefghijklmnopqrstuvwxyzäöüß',
  es: 'abcdefghijklmnopqrstuvwxyzáéíóúñü',
  fr: 'abcdefghijklmnopqrstuvwxyzàâçéèêëîïôùûüÿœ',
  it: 'abcdefghijklmnopqrstuvwxyzàèéìòù',
  pt: 'abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõú',
  id: 'abcdefghijklmnopqrstuvwxyz',
  ms: 'abcdefghijklmnopqrstuvwxyz',
  ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ja: 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコ悪品届壊最高満足良',
  zh: '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手',
};

/** A word of `length` letters of `letters`, the same for the same seed (a linear congruential
 * generator, glibc's constants). */
export function longWord(letters: string, seed: number, length: number): string {
  let s = seed;
  let w = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    w += letters[s % letters.length];
  }
  return w;
}

export interface LongWordTiming {
  lang: string;
  letters: number;
  words: number;
  /** Wall-clock time per word. */
  medianMs: number;
  maxMs: number;
  /** CPU time per word (process.cpuUsage: every thread, so GC and JIT threads count too): on
   * this loaded 2-core machine the wall-clock max is mostly time the process was not running. */
  medianCpuMs: number;
  maxCpuMs: number;
}

export interface LongWordFigures {
  /** 15 distinct 10,000-letter words, `de` hint. */
  german: LongWordTiming;
  /** 5 distinct 100 KB words per pack language, with its hint. */
  perLanguage: LongWordTiming[];
}

function time(lang: string, letters: number, seeds: readonly number[]): LongWordTiming {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const seed of seeds) {
    const text = longWord(LETTERS[lang] ?? LETTERS.en ?? '', seed, letters);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyzeText({ text, langHint: lang });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  return { lang, letters, words: seeds.length, medianMs: median(wall), maxMs: Math.max(...wall), medianCpuMs: median(cpu), maxCpuMs: Math.max(...cpu) };
}

export function benchLongWords(): LongWordFigures {
  for (const lang of PACK_LANGUAGES) {
    analyzeText({ text: 'bad schlecht mal 悪い 差 سيء', langHint: lang }, { languages: [lang, 'en'] });
    for (let seed = 9001; seed <= 9010; seed++) analyzeText({ text: longWord(LETTERS[lang] ?? '', seed, 10_000), langHint: lang });
  }
  const seeds = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);
  return {
    german: time('de', 10_000, seeds(15, 1)),
    perLanguage: PACK_LANGUAGES.map((lang) => time(lang, 100_000, seeds(5, 101))),
  };
}

export function formatLongWords(f: LongWordFigures): string {
  const ms = (x: number) => x.toFixed(2);
  const g = f.german;
  return [
    `German, ${g.words} distinct ${g.letters.toLocaleString('en')}-letter words, de hint: median ${ms(g.medianMs)} ms, max ${ms(g.maxMs)} ms ` +
      `(CPU: median ${ms(g.medianCpuMs)} ms, max ${ms(g.maxCpuMs)} ms; target <= 5 ms)`,
    '| language (hint) | 100 KB word: median ms | max ms | CPU median ms | CPU max ms |',
    '|---|---:|---:|---:|---:|',
    ...f.perLanguage.map((t) => `| ${t.lang} | ${ms(t.medianMs)} | ${ms(t.maxMs)} | ${ms(t.medianCpuMs)} | ${ms(t.maxCpuMs)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatLongWords(benchLongWords()));

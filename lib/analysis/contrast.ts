/**
 * VADER's "but" rule, kept local: words after a contrast word in its sentence weigh 1.5, words
 * before it in that sentence or the one before ("Great price. But it broke.") weigh 0.5. VADER
 * applies it to the whole text, which is right for a tweet but lets one late "but" halve a long
 * review.
 */
import { tokenAt, type Marker } from './hits.ts';
import type { LanguagePack } from './pack.ts';
import type { Token } from './tokenize.ts';

/**
 * The contrast words of one text, as offsets (a CJK run is one token and its contrast word,
 * けど or 但是, sits inside it) with their sentence. Kept per sentence as the first and last
 * offset, which is all factor() needs: a text full of "but"s costs one lookup per hit, not one
 * pass over every "but" per hit.
 */
export class ContrastPoints {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private readonly all: number[] = [];
  private sorted = true;

  add(at: number, sentence: number): void {
    if (this.all.length > 0 && at < (this.all[this.all.length - 1] ?? 0)) this.sorted = false;
    this.all.push(at);
    const first = this.first.get(sentence);
    if (first === undefined || at < first) this.first.set(sentence, at);
    const last = this.last.get(sentence);
    if (last === undefined || at > last) this.last.set(sentence, at);
  }

  get empty(): boolean {
    return this.first.size === 0;
  }

  /** How many contrast words start before offset `at`: complaint.ts cuts clauses there. */
  before(at: number): number {
    if (!this.sorted) {
      this.all.sort((a, b) => a - b);
      this.sorted = true;
    }
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.all[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The weight of a hit at offset `at` in sentence `sentence`: 1.5 after a contrast word of its
   * sentence, else 0.5 before one in its sentence or the next, else 1. */
  factor(at: number, sentence: number): number {
    if ((this.first.get(sentence) ?? Infinity) < at) return 1.5;
    if ((this.last.get(sentence) ?? -Infinity) > at || (this.last.get(sentence + 1) ?? -Infinity) > at) return 0.5;
    return 1;
  }
}

/** The contrast markers word-lookup.ts found, and with `cjk` on, every contrast word of the CJK
 * packs anywhere in the text. */
export function contrastPoints(
  text: string,
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  markers: ReadonlyMap<number, Marker>,
  cjkPacks: readonly LanguagePack[],
  cjk: boolean,
): ContrastPoints {
  const points = new ContrastPoints();
  for (const [i, m] of markers) if (m === 'contrast') points.add(tokens[i]?.start ?? 0, sentenceOf[i] ?? -1);
  if (cjk) for (const at of cjkContrastOffsets(text, cjkPacks)) points.add(at, sentenceOf[tokenAt(tokens, at)] ?? -1);
  return points;
}

function cjkContrastOffsets(text: string, packs: readonly LanguagePack[]): number[] {
  const out: number[] = [];
  for (const p of packs) {
    for (const c of p.contrast) {
      for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + c.length)) out.push(at);
    }
  }
  return out;
}

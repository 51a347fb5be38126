/**
 * scanPhrases for many texts of one call (a pack lint): each text is cut at the characters no
 * phrase of its language can match (cut-points.ts; compile.ts CUT_CANDIDATES: sentence and line
 * ends), each piece is scanned once, and a text's hits are its pieces' hits moved to where each
 * piece stands.
 *
 * Exact: no match can reach a cut character or look past it (cut-points.ts says why), so the
 * matches of a phrase in a text are those in its pieces, and in text order piece after piece.
 * Packs repeat their sentences: the bench pack's 6,436 texts (956,000 characters) are 21,919
 * pieces, 1,242 of them different (79,000 characters).
 */
import { GROUPS, NO_HITS, scanPhrases, type CompiledLang, type GroupName, type PhraseGroup, type PhraseHits } from './lang/compile.ts';

interface LangCuts {
  /** Finds the cut characters (global), or undefined when the language has none. */
  re?: RegExp;
  /** A piece's hits, or null when it has none (most pieces: nothing to add). */
  pieces: Map<string, PhraseHits | null>;
}

/** Keeps a call's memory bounded whatever it lints: a pack's pieces are a few thousand. */
const MAX_PIECES = 20_000;

/** A language's cut regex, or null when it has no cut point: the same for every call. */
const cutRes = new WeakMap<CompiledLang, RegExp | null>();

function cutRe(t: CompiledLang): RegExp | undefined {
  let re = cutRes.get(t);
  if (re === undefined) {
    // Only characters that none of the language's groups can match.
    let cuts = (t[GROUPS[0]] as PhraseGroup<unknown>).cuts;
    for (const g of GROUPS) cuts = [...cuts].filter((c) => (t[g] as PhraseGroup<unknown>).cuts.includes(c)).join('');
    re = cuts === '' ? null : new RegExp(`[${[...cuts].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
    cutRes.set(t, re);
  }
  return re ?? undefined;
}

export class PhraseScanMemo {
  private readonly langs = new Map<CompiledLang, LangCuts>();

  private cutsOf(t: CompiledLang): LangCuts {
    let l = this.langs.get(t);
    if (!l) this.langs.set(t, (l = { re: cutRe(t), pieces: new Map() }));
    return l;
  }

  private piece(l: LangCuts, t: CompiledLang, s: string): PhraseHits | null {
    let hits = l.pieces.get(s);
    if (hits === undefined) {
      if (l.pieces.size >= MAX_PIECES) l.pieces.clear();
      const found = scanPhrases(t, s);
      hits = GROUPS.some((g) => found[g].length > 0) ? found : null;
      l.pieces.set(s, hits);
    }
    return hits;
  }

  /** The same as scanPhrases(t, s). */
  scan(t: CompiledLang, s: string): PhraseHits {
    const l = this.cutsOf(t);
    const re = l.re;
    if (!re) return scanPhrases(t, s);
    let out: PhraseHits | undefined;
    let from = 0;
    re.lastIndex = 0;
    // test, not exec: the cut's position is lastIndex - 1, and no match array is made.
    for (let cut = re.test(s); ; cut = re.test(s)) {
      const to = cut ? re.lastIndex - 1 : s.length;
      if (to > from) {
        if (from === 0 && !cut) return this.piece(l, t, s) ?? NO_HITS;
        const hits = this.piece(l, t, s.slice(from, to));
        if (hits) out = add(out, hits, from);
      }
      if (!cut) break;
      from = to + 1;
    }
    return out ?? NO_HITS;
  }
}

/** `into` with `hits` moved by `offset` appended (a new list per group that has any). */
function add(into: PhraseHits | undefined, hits: PhraseHits, offset: number): PhraseHits {
  const n = NO_HITS;
  const out: PhraseHits = into ?? { liability: n.liability, speculation: n.speculation, absolute: n.absolute, nonApology: n.nonApology, claims: n.claims, promises: n.promises, deadlines: n.deadlines, reviewRequests: n.reviewRequests };
  for (const g of GROUPS) {
    const found = hits[g] as readonly [unknown, number, number][];
    if (found.length === 0) continue;
    let list = out[g] as [unknown, number, number][];
    if (list === NO_HITS[g]) (out as Record<GroupName, unknown[]>)[g] = list = [];
    for (const [item, a, b] of found) list.push([item, a + offset, b + offset]);
  }
  return out;
}

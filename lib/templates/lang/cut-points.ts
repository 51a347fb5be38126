/**
 * Characters no match of a pattern can touch, read off its source: where a text may be cut into
 * pieces that are scanned on their own (phrase-scan-memo.ts) with exactly the matches the whole
 * text gives.
 *
 * Why a cut at such a character `x` changes nothing: a regex engine reads a character only to
 * test it against an atom (a literal, a class, an escape, `.`), in the pattern or inside a
 * look-around; if no atom can match `x`, every test on `x` fails, and so does every test past the
 * end of a piece. Reading forward from a position before `x` or backward from one after it, the
 * engine meets `x` in the whole text where it meets the end of the piece alone, and both fail
 * the same way; no path can get past `x`. What does tell a cut from a character are anchors
 * (`^`, `$`), `\b`/`\B` and back-references, so a source with any of them keeps no cut point.
 * (Word boundaries of the phrase tables are written as look-arounds over compile.ts's WORD class
 * before they reach here: the sources read are those without them, and WORD holds no candidate.)
 *
 * The reader is conservative: anything it does not know (a property escape other than the
 * letter/number/mark ones, a negated class that does not list a candidate, a range it cannot
 * read) rules the candidates out, which only means the text is scanned whole.
 */

/** `\p{…}` properties that hold no punctuation, white space or line break. */
const SAFE_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'N', 'Nd', 'Nl', 'No', 'M', 'Mn', 'Mc', 'Me']);

/** Escapes of a class of characters that hold no punctuation (\d, \w) or only white space (\s). */
const SAFE_CLASS_ESCAPES = new Set(['d', 'w', 's']);

/** Control and white-space escapes: one character each, none of them a candidate we use. */
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, '0': 0 };

/** Reads one escape at `source[at]` (a backslash): the single character it stands for, a safe
 * class (`'class'`), or undefined when the reader does not know it; and the offset after it. */
function readEscape(source: string, at: number): { code?: number; safeClass?: boolean; next: number } {
  const e = source[at + 1] ?? '';
  if (e === 'u') {
    const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(at, at + 12));
    if (braced) return { code: parseInt(braced[1]!, 16), next: at + braced[0].length };
    const four = /^\\u([0-9a-fA-F]{4})/.exec(source.slice(at, at + 6));
    return four ? { code: parseInt(four[1]!, 16), next: at + 6 } : { next: at + 2 };
  }
  if (e === 'x') {
    const two = /^\\x([0-9a-fA-F]{2})/.exec(source.slice(at, at + 4));
    return two ? { code: parseInt(two[1]!, 16), next: at + 4 } : { next: at + 2 };
  }
  if (e === 'p' || e === 'P') {
    const prop = /^\\[pP]\{([^}]*)\}/.exec(source.slice(at, at + 40));
    if (!prop) return { next: at + 2 };
    return { safeClass: e === 'p' && SAFE_PROPERTIES.has(prop[1]!) ? true : undefined, next: at + prop[0].length };
  }
  if (SAFE_CLASS_ESCAPES.has(e)) return { safeClass: true, next: at + 2 };
  if (CONTROL_ESCAPES[e] !== undefined) return { code: CONTROL_ESCAPES[e], next: at + 2 };
  // \b \B (boundaries), \1… and \k<…> (back-references), \S \W \D, \c: unknown here.
  if (/[bBkSWDc1-9]/.test(e) || e === '') return { next: at + 2 };
  // Any other escaped character stands for itself (\. \? \- \( …).
  return { code: e.codePointAt(0)!, next: at + 1 + e.length };
}

/** What can match a character in a source, found by the engine rather than a loop over every
 * character (the eight tables are 52 KB of source): a look-around's or named group's syntax
 * (skipped), an escape, a class, `.`, `^`, `$`, or a literal candidate (added per call). An
 * unescaped `?` is always syntax, and the other syntax characters are not candidates. */
const TOKEN = String.raw`\(\?<?[=!]|\(\?<[A-Za-z_$][\w$]*>|\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|[\s\S])|\[(?:\\[\s\S]|[^\]\\])*\]|[.^$]`;

const tokenRes = new Map<string, RegExp>();

/** readClass's candidates kept, by candidates and class source; null when it knows none. */
const classCache = new Map<string, string[] | null>();

function tokenRe(candidates: string): RegExp {
  let re = tokenRes.get(candidates);
  if (!re) {
    const literal = [...candidates].filter((c) => c !== '?').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    re = new RegExp(literal.length > 0 ? `${TOKEN}|[${literal.join('')}]` : TOKEN, 'g');
    tokenRes.set(candidates, re);
  }
  return re;
}

/**
 * The characters of `candidates` (single UTF-16 units) that no atom of the regex `source` (flags
 * `u`, no `i`) can match, when it has no anchor, boundary or back-reference; else ''.
 */
export function cutPoints(source: string, candidates: string): string {
  let safe = [...candidates];
  const re = tokenRe(candidates);
  re.lastIndex = 0;
  for (let m = re.exec(source); m !== null && safe.length > 0; m = re.exec(source)) {
    const tok = m[0];
    const c = tok[0];
    if (c === '(') continue;
    if (c === '\\') {
      const e = readEscape(tok, 0);
      if (e.code !== undefined) safe = safe.filter((x) => x.charCodeAt(0) !== e.code);
      else if (!e.safeClass) return '';
    } else if (c === '[') {
      // The same few classes stand in every phrase (the letters \p{L} becomes): read each once.
      const key = `${safe.join('')}\u0000${tok}`;
      let kept = classCache.get(key);
      if (kept === undefined) {
        kept = readClass(tok, 0, safe)?.safe ?? null;
        if (classCache.size >= 1_000) classCache.clear();
        classCache.set(key, kept);
      }
      if (kept === null) return '';
      safe = kept;
    } else if (c === '.' || c === '^' || c === '$') {
      return '';
    } else {
      safe = safe.filter((x) => x !== tok);
    }
  }
  return safe.join('');
}

/**
 * Reads the class at `source[at]` ('['): which of `safe` stay safe after it, and where it ends;
 * undefined when the reader does not know what it holds. A class without `^` must list none of
 * them (singly or in a range); a negated one must list each one that stays safe, singly.
 */
function readClass(source: string, at: number, safe: readonly string[]): { next: number; safe: string[] } | undefined {
  let i = at + 1;
  const negated = source[i] === '^';
  if (negated) i++;
  const singles = new Set<number>();
  const ranges: [number, number][] = [];
  let broad = false;
  const item = (): number | 'class' | undefined => {
    if (source[i] === '\\') {
      const e = readEscape(source, i);
      i = e.next;
      if (e.code !== undefined) return e.code;
      return e.safeClass ? 'class' : undefined;
    }
    const cp = source.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    return cp;
  };
  while (i < source.length && source[i] !== ']') {
    const lo = item();
    if (lo === undefined) {
      broad = true;
      continue;
    }
    if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length && lo !== 'class') {
      i++;
      const hi = item();
      if (hi === undefined || hi === 'class') return undefined;
      ranges.push([lo, hi]);
    } else if (lo !== 'class') singles.add(lo);
  }
  if (source[i] !== ']') return undefined;
  const holds = (code: number) => singles.has(code) || ranges.some(([a, b]) => code >= a && code <= b);
  const kept = negated
    ? // [^…] matches a candidate unless the class names it; \S and the like (broad) do not count.
      safe.filter((c) => singles.has(c.charCodeAt(0)))
    : broad
      ? []
      : safe.filter((c) => !holds(c.charCodeAt(0)));
  return { next: i + 1, safe: kept };
}

/**
 * The category-cue layer: complaint categories for posts whose complaint is in what is missing or
 * wrong rather than in rated words ("Day 12 of 'out for delivery'", "Der Support antwortet seit 10
 * Tagen nicht", "只收到一盒"). Half of such posts are not negative to the sentiment layer, so the
 * phrase layer's categories (complaint.ts), which lean on the tone, cannot name them.
 *
 * A sentence names a category when it holds a topic of it (an order, a refund, the support) and a
 * complaint frame: absence or failure ("never", "nothing", "lost"), persistence ("still", "for
 * three weeks"), shortfall ("only two of three"), contradiction ("supposedly"), a complaining
 * question ("where is"). Each frame goes to its nearest topic, so "Where is my refund?" is refund
 * and "收到验证码短信，可我根本没登录" is account, not delivery. A few cues name a category on their
 * own ("chatbot", "knock-off", "the seal was broken"). Products that fail in open vocabulary ("the
 * hair dryer gave up after three weeks", "用了两个星期，开关就失灵了") have a frame of their own: a
 * failure whose nearest topic is a time of use or a product part is damaged (CueWords.failures).
 * What guards the rest:
 * - a plain negator is a frame only when it negates no rated word: "no scratches", "not fake",
 *   "doesn't like the colour" and "no problem" are not complaints about anything (the sentiment
 *   layer's negated hits say which negators negated something), nor are sizes that do not fit;
 * - a problem put right ("sorted in ten minutes", "arrived after all") names nothing;
 * - a question without a frame ("Do you ship to Canada?") has nothing to name.
 * Nothing here changes a sentiment score or label: the layer only reads the hits.
 *
 * Words: category-cue-words.ts. The constants (scope, gap, which frame kinds) were chosen by
 * cross-validation over the category tables (scripts/category-cv.ts; `npm run eval -- categories`).
 */
import type { ComplaintCategory } from '../schema.ts';
import { CUE_WORDS, type CueWords } from './category-cue-words.ts';
import { buildCuePrefilter, cueSource, type CueCandidates, type CuePrefilter } from './cue-prefilter.ts';
import type { Hit } from './hits.ts';

export interface CueConfig {
  /** Where a frame looks for its topic: the sentence; the stretch (cut again at commas and
   * conjunctions: "mi paquete y ni una respuesta"); or the stretch first, then the sentence. */
  scope: 'sentence' | 'stretch' | 'stretch-first';
  /** Most characters between a frame and its topic. */
  maxGap: number;
  /** Frames name their topics' categories at all (off: only the stand-alone cues). */
  frames: boolean;
  /** Plain negators ("not", "nicht", "没") count as frames. */
  negation: boolean;
  /** The stand-alone cues ("chatbot", "knock-off") name their categories. */
  cues: boolean;
  /** Which findings count only in texts where the phrase layer named no category: frames and
   * cues, frames only (a stand-alone cue such as "the seal was broken" always counts), or none. */
  onlyWhenNone: 'all' | 'frames' | 'none';
}

/** The shipped constants (chosen by cross-validation: scripts/category-cv.ts). cd-9: over the 724
 * rows of the five tuning tables the folds chose stand-alone cues everywhere ('frames'), which the
 * shipped constants follow, and mostly gap 1000 (11 of 13 folds), which they do not: 40 scores the
 * same in-sample (96.1) and gap 1000 named a category in ~60 more of the snapshot corpus's 103k
 * texts, nearly all news and chat ("ancora scontri ... vicino a zona contesa"). */
export const CUE_CONFIG: CueConfig = { scope: 'stretch-first', maxGap: 40, frames: true, negation: true, cues: true, onlyWhenNone: 'frames' };

/** What the layer found in one text. */
export interface CueResult {
  /** The findings, given whether the phrase layer named a category (CueConfig.onlyWhenNone). */
  findings(named: boolean): CueFinding[];
  /** The text tells of a problem put right ("sorted in ten minutes"): complaint.ts then keeps
   * only the categories of strong complaint phrases. */
  resolved: boolean;
  /** Negated faults and sizes that do not fit ("不是假货", "not fake", "doesn't fit"): complaint.ts
   * names no category from a hit inside one. */
  notComplaints: CueSpan[];
}

const NOTHING: CueResult = { findings: () => [], resolved: false, notComplaints: [] };

export interface CueSpan {
  start: number;
  end: number;
}

/** A category the layer names and why: the frame (or stand-alone cue) and the topic it is about. */
export interface CueFinding {
  category: ComplaintCategory;
  frame: CueSpan;
  topic?: CueSpan;
}

/** One list of cue words compiled: its regex source, the group it is prefiltered with and its
 * index there. Its regexes (global, and sticky for one attempt at an offset the prefilter found)
 * are made when first used (globalRe, stickyRe): most lists of a language are never tried on a
 * text, and making the two regexes of every list was a tenth of a language's first analysis
 * (profile of the CLI's first line, 2026-12-07). Plain fields, not getters: they are read for
 * every list tried on every text (getters showed as ~2% of a 30,000-line run). */
interface CueList {
  readonly source: string;
  readonly group: CueGroup;
  readonly id: number;
  global: RegExp | undefined;
  sticky: RegExp | undefined;
}

const globalRe = (list: CueList): RegExp => (list.global ??= new RegExp(list.source, 'giu'));
const stickyRe = (list: CueList): RegExp => (list.sticky ??= new RegExp(list.source, 'iuy'));

/**
 * Lists prefiltered together (cue-prefilter.ts): one walk over a text says where each of them can
 * match, and a list's regex is tried only there (scanning every text with every list was about a
 * third of all analysis time on tweets, 2026-12). Three groups, each walked only when asked: the
 * findings need a topic, cue or failure first; the guards (resolved, notFrames) are asked about
 * texts the phrase layer named; the frames only beside a topic or failure.
 */
interface CueGroup {
  lists: (readonly string[])[];
  cjk: boolean;
  /** Built at the first text that needs it. */
  prefilter?: CuePrefilter;
}

interface CompiledCues {
  topics: [ComplaintCategory, CueList][];
  cues: [ComplaintCategory, CueList][];
  frames: CueList;
  negators: CueList;
  resolved: CueList;
  notFrames: CueList;
  conjunctions: CueList;
  /** The damaged failure frame (CueWords.inUse, parts, failures). */
  inUse: CueList;
  failures: CueList;
  /** The lists of topics, stand-alone cues and failures: where none of them matches, the layer
   * names nothing, so most texts skip its other scans. */
  findable: readonly CueList[];
  cjk: boolean;
}

const compiled = new Map<string, CompiledCues | null>();

/** The cue words for one of the analyser's language names ('en', 'zh', 'intl'...), compiled once. */
function cuesFor(lang: string): CompiledCues | null {
  let c = compiled.get(lang);
  if (c === undefined) {
    const words = CUE_WORDS[lang];
    c = words ? compile(words) : null;
    compiled.set(lang, c);
  }
  return c;
}

function compile(w: CueWords): CompiledCues {
  const cjk = w.cjk ?? false;
  const list = (group: CueGroup, words: readonly string[]): CueList => {
    const body = words.length === 0 ? '(?!)' : words.map(cueSource).join('|');
    group.lists.push(words);
    const source = cjk ? `(?:${body})` : `(?<![\\p{L}\\p{N}])(?:${body})(?:(?<=['’])|(?![\\p{L}\\p{N}]))`;
    return { source, group, id: group.lists.length - 1, global: undefined, sticky: undefined };
  };
  const findable: CueGroup = { lists: [], cjk };
  const guards: CueGroup = { lists: [], cjk };
  const framing: CueGroup = { lists: [], cjk };
  const byCategory = (m: CueWords['topics']): [ComplaintCategory, CueList][] => Object.entries(m).map(([c, words]) => [c as ComplaintCategory, list(findable, words ?? [])]);
  const topics = byCategory(w.topics);
  const cues = byCategory(w.cues);
  const failures = list(findable, w.failures);
  return {
    topics,
    cues,
    frames: list(framing, w.frames),
    negators: list(framing, w.negators),
    resolved: list(guards, w.resolved),
    notFrames: list(guards, w.notFrames),
    conjunctions: list(framing, w.conjunctions),
    inUse: list(framing, [...w.inUse, ...w.parts]),
    failures,
    // Failures, not times of use: a failure finding needs a failure, and "in"/"on" are everywhere.
    findable: [...topics, ...cues].map(([, l]) => l).concat(failures),
    cjk,
  };
}

/**
 * The matches of `list` in `text`, as a scan of the whole text with its global regex finds them:
 * the regex is tried only at the offsets where the prefilter found one of the list's words (every
 * offset where a match can start is one of them), each match going on from its end.
 */
function spansOf(list: CueList, candidates: CueCandidates, text: string): CueSpan[] {
  if (candidates.always[list.id]) return spans(globalRe(list), text);
  const starts = candidates.starts[list.id];
  if (!starts) return [];
  const out: CueSpan[] = [];
  const re = stickyRe(list);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    out.push({ start, end: start + m[0].length });
    from = start + m[0].length;
  }
  return out;
}

/**
 * For tests (tests/unit/analysis/cue-prefilter.test.ts): each list of `words` compiled as the layer
 * compiles it, and its matches in each text found both ways, by scanning the whole text with the
 * list's regex and through the prefilter. The two must always be equal.
 */
export function cueListMatchesBothWays(words: CueWords, texts: readonly string[]): { list: string; text: string; scanned: CueSpan[]; prefiltered: CueSpan[] }[] {
  const c = compile(words);
  const lists: [string, CueList][] = [
    ...c.topics.map(([category, l]): [string, CueList] => [`topics.${category}`, l]),
    ...c.cues.map(([category, l]): [string, CueList] => [`cues.${category}`, l]),
    ['frames', c.frames], ['negators', c.negators], ['resolved', c.resolved], ['notFrames', c.notFrames],
    ['conjunctions', c.conjunctions], ['inUse', c.inUse], ['failures', c.failures],
  ];
  return texts.flatMap((text) => {
    const candidates = new Map<CueGroup, CueCandidates>();
    return lists.map(([list, l]) => {
      let cand = candidates.get(l.group);
      if (!cand) {
        l.group.prefilter ??= buildCuePrefilter(l.group.lists, l.group.cjk);
        cand = l.group.prefilter.candidates(text);
        candidates.set(l.group, cand);
      }
      return { list, text, scanned: spans(globalRe(l), text), prefiltered: spansOf(l, cand, text) };
    });
  });
}

function spans(re: RegExp, text: string): CueSpan[] {
  const out: CueSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SENTENCE_BREAK = /[.!?。！？\n]+/gu;
const STRETCH_BREAK = /[,;:，、；：]+/gu;

/** Offsets where the matches of `res` start, ascending: sentence or stretch ends. */
function breaks(text: string, res: readonly RegExp[]): number[] {
  const out: number[] = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m.index);
      if (m[0].length === 0) re.lastIndex += 1;
    }
  }
  return out.sort((a, b) => a - b);
}

/** The number of the scope holding `offset`: how many breaks come before it. */
function scopeOf(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const overlaps = (a: CueSpan, b: CueSpan): boolean => a.start < b.end && b.start < a.end;

/** How far a negated rated word may start after its negator and still be what it negates. */
const NEGATED_WORD_REACH = 24;
/** How far before a stand-alone cue a negator cancels it ("not a knock-off"; Han/kana: 没二手). */
const CUE_NEGATOR_REACH = 12;
const CUE_NEGATOR_REACH_CJK = 2;

/**
 * The categories the cue layer names in `text` (the prepared text the hits are offsets into),
 * reading the cue words of `languages` and English.
 */
export function categoryCues(text: string, languages: readonly string[], hits: readonly Hit[], config: CueConfig = CUE_CONFIG): CueResult {
  const packs: CompiledCues[] = [];
  for (const l of [...languages, 'en']) {
    const c = cuesFor(l);
    if (c && !packs.includes(c)) packs.push(c);
  }
  if (packs.length === 0 || (!config.frames && !config.cues)) return NOTHING;
  return new LazyCues(text, packs, hits, config);
}

/**
 * The layer's answers, each worked out only when asked: the phrase layer (complaint.ts) asks for
 * `notComplaints` and `resolved` only about a text where it named a category, and for the
 * findings only where it named none (CUE_CONFIG.onlyWhenNone); and without a topic or cue word
 * there are no findings. (Worked out eagerly, the layer cost about 30% of all analysis time.)
 */
class LazyCues implements CueResult {
  #notComplaints: CueSpan[] | undefined;
  #resolved: boolean | undefined;
  // Made at the first list looked for: most texts never ask (the phrase layer named a category).
  #candidates: Map<CueGroup, CueCandidates> | undefined;
  #spans: Map<CueList, CueSpan[]> | undefined;
  constructor(
    private readonly text: string,
    private readonly packs: readonly CompiledCues[],
    private readonly hits: readonly Hit[],
    private readonly config: CueConfig,
  ) {}

  /** Where the lists of `group` can match the text (its prefilter's walk, once per text). */
  private candidates(group: CueGroup): CueCandidates {
    this.#candidates ??= new Map();
    let out = this.#candidates.get(group);
    if (!out) {
      group.prefilter ??= buildCuePrefilter(group.lists, group.cjk);
      out = group.prefilter.candidates(this.text);
      this.#candidates.set(group, out);
    }
    return out;
  }

  /** The matches of one list, found once. */
  private spans(list: CueList): CueSpan[] {
    this.#spans ??= new Map();
    let out = this.#spans.get(list);
    if (!out) {
      out = spansOf(list, this.candidates(list.group), this.text);
      this.#spans.set(list, out);
    }
    return out;
  }

  /** Whether a list matches at all (an empty match too, as RegExp.test says). */
  private matches(list: CueList): boolean {
    if (!this.candidates(list.group).always[list.id]) return this.spans(list).length > 0; // no empty matches
    const re = globalRe(list);
    re.lastIndex = 0;
    return re.test(this.text);
  }

  /** Where the packs' conjunctions start (empty matches too, as breaks always read them). */
  private conjunctionStarts(): number[] {
    return this.packs.flatMap((p) => {
      if (!this.candidates(p.conjunctions.group).always[p.conjunctions.id]) return this.spans(p.conjunctions).map((s) => s.start);
      return breaks(this.text, [globalRe(p.conjunctions)]);
    });
  }

  get notComplaints(): CueSpan[] {
    return (this.#notComplaints ??= this.packs.flatMap((p) => this.spans(p.notFrames)));
  }

  get resolved(): boolean {
    return (this.#resolved ??= this.packs.some((p) => this.matches(p.resolved)));
  }

  findings(named: boolean): CueFinding[] {
    const { config } = this;
    if (named && config.onlyWhenNone === 'all') return [];
    // Without a topic, a stand-alone cue or a failure there are no findings.
    if (!this.packs.some((p) => p.findable.some((list) => this.spans(list).length > 0)) || this.resolved) return [];
    const { cueFindings, frameFindings } = this.work();
    if (!named || config.onlyWhenNone === 'none') return [...cueFindings, ...frameFindings];
    return cueFindings;
  }

  /**
   * The findings. Frames and negators are looked for only where something could use them (a topic
   * for the frames; failures and cues for the negators that cancel them): the results are those
   * of looking for everything.
   */
  private work(): { cueFindings: CueFinding[]; frameFindings: CueFinding[] } {
    const { text, packs, hits, config } = this;
    const inNotComplaint = (x: CueSpan) => this.notComplaints.some((s) => overlaps(s, x));
    const topics: (CueSpan & { category: ComplaintCategory; inUse?: true })[] = [];
    packs.forEach((p) => {
      // A topic inside a negated fault, a fit remark, a return for fit ("runs small, sending them
      // back") or a bank account ("auf meinem Konto") is no complaint's topic either (cd-9), as a
      // frame there is none.
      for (const [category, list] of p.topics) for (const s of this.spans(list)) if (!inNotComplaint(s)) topics.push({ ...s, category });
    });
    // Frames are read only beside a topic (frameFindings below).
    const framesCount = config.frames && topics.length > 0;
    const frames: CueSpan[] = [];
    // The damaged failure frame: failures look for their nearest topic among the others' topics
    // and the times of use and product parts (which no other frame reads).
    const failures: CueSpan[] = [];
    const inUse: (CueSpan & { category: ComplaintCategory; inUse: true })[] = [];
    const cueFindings: CueFinding[] = [];
    packs.forEach((p) => {
      if (framesCount) for (const f of this.spans(p.frames)) if (!inNotComplaint(f)) frames.push(f);
      const negators = (): CueSpan[] => this.spans(p.negators);
      if (framesCount && config.negation) {
        for (const n of negators()) {
          if (inNotComplaint(n)) continue;
          // A negator inside a rated phrase ("doesn't fit", "no response") or before a negated
          // rated word ("not fake", "no scratches") is that hit's business, not a frame.
          if (hits.some((h) => h.valence !== 0 && ((h.start <= n.start && n.start < h.end) || (h.negated && h.start >= n.start && h.start - n.end <= NEGATED_WORD_REACH)))) continue;
          frames.push(n);
        }
      }
      if (config.frames) {
        const reach = p.cjk ? CUE_NEGATOR_REACH_CJK : CUE_NEGATOR_REACH;
        const before = failures.length;
        for (const s of this.spans(p.failures)) {
          if (inNotComplaint(s) || negators().some((n) => n.end <= s.start && s.start - n.end <= reach)) continue;
          failures.push(s);
        }
        if (failures.length > before) for (const s of this.spans(p.inUse)) inUse.push({ ...s, category: 'damaged', inUse: true });
      }
      if (config.cues) {
        const reach = p.cjk ? CUE_NEGATOR_REACH_CJK : CUE_NEGATOR_REACH;
        for (const [category, list] of p.cues) {
          for (const s of this.spans(list)) {
            if (negators().some((n) => n.end <= s.start && s.start - n.end <= reach) || inNotComplaint(s)) continue;
            cueFindings.push({ category, frame: s });
          }
        }
      }
    });
    const frameFindings: CueFinding[] = [];
    let ends: { sentence: number[]; stretch: number[] } | undefined;
    // The topic a frame is about: the nearest in its stretch, else in its sentence (CueConfig.scope).
    const topicOf = <T extends CueSpan>(f: CueSpan, among: readonly T[]): T | undefined => {
      if (!ends) {
        const sentence = breaks(text, [SENTENCE_BREAK]);
        ends = { sentence, stretch: config.scope === 'sentence' ? sentence : [...breaks(text, [SENTENCE_BREAK, STRETCH_BREAK]), ...this.conjunctionStarts()].sort((a, b) => a - b) };
      }
      const inStretch = config.scope === 'sentence' ? undefined : nearestTopic(f, among, ends.stretch, config.maxGap);
      return inStretch ?? (config.scope === 'stretch' ? undefined : nearestTopic(f, among, ends.sentence, config.maxGap));
    };
    if (config.frames && topics.length > 0 && frames.length > 0) {
      for (const f of frames) {
        const best = topicOf(f, topics);
        if (best) frameFindings.push({ category: best.category, frame: f, topic: { start: best.start, end: best.end } });
      }
    }
    if (config.frames && failures.length > 0 && inUse.length > 0) {
      const among = [...topics, ...inUse];
      for (const f of failures) {
        const best = topicOf(f, among);
        if (best?.inUse) frameFindings.push({ category: 'damaged', frame: f, topic: { start: best.start, end: best.end } });
      }
    }
    return { cueFindings, frameFindings };
  }
}

/** The topic nearest to `f` in the same scope (by `ends`), no more than `maxGap` characters away. */
function nearestTopic<T extends CueSpan>(f: CueSpan, topics: readonly T[], ends: readonly number[], maxGap: number): T | undefined {
  const scope = scopeOf(ends, f.start);
  let best: T | undefined;
  let bestGap = Infinity;
  for (const t of topics) {
    if (scopeOf(ends, t.start) !== scope) continue;
    const gap = t.start >= f.end ? t.start - f.end : f.start >= t.end ? f.start - t.end : 0;
    if (gap < bestGap) {
      best = t;
      bestGap = gap;
    }
  }
  return bestGap <= maxGap ? best : undefined;
}

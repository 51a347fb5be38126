/**
 * A realistic, deterministic stream of X mentions for the surge e2e (tests/e2e/surge.mjs): a quiet
 * baseline of a bit more than a day (the Balanced preset warms up for 288 five-minute buckets,
 * lib/surge/presets.ts) at a low, noisy, day-shaped rate with a mix of neutral, positive and
 * negative posts (a quarter of those about a refund), then a burst of negative complaints about
 * one thing — an overheating charger — in six languages, with copies of the same post (issue 13:
 * "why this spike" must name the charger in each language as words, never the brand or "refund",
 * and show distinct examples).
 *
 * Pure: a seeded PRNG and the end time are the only inputs, so the same stream replays every run.
 */

export const BUCKET_MS = 5 * 60_000;
export const HOUR_MS = 3_600_000;

/** mulberry32: a tiny seeded PRNG (public domain), so the stream is the same every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Poisson draw (Knuth; fine for the small means used here). */
function poisson(rand, mean) {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// Everyday chatter about a fictional brand. The negative ones are varied everyday gripes, so the
// burst's subject ("charger", "overheating") is new in the span, as "why this spike" expects.
const NEUTRAL = [
  'Just ordered the new Voltra headphones, arriving Thursday',
  'Does anyone know if Voltra ships to Canada?',
  'Voltra store on Main Street opens at 9 tomorrow',
  'Comparing the Voltra speaker with a couple of others before I buy',
  'Voltra posted the spring catalogue today',
  'Waiting in line at the Voltra shop with my brother',
];
const POSITIVE = [
  'Love my Voltra earbuds, the sound is amazing',
  'Great service at the Voltra store today, thanks!',
  'The Voltra speaker is excellent, best purchase this year',
];
const NEGATIVE = [
  'Voltra app keeps logging me out, so annoying',
  'Still waiting for my Voltra refund, terrible customer service',
  'My Voltra order arrived late again, really disappointed',
  'The Voltra headphones broke after two weeks, awful quality',
];
/** The burst: many people, one problem, six languages (the analyser reads each as negative and
 * a safety complaint). `lang` is X's own `lang` attribute, as the adapter reads it. */
const BURST = [
  ['en', 'My Voltra charger is overheating and smells like burning plastic, this is dangerous'],
  ['en', 'Voltra charger overheating again, it melted the cable. Terrible and unsafe'],
  ['en', 'Anyone else have a Voltra charger overheating? Mine scorched the desk, awful'],
  ['en', 'The new Voltra charger gets dangerously hot, overheating and sparking. Worst product ever'],
  ['de', 'Das Voltra Ladegerät überhitzt und stinkt verbrannt. Gefährlich!'],
  ['de', 'Mein Voltra Ladegerät ist schon wieder überhitzt, das Kabel ist geschmolzen. Schrecklich'],
  ['es', 'El cargador Voltra se sobrecalienta y huele a quemado, es peligroso'],
  ['es', 'Mi cargador Voltra se sobrecalienta otra vez, horrible y peligroso'],
  ['fr', "Le chargeur Voltra surchauffe et sent le brûlé, c'est dangereux"],
  ['fr', 'Encore un chargeur Voltra qui surchauffe, le câble a fondu. Nul et dangereux'],
  // The same Japanese post pasted by many accounts: one example, not five.
  ['ja', 'Voltraの充電器が発熱して焦げ臭い。危険です、最悪'],
  ['ja', 'Voltraの充電器が発熱して焦げ臭い。危険です、最悪'],
  ['ja', 'Voltraの充電器がまた発熱、ケーブルが溶けた。最悪'],
  ['zh', 'Voltra充电器过热，还有烧焦味，太危险了'],
  ['zh', '我的Voltra充电器又过热了，线都熔化了，垃圾'],
];
/** Words of the burst, one per language, that "why this spike" must name (as whole words). */
export const BURST_TERMS = { en: 'charger', de: 'ladegerät', ja: '充電器', zh: '充电器' };
/** Never a reason: the brand (every post names it) and the baseline's own complaint. */
export const NOT_TERMS = ['voltra', 'refund'];
/** Character pairs the old n-gram fallback showed instead of words. */
export const CJK_FRAGMENTS = ['充電', '電器', '器が', '充电', '电器'];
export const BURST_TERM = BURST_TERMS.en;

/** Expected mentions per 5-minute bucket at a local hour: quieter at night, as real traffic. */
function baselineMean(hour) {
  return hour >= 8 && hour < 23 ? 1.6 : 0.5;
}

/**
 * Mentions with posted times in [start, end): baseline everywhere, plus `burstPerBucket` negative
 * complaints in each bucket from `burstStart` on. Ids are unique 19-digit X status ids.
 */
export function generateStream({ start, end, burstStart, burstPerBucket = 14, seed = 4 }) {
  const rand = prng(seed);
  const out = [];
  let serial = 0;
  const mention = (postedMs, text, lang = 'en') => {
    serial++;
    const id = String(1_800_000_000_000_000_000n + BigInt(serial));
    const handle = `user${Math.floor(rand() * 9000) + 1000}`;
    return {
      id: `x:${id}`,
      platform: 'x',
      permalink: `https://x.com/${handle}/status/${id}`,
      authorHandle: handle,
      text,
      langHint: lang,
      postedAt: new Date(postedMs).toISOString(),
      kind: 'post',
    };
  };
  for (let b = start; b < end; b += BUCKET_MS) {
    const hour = new Date(b).getUTCHours();
    const n = poisson(rand, baselineMean(hour));
    for (let i = 0; i < n; i++) {
      const r = rand();
      const text = r < 0.3 ? pick(rand, NEGATIVE) : r < 0.45 ? pick(rand, POSITIVE) : pick(rand, NEUTRAL);
      out.push(mention(b + Math.floor(rand() * BUCKET_MS), text));
    }
    if (b >= burstStart) {
      for (let i = 0; i < burstPerBucket; i++) {
        const [lang, text] = pick(rand, BURST);
        out.push(mention(b + Math.floor(rand() * BUCKET_MS), text, lang));
      }
    }
  }
  return out.sort((x, y) => Date.parse(x.postedAt) - Date.parse(y.postedAt));
}

/**
 * Mentions for the inbox e2e (tests/e2e/inbox.mjs) and the README screenshot: varied complaints
 * in English, Chinese, Japanese and German on X and Amazon, and a copy-paste campaign of 40 posts
 * (the brigade). They go through the ordinary `mentions/ingest` path (validation,
 * analysis, flagging, storage) from an extension page, as tests/e2e/surge.mjs does.
 *
 * Pure: the base time is the only input.
 */

const MIN = 60_000;

/** One X post (ids are 19-digit status ids; permalinks point at x.com). */
function xPost(n, at, text, handle) {
  const status = String(1_900_000_000_000_000_000n + BigInt(n));
  return { id: `x:${status}`, platform: 'x', permalink: `https://x.com/${handle}/status/${status}`, authorHandle: handle, authorName: handle, text, postedAt: new Date(at).toISOString(), kind: 'post' };
}

/** One Amazon review. */
function review(n, at, { text, title, rating, asin = 'B0CRISIS01', market = 'amazon.com', name = 'Customer' }) {
  const id = `R${String(7_000_000 + n)}CD`;
  return {
    id: `amazon:${id}`,
    platform: 'amazon',
    permalink: `https://www.${market}/gp/customer-reviews/${id}`,
    authorName: name,
    text,
    title,
    rating,
    productId: asin,
    marketplace: market,
    verified: true,
    postedAt: new Date(at).toISOString(),
  };
}

export const BRIGADE_TEXT =
  'Voltra chargers catch fire! Mine burned a hole in my desk last night. They know and do nothing. Do NOT buy Voltra';

/** What agents saw before the burst: ordinary complaints, different from each other. */
const EVERYDAY = [
  ['My Voltra order arrived two weeks late and support never answered my emails', 'dana_k'],
  ['Still waiting for my Voltra refund, terrible customer service', 'mike_r'],
  ['The Voltra headphones broke after two weeks, awful quality', 'sunny'],
  ['Voltra app keeps logging me out of my account, so annoying', 'lee_w'],
  ['沃特拉的充电器用了三天就坏了，客服一直不回复，要求退款', 'wang_li'],
  ['快递太慢了，等了十天还没到，太失望了', 'chen88'],
  ['返金をお願いしたのに一ヶ月も連絡がありません。最悪です', 'tanaka'],
  ['届いた箱が潰れていて、中の商品も壊れていました', 'sato_a'],
  ['Das Ladegerät ist nach einer Woche kaputt gegangen, sehr enttäuscht', 'mueller'],
  ['Wrong colour delivered and the box was soaked, want a replacement', 'jo_p'],
];

/**
 * The store at the start of the test: everyday complaints, a few Amazon reviews (one a one-star
 * safety complaint), and the campaign: 40 copies of one post from 40 accounts, with links and
 * handles varied the way campaigns vary them.
 */
export function inboxMentions(now) {
  const everyday = EVERYDAY.map(([text, handle], i) => xPost(100 + i, now - (90 - i * 7) * MIN, text, handle));
  const reviews = [
    review(1, now - 50 * MIN, { text: 'The charger got so hot it melted the plug and nearly started a fire. Dangerous.', title: 'Fire hazard', rating: 1, name: 'Alex' }),
    review(2, now - 40 * MIN, { text: 'Stopped charging after a month. Meh.', title: 'Not great', rating: 2, name: 'Sam' }),
    review(3, now - 30 * MIN, { text: 'Kam beschädigt an, die Verpackung war nass.', title: 'Beschädigt', rating: 1, market: 'amazon.de', asin: 'B0CRISIS02', name: 'Kundin' }),
  ];
  const brigade = Array.from({ length: 40 }, (_, i) =>
    xPost(1000 + i, now - (35 - (i % 30)) * MIN - i * 1000, `@voltra_help ${BRIGADE_TEXT} https://t.co/c${i}x`, `angry_${i}`),
  );
  return { x: [...everyday, ...brigade], amazon: reviews, brigadeIds: brigade.map((m) => m.id) };
}

/** Posts that arrive while the agent works (the "N new" test). */
export function lateArrivals(now, count = 3) {
  const texts = [
    'Voltra support hung up on me twice today, unbelievable',
    'Charged twice for one Voltra subscription and nobody answers',
    'My Voltra speaker arrived with a cracked case',
  ];
  return Array.from({ length: count }, (_, i) => xPost(5000 + i, now - i * MIN, texts[i % texts.length], `late_${i}`));
}

/** Page info for `mentions/ingest` from an extension page (the origin check accepts it). */
export const X_PAGE = { url: 'https://x.com/home', platform: 'x', pageType: 'home' };
export const AMAZON_PAGE = { url: 'https://www.amazon.com/product-reviews/B0CRISIS01', platform: 'amazon', pageType: 'product-reviews' };

// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
/**
 * The X adapter against every saved page in tests/fixtures/x (see SOURCE.md): exact item counts,
 * exact per-selector match counts, what extracts / is an ad / is media-only, and exact fields of
 * named posts. The status and search pages are constructed from real cells (SOURCE.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_TEXT_CHARS, type Mention } from '../../../lib/schema.ts';
import { judgeHealth, scanPage } from '../../../lib/platforms/scan.ts';
import type { ExtractOutcome } from '../../../lib/platforms/types.ts';
import {
  X_ITEM_SELECTORS,
  X_SOCIAL_CONTEXT_SELECTORS,
  X_TEXT_SELECTORS,
  X_TIME_SELECTORS,
  X_USER_NAME_SELECTORS,
  xAdapter,
} from '../../../lib/platforms/x.ts';

function loadPage(file: string): Document {
  // A path, not a URL: under happy-dom the global URL is happy-dom's, which node:fs does not take.
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/x', file), 'utf8')
    // happy-dom logs an error for every <iframe> it may not load; X's (about:blank, none inside a
    // post) are renamed so test output stays readable. No selector here looks at them.
    .replace(/<(\/?)iframe\b/g, '<$1x-iframe');
  return new DOMParser().parseFromString(html, 'text/html');
}

function extractAll(doc: Document | Element, url: string): ExtractOutcome[] {
  const pageUrl = new URL(url);
  return xAdapter.findItems(doc).map((el) => xAdapter.extract(el, { pageUrl }));
}

/** What each item became: its kind, or the skip reason. */
function summary(outcomes: ExtractOutcome[]): string[] {
  return outcomes.map((o) => (o.ok ? (o.mention.kind ?? 'none') : o.reason));
}

function mentionById(outcomes: ExtractOutcome[], id: string): Mention {
  const found = outcomes.find((o) => o.ok && o.mention.id === id);
  if (!found?.ok) throw new Error(`${id} did not extract`);
  return found.mention;
}

/** A Mention's fields except `text` (checked by its start) and the page fields (checked per page). */
type Expected = Omit<Mention, 'platform' | 'text' | 'pageUrl' | 'pageType'> & { textStart: string };

function expectPost(outcomes: ExtractOutcome[], expected: Expected, page: { url: string; pageType: string }): void {
  const { textStart, ...fields } = expected;
  const m = mentionById(outcomes, expected.id);
  const { text, platform, pageUrl, pageType, ...rest } = m;
  expect(rest).toEqual(fields);
  expect(text.slice(0, textStart.length)).toBe(textStart);
  expect(text).not.toContain('Show more');
  expect(text).not.toContain('显示更多');
  expect([platform, pageUrl, pageType]).toEqual(['x', page.url, page.pageType]);
}

interface Page {
  file: string;
  url: string;
  pageType: string;
  cells: number;
  /** Match count of each alternative, in order: items, text, user name, time, social context. */
  perSelector: { items: number[]; text: number[]; userName: number[]; time: number[]; socialContext: number[] };
  /** Status id of every item, in document order. */
  ids: string[];
  /** Kind or skip reason of every item, in document order. */
  outcomes: string[];
  posts: Expected[];
}

const PAGES: Page[] = [
  {
    file: 'home-2024-11-loggedin-prettified-14tweets.html',
    url: 'https://x.com/home',
    pageType: 'home',
    cells: 15,
    perSelector: { items: [14, 14], text: [14, 14], userName: [15], time: [12], socialContext: [6] },
    ids: [
      '1861512025685324071', '1861603498758152267', '1861236644436750400', '1861590753631506636',
      '1861598484497080363', '1861601483504185774', '1831633269613645957', '1861513152527024198',
      '1861600564854894973', '1861586624330530965', '1861531794895454314', '1861597350789288128',
      '1857272319271686243', '1861595977733550334',
    ],
    outcomes: [
      'repost', 'ad', 'repost', 'repost', 'repost', 'no-text', 'ad', 'repost', 'post', 'repost', 'post', 'reply', 'ad', 'quote',
    ],
    posts: [
      {
        // prettified: "for\n      real.." in the file, "for real.." on screen; reposted by its own author
        id: 'x:1861512025685324071',
        permalink: 'https://x.com/Art0fLife_/status/1861512025685324071',
        authorHandle: 'Art0fLife_',
        authorName: 'Art of Life 🦋',
        langHint: 'en',
        postedAt: '2024-11-26T20:47:06.000Z',
        kind: 'repost',
        repostedBy: 'Art0fLife_',
        textStart: 'for real..',
      },
      {
        id: 'x:1861236644436750400',
        permalink: 'https://x.com/ceojrr/status/1861236644436750400',
        authorHandle: 'ceojrr',
        authorName: 'lauve 🖲️',
        langHint: 'en',
        postedAt: '2024-11-26T02:32:50.000Z',
        kind: 'repost',
        repostedBy: 'AsukaVonSnek',
        textStart: 'who want me 👀',
      },
      {
        // the @mention inside the text is not a "Replying to" line
        id: 'x:1861586624330530965',
        permalink: 'https://x.com/ShieldPR2/status/1861586624330530965',
        authorHandle: 'ShieldPR2',
        authorName: 'Shield PR Gaming',
        langHint: 'en',
        postedAt: '2024-11-27T01:43:32.000Z',
        kind: 'repost',
        repostedBy: 'redmagicgaming',
        textStart: 'I did pretty good on Delta Force Mobile with high graphics at 120fps (game wont let you do max graphics at 120 fps) on the @redmagicgaming 9 Pro!!!!',
      },
      {
        id: 'x:1861600564854894973',
        permalink: 'https://x.com/Fleesveon555/status/1861600564854894973',
        authorHandle: 'Fleesveon555',
        authorName: 'Fleesveon (CMSLOTS OPEN)',
        langHint: 'en',
        postedAt: '2024-11-27T02:38:56.000Z',
        kind: 'post',
        textStart: 'Twilight Princess - Zelda & Link🐺',
      },
      {
        // a conversation module: this post, then a reply joined to it by a thread line
        id: 'x:1861531794895454314',
        permalink: 'https://x.com/Aciel_Cryo/status/1861531794895454314',
        authorHandle: 'Aciel_Cryo',
        authorName: 'Aciel',
        langHint: 'en',
        postedAt: '2024-11-26T22:05:40.000Z',
        kind: 'post',
        textStart: 'Guess the theme of this Hollowborn set for a chance to win a 5k AP code. Winner will be picked on friday.',
      },
      {
        id: 'x:1861597350789288128',
        permalink: 'https://x.com/glaciisnow/status/1861597350789288128',
        authorHandle: 'glaciisnow',
        authorName: 'glacii',
        langHint: 'en',
        postedAt: '2024-11-27T02:26:09.000Z',
        kind: 'reply',
        textStart: 'Hollowborn Cryomancer 😤',
      },
      {
        // the quote tweet: the outer text is the author's, the quoted text is kept apart
        id: 'x:1861595977733550334',
        permalink: 'https://x.com/elonmusk/status/1861595977733550334',
        authorHandle: 'elonmusk',
        authorName: 'Elon Musk',
        langHint: 'en',
        postedAt: '2024-11-27T02:20:42.000Z',
        kind: 'quote',
        quotedText: 'Dr. Jay Bhattacharya went from being on a Twitter blacklist to NIH Director',
        textStart: 'Great outcome!',
      },
    ],
  },
  {
    file: 'home-2025-02-loggedin-x.com.html',
    url: 'https://x.com/home',
    pageType: 'home',
    cells: 7,
    perSelector: { items: [6, 6], text: [5, 5], userName: [6], time: [6], socialContext: [0] },
    ids: [
      '1890459111671656594', '1890454526378815975', '1890451695559213256', '1890449332865786329',
      '1890443411544522946', '1890449163420078087',
    ],
    outcomes: ['post', 'post', 'post', 'post', 'post', 'no-text'],
    posts: [
      {
        // browser save: absolute hrefs; real line breaks kept
        id: 'x:1890459111671656594',
        permalink: 'https://x.com/BGatesIsaPyscho/status/1890459111671656594',
        authorHandle: 'BGatesIsaPyscho',
        authorName: 'Concerned Citizen',
        langHint: 'en',
        postedAt: '2025-02-14T17:52:29.000Z',
        kind: 'post',
        textStart: 'Study of excess mortality across 9 Countries shows clearly the rapid increase in deaths only after the experimental mRNA vaccines were rolled out.\n\nYou don’t need',
      },
      {
        // the "Show more" post: clipped text, the link text is not part of it
        id: 'x:1890443411544522946',
        permalink: 'https://x.com/nikitabier/status/1890443411544522946',
        authorHandle: 'nikitabier',
        authorName: 'Nikita Bier',
        langHint: 'en',
        postedAt: '2025-02-14T16:50:06.000Z',
        kind: 'post',
        textStart: 'I spent 10 minutes prompting Deep Research with a complex tax scenario—telling it',
      },
    ],
  },
  {
    file: 'profile-2025-10-loggedin-zh-ui-ja-tweets.html',
    url: 'https://x.com/skiinfomation',
    pageType: 'profile',
    cells: 10,
    perSelector: { items: [10, 10], text: [10, 10], userName: [10], time: [10], socialContext: [5] },
    ids: [
      '1982977444014620930', '1982970378755748177', '1982852191896646082', '1982961393143042311',
      '1982959149119058253', '1982957870456156597', '1982949937500565723', '1982927641029312835',
      '1982932837239284109', '1982931012901580941',
    ],
    outcomes: ['repost', 'post', 'repost', 'repost', 'post', 'post', 'repost', 'repost', 'post', 'post'],
    posts: [
      {
        // zh UI: "スキー場情報局 已转帖", told by structure; "显示更多" (Show more) not in the text
        id: 'x:1982977444014620930',
        permalink: 'https://x.com/narita_dome/status/1982977444014620930',
        authorHandle: 'narita_dome',
        authorName: '成田童夢 DOME NARITA',
        langHint: 'ja',
        postedAt: '2025-10-28T01:07:19.000Z',
        kind: 'repost',
        repostedBy: 'skiinfomation',
        textStart: '🌏【ドリーム青梅 DOME開催のお知らせ】🌏\n\n11月19日（水）、青梅にて\n',
      },
      {
        id: 'x:1982970378755748177',
        permalink: 'https://x.com/skiinfomation/status/1982970378755748177',
        authorHandle: 'skiinfomation',
        authorName: 'スキー場情報局',
        langHint: 'ja',
        postedAt: '2025-10-28T00:39:14.000Z',
        kind: 'post',
        textStart: '栂池自然園でも雪ですよー\n今年はどうしようかなー\nいっぱい行くとこあって困ってしまう。😅',
      },
      {
        // a reply ("回复 @skiinfomation") that was reposted: the repost wins
        id: 'x:1982949937500565723',
        permalink: 'https://x.com/ontakeskijo/status/1982949937500565723',
        authorHandle: 'ontakeskijo',
        authorName: '御嶽スキー場',
        langHint: 'ja',
        postedAt: '2025-10-27T23:18:01.000Z',
        kind: 'repost',
        repostedBy: 'skiinfomation',
        textStart: 'ありがとうございます！！😊\n今シーズンもお待ちしております🌸',
      },
    ],
  },
  {
    file: 'tweet-article-quote-2025-10-outerhtml.html',
    url: 'https://x.com/home',
    pageType: 'home',
    cells: 1,
    perSelector: { items: [1, 1], text: [2, 2], userName: [2], time: [2], socialContext: [0] },
    ids: ['1983130065320780162'],
    outcomes: ['quote'],
    posts: [
      {
        id: 'x:1983130065320780162',
        permalink: 'https://x.com/TestQuoter/status/1983130065320780162',
        authorHandle: 'TestQuoter',
        authorName: 'Test Quoter',
        langHint: 'en',
        // the outer post's time, not the quoted post's (2025-10-28T11:10:33)
        postedAt: '2025-10-28T11:13:47.000Z',
        kind: 'quote',
        quotedText:
          'This is the original quoted tweet content that provides important context and information for the conversation',
        textStart: 'This is a quote tweet with additional commentary',
      },
    ],
  },
  {
    file: 'status-constructed-2024-11-glaciisnow.html',
    url: 'https://x.com/glaciisnow/status/1861597350789288128',
    pageType: 'status',
    cells: 7,
    perSelector: { items: [6, 6], text: [5, 5], userName: [6], time: [6], socialContext: [0] },
    ids: [
      '1861531794895454314', '1861597350789288128', '1890459111671656594', '1982970378755748177',
      '1890449163420078087', '1890454526378815975',
    ],
    // the post answered (root), the focal post (a reply: thread line), replies below it, the
    // media-only reply, then a post under the "Discover more" heading (not part of the conversation)
    outcomes: ['post', 'reply', 'reply', 'reply', 'no-text', 'post'],
    posts: [
      {
        id: 'x:1890459111671656594',
        permalink: 'https://x.com/BGatesIsaPyscho/status/1890459111671656594',
        authorHandle: 'BGatesIsaPyscho',
        authorName: 'Concerned Citizen',
        langHint: 'en',
        postedAt: '2025-02-14T17:52:29.000Z',
        kind: 'reply',
        textStart: 'Study of excess mortality',
      },
      {
        id: 'x:1890454526378815975',
        permalink: 'https://x.com/BGatesIsaPyscho/status/1890454526378815975',
        authorHandle: 'BGatesIsaPyscho',
        authorName: 'Concerned Citizen',
        langHint: 'en',
        postedAt: '2025-02-14T17:34:16.000Z',
        kind: 'post',
        textStart: 'Trump framed his famous mugshot & hung it in the hallway to the Oval Office 🤣',
      },
    ],
  },
  {
    file: 'search-constructed-2025-10-ski.html',
    url: 'https://x.com/search?q=%E3%82%B9%E3%82%AD%E3%83%BC&src=typed_query&f=live',
    pageType: 'search',
    cells: 4,
    perSelector: { items: [4, 4], text: [4, 4], userName: [5], time: [5], socialContext: [0] },
    ids: ['1982949937500565723', '1982970378755748177', '1983130065320780162', '1890449163420078087'],
    outcomes: ['reply', 'post', 'quote', 'no-text'],
    posts: [
      {
        // the "回复 @skiinfomation" line, read by structure (a link whose text is @ + its handle)
        id: 'x:1982949937500565723',
        permalink: 'https://x.com/ontakeskijo/status/1982949937500565723',
        authorHandle: 'ontakeskijo',
        authorName: '御嶽スキー場',
        langHint: 'ja',
        postedAt: '2025-10-27T23:18:01.000Z',
        kind: 'reply',
        textStart: 'ありがとうございます！！😊',
      },
    ],
  },
];


describe.each(PAGES)('$file', (page) => {
  const doc = loadPage(page.file);
  const outcomes = extractAll(doc, page.url);
  const count = (alts: readonly { selector: string }[]): number[] => alts.map((a) => doc.querySelectorAll(a.selector).length);

  test('page type', () => {
    expect(xAdapter.isPage(new URL(page.url))).toBe(true);
    expect(xAdapter.pageType(new URL(page.url))).toBe(page.pageType);
  });

  test('every selector alternative matches exactly', () => {
    expect(doc.querySelectorAll('[data-testid="cellInnerDiv"]').length).toBe(page.cells);
    expect({
      items: count(X_ITEM_SELECTORS),
      text: count(X_TEXT_SELECTORS),
      userName: count(X_USER_NAME_SELECTORS),
      time: count(X_TIME_SELECTORS),
      socialContext: count(X_SOCIAL_CONTEXT_SELECTORS),
    }).toEqual(page.perSelector);
  });

  test('items in document order, each once, with their ids', () => {
    const items = xAdapter.findItems(doc);
    expect(items.length).toBe(page.ids.length);
    expect(new Set(items).size).toBe(items.length);
    expect(items.every((el) => el.tagName === 'ARTICLE')).toBe(true);
    const pageUrl = new URL(page.url);
    expect(items.map((el) => xAdapter.itemId(el, { pageUrl }))).toEqual(page.ids.map((id) => `x:${id}`));
    // extract names the same id as itemId, ads and media-only posts included
    expect(outcomes.map((o) => (o.ok ? o.mention.id : o.id))).toEqual(page.ids.map((id) => `x:${id}`));
  });

  test('what extracts, what is an ad, what is media-only', () => {
    expect(summary(outcomes)).toEqual(page.outcomes);
  });

  test.each(page.posts)('post $id', (expected) => {
    expectPost(outcomes, expected, page);
  });
});

describe('ads and media-only posts (home 2024-11)', () => {
  const outcomes = extractAll(loadPage('home-2024-11-loggedin-prettified-14tweets.html'), 'https://x.com/home');

  test('the 3 promoted posts are ads, with the id from their analytics link', () => {
    // 321zee (t.me card), rogueducknet (Steam link), Vivo_Phil (the "Show more" post): no time, an "Ad" label
    expect(outcomes.filter((o) => !o.ok && o.reason === 'ad')).toEqual([
      { ok: false, reason: 'ad', id: 'x:1861603498758152267' },
      { ok: false, reason: 'ad', id: 'x:1831633269613645957' },
      { ok: false, reason: 'ad', id: 'x:1857272319271686243' },
    ]);
  });

  test('the media-only video post is no-text, not an ad (placementTracking wraps its video)', () => {
    expect(outcomes[5]).toEqual({ ok: false, reason: 'no-text', id: 'x:1861601483504185774' });
  });

  test('counts: 10 extract, 3 ads, 1 media-only', () => {
    expect([outcomes.filter((o) => o.ok).length, summary(outcomes).filter((s) => s === 'ad').length, summary(outcomes).filter((s) => s === 'no-text').length]).toEqual([10, 3, 1]);
  });
});

describe('twitter.com', () => {
  test('a twitter.com page extracts the same posts, with x.com permalinks', () => {
    const url = 'https://twitter.com/home';
    const outcomes = extractAll(loadPage('home-2025-02-loggedin-x.com.html'), url);
    const m = mentionById(outcomes, 'x:1890443411544522946');
    expect([m.permalink, m.pageUrl, m.pageType]).toEqual([
      'https://x.com/nikitabier/status/1890443411544522946',
      'https://twitter.com/home',
      'home',
    ]);
    expect(summary(outcomes)).toEqual(['post', 'post', 'post', 'post', 'post', 'no-text']);
  });

  test('mobile.twitter.com status page', () => {
    const outcomes = extractAll(
      loadPage('status-constructed-2024-11-glaciisnow.html'),
      'https://mobile.twitter.com/glaciisnow/status/1861597350789288128',
    );
    expect(summary(outcomes)).toEqual(['post', 'reply', 'reply', 'reply', 'no-text', 'post']);
  });
});

describe('status page: position in the conversation', () => {
  const url = 'https://x.com/glaciisnow/status/1861597350789288128';

  test('focal post unmounted by the virtualised list: the cells left are replies', () => {
    const doc = loadPage('status-constructed-2024-11-glaciisnow.html');
    const cells = doc.querySelectorAll('[data-testid="cellInnerDiv"]');
    cells[0]?.remove();
    cells[1]?.remove();
    expect(summary(extractAll(doc, url))).toEqual(['reply', 'reply', 'no-text', 'post']);
  });

  test('without the "Discover more" heading the last post counts as a reply', () => {
    const doc = loadPage('status-constructed-2024-11-glaciisnow.html');
    doc.querySelector('h2')?.closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(summary(extractAll(doc, url))).toEqual(['post', 'reply', 'reply', 'reply', 'no-text', 'reply']);
  });

  test('the same cells on a home timeline are posts, except the one with a thread line', () => {
    const doc = loadPage('status-constructed-2024-11-glaciisnow.html');
    expect(summary(extractAll(doc, 'https://x.com/home'))).toEqual(['post', 'reply', 'post', 'post', 'no-text', 'post']);
  });

  test('an article outside any timeline cell is judged by its own markup', () => {
    const doc = loadPage('tweet-article-quote-2025-10-outerhtml.html');
    const article = doc.querySelector('article') as Element;
    doc.body.replaceChildren(article);
    expect(summary(extractAll(doc, 'https://x.com/someone/status/1'))).toEqual(['quote']);
  });
});

describe('reposts are told by structure, not words', () => {
  const PIN_PATH =
    'M7 4.5C7 3.12 8.12 2 9.5 2h5C15.88 2 17 3.12 17 4.5v5.26L20.12 16H13v5l-1 2-1-2v-5H3.88L7 9.76V4.5z';
  /** The first post of the zh profile page (a repost), with its social-context line reshaped. */
  function narita(edit: (context: Element, link: Element, icon: Element) => void): ExtractOutcome {
    const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    const article = doc.querySelector('article') as Element;
    const context = article.querySelector('[data-testid="socialContext"]') as Element;
    const link = context.closest('a') as Element;
    const icon = article.querySelector('svg path') as Element;
    edit(context, link, icon);
    return xAdapter.extract(article, { pageUrl: new URL('https://x.com/skiinfomation') });
  }

  test('Pinned (2023 markup: a div, no profile link, the pin icon) is not a repost', () => {
    const out = narita((context, link, icon) => {
      const pinned = context.ownerDocument.createElement('div');
      pinned.setAttribute('data-testid', 'socialContext');
      pinned.setAttribute('dir', 'ltr');
      pinned.innerHTML = '<span>已置顶</span>';
      link.replaceWith(pinned);
      icon.setAttribute('d', PIN_PATH);
    });
    expect(out.ok && [out.mention.kind, out.mention.repostedBy]).toEqual(['post', undefined]);
  });

  test('the pin icon wins over a profile link', () => {
    const out = narita((_c, _l, icon) => icon.setAttribute('d', PIN_PATH));
    expect(out.ok && [out.mention.kind, out.mention.repostedBy]).toEqual(['post', undefined]);
  });

  test('the repost icon without a link is still a repost (reposter unknown)', () => {
    const out = narita((context, link) => link.replaceWith(context));
    expect(out.ok && [out.mention.kind, out.mention.repostedBy]).toEqual(['repost', undefined]);
  });

  test('an icon we do not know, with a profile link: a repost', () => {
    const out = narita((_c, _l, icon) => icon.setAttribute('d', 'M1 1h22v22H1z'));
    expect(out.ok && [out.mention.kind, out.mention.repostedBy]).toEqual(['repost', 'skiinfomation']);
  });

  test('the English and Chinese repost lines give the same result', () => {
    const en = extractAll(loadPage('home-2024-11-loggedin-prettified-14tweets.html'), 'https://x.com/home');
    const zh = extractAll(loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html'), 'https://x.com/skiinfomation');
    expect([summary(en).filter((s) => s === 'repost').length, summary(zh).filter((s) => s === 'repost').length]).toEqual([6, 5]);
  });
});

describe('findItems', () => {
  const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
  const articles = Array.from(doc.querySelectorAll('article'));

  test('a root that is a post, a cell, or a node inside a post yields that post', () => {
    const article = articles[3] as Element;
    expect(xAdapter.findItems(article)).toEqual([article]);
    expect(xAdapter.findItems(article.closest('[data-testid="cellInnerDiv"]') as Element)).toEqual([article]);
    expect(xAdapter.findItems(article.querySelector('[data-testid="tweetText"]') as Element)).toEqual([article]);
  });

  test('a root with no post yields nothing', () => {
    expect(xAdapter.findItems(doc.head)).toEqual([]);
  });

  test('2021 markup (data-testid="tweet" on a div inside the article) yields the same articles', () => {
    const old = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    for (const article of Array.from(old.querySelectorAll('article'))) {
      article.removeAttribute('data-testid');
      article.firstElementChild?.setAttribute('data-testid', 'tweet');
    }
    expect(X_ITEM_SELECTORS.map((a) => old.querySelectorAll(a.selector).length)).toEqual([0, 10]);
    const items = xAdapter.findItems(old);
    expect(items.map((el) => el.tagName)).toEqual(Array<string>(10).fill('ARTICLE'));
    expect(summary(extractAll(old, 'https://x.com/skiinfomation'))).toEqual(summary(extractAll(doc, 'https://x.com/skiinfomation')));
  });
});

describe('field edge cases (in-memory edits of real posts)', () => {
  const url = 'https://x.com/skiinfomation';
  function firstOwnPost(edit: (article: Element) => void): ExtractOutcome {
    const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    const article = doc.querySelectorAll('article')[1] as Element; // skiinfomation 1982970378755748177
    edit(article);
    return xAdapter.extract(article, { pageUrl: new URL(url) });
  }

  test.each([
    ['und', undefined],
    ['qme', undefined],
    ['qht', undefined],
    ['zxx', undefined],
    ['', undefined],
    ['pt', 'pt'],
    ['zh-Hant', 'zh-Hant'],
    ['in', 'in'],
  ])('lang="%s" gives langHint %s', (lang, hint) => {
    const out = firstOwnPost((a) => a.querySelector('[data-testid="tweetText"]')?.setAttribute('lang', lang));
    expect(out.ok && out.mention.langHint).toBe(hint);
  });

  test('text longer than MAX_TEXT_CHARS is cut and marked', () => {
    const out = firstOwnPost((a) => {
      const text = a.querySelector('[data-testid="tweetText"]') as Element;
      text.textContent = 'あ'.repeat(MAX_TEXT_CHARS + 50);
    });
    expect(out.ok && [out.mention.text.length, out.mention.truncated]).toEqual([MAX_TEXT_CHARS, true]);
  });

  test('a status id too long for the schema is invalid, not thrown', () => {
    const out = firstOwnPost((a) => a.querySelector('time')?.closest('a')?.setAttribute('href', `/skiinfomation/status/${'9'.repeat(30)}`));
    expect(out.ok ? 'ok' : [out.reason, out.id]).toEqual(['invalid', `x:${'9'.repeat(30)}`]);
  });

  test('a time without a status link gives no-id', () => {
    const out = firstOwnPost((a) => a.querySelector('time')?.closest('a')?.removeAttribute('href'));
    expect(out.ok ? 'ok' : out.reason).toBe('no-id');
  });

  test('an unparseable datetime leaves postedAt out', () => {
    const out = firstOwnPost((a) => a.querySelector('time')?.setAttribute('datetime', 'yesterday'));
    expect(out.ok && [out.mention.id, out.mention.postedAt]).toEqual(['x:1982970378755748177', undefined]);
  });

  test('without User-Name the handle comes from the avatar container', () => {
    const out = firstOwnPost((a) => a.querySelector('[data-testid="User-Name"]')?.removeAttribute('data-testid'));
    expect(out.ok && [out.mention.authorHandle, out.mention.authorName]).toEqual(['skiinfomation', undefined]);
  });

  test('an article with neither time nor author is a placeholder (no-id), not an ad', () => {
    const doc = new DOMParser().parseFromString('<article data-testid="tweet"><div>Loading</div></article>', 'text/html');
    expect(extractAll(doc, url)).toEqual([{ ok: false, reason: 'no-id', detail: 'no time and no author' }]);
  });
});

describe('adapter health when the markup changes', () => {
  const url = new URL('https://x.com/skiinfomation');
  const now = new Date('2025-10-28T02:00:00.000Z');
  function health(doc: Document) {
    const scan = scanPage(xAdapter, doc, url);
    const report = judgeHealth(
      xAdapter,
      url,
      { containers: scan.containers, extracted: scan.mentions.length, noText: scan.skipped['no-text'] ?? 0, errors: scan.errors.length },
      now,
    );
    return { scan, report };
  }

  test('tweetText renamed and the lang fallback gone: no-text, nothing thrown', () => {
    const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    for (const el of Array.from(doc.querySelectorAll('[data-testid="tweetText"]'))) {
      el.setAttribute('data-testid', 'postText');
      el.removeAttribute('lang');
    }
    const { scan, report } = health(doc);
    expect([scan.mentions.length, scan.skipped, scan.errors]).toEqual([0, { 'no-text': 10 }, []]);
    expect(report).toEqual({
      platform: 'x',
      pageType: 'profile',
      url: 'https://x.com/skiinfomation',
      containers: 10,
      extracted: 0,
      at: '2025-10-28T02:00:00.000Z',
      problem: 'no-text',
      selector: 'article[data-testid="tweet"], [data-testid="tweet"]',
      detail: '10 items, none with text',
    });
  });

  test('tweetText renamed but lang kept: the 2021 fallback still reads every text', () => {
    const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    for (const el of Array.from(doc.querySelectorAll('[data-testid="tweetText"]'))) el.setAttribute('data-testid', 'postText');
    const { scan, report } = health(doc);
    expect([scan.mentions.length, report.problem]).toEqual([10, 'ok']);
    expect(scan.mentions[1]?.text).toBe('栂池自然園でも雪ですよー\n今年はどうしようかなー\nいっぱい行くとこあって困ってしまう。😅');
  });

  test('the post container renamed: no-items on a page that expects posts', () => {
    const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    for (const el of Array.from(doc.querySelectorAll('article'))) el.setAttribute('data-testid', 'post');
    expect(health(doc).report.problem).toBe('no-items');
  });

  test('re-seen posts are skipped by id without extraction', () => {
    const doc = loadPage('profile-2025-10-loggedin-zh-ui-ja-tweets.html');
    const seen = new Set(['x:1982977444014620930', 'x:1982970378755748177']);
    const scan = scanPage(xAdapter, doc, url, { seen });
    expect([scan.containers, scan.mentions.length, scan.mentions[0]?.id]).toEqual([10, 8, 'x:1982852191896646082']);
  });
});

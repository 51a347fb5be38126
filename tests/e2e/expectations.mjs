/**
 * What each saved page must yield, read off the fixtures themselves (counts and fields checked
 * against /work/shared/fixtures/real/README.md). Texts are compared without whitespace (see
 * `squash` in harness.mjs): the prettified page splits every word onto its own line.
 */
import { PAGES } from './harness.mjs';

export const X_HOME = {
  ...PAGES.xHome,
  // 6 articles; 1890449163420078087 is media-only (no tweetText), so it is not a mention.
  ids: [
    'x:1890459111671656594',
    'x:1890454526378815975',
    'x:1890451695559213256',
    'x:1890449332865786329',
    'x:1890443411544522946',
  ],
  absent: ['x:1890449163420078087'],
  named: [
    {
      id: 'x:1890454526378815975',
      authorHandle: 'BGatesIsaPyscho',
      // The emoji is an <img alt="🤣"> in X's markup; the adapter keeps it as text.
      text: 'Trump framed his famous mugshot & hung it in the hallway to the Oval Office 🤣',
      postedAt: '2025-02-14T17:34:16.000Z',
      permalink: 'https://x.com/BGatesIsaPyscho/status/1890454526378815975',
      lang: 'en',
    },
    {
      id: 'x:1890443411544522946',
      authorHandle: 'nikitabier',
      text:
        'I spent 10 minutes prompting Deep Research with a complex tax scenario—telling it to find the optimal ' +
        'structure to maximize a handful of state & federal deductions that counteract each other. It came back ' +
        'with a perfect model and found some things I never even considered. If',
      postedAt: '2025-02-14T16:50:06.000Z',
      permalink: 'https://x.com/nikitabier/status/1890443411544522946',
      lang: 'en',
    },
  ],
};

export const X_HOME_PRETTIFIED = {
  ...PAGES.xHomePrettified,
  // 14 articles: 3 promoted (no `time`), 1 media-only (elonmusk 1861601483504185774) -> 10.
  ids: [
    'x:1861512025685324071',
    'x:1861236644436750400',
    'x:1861590753631506636',
    'x:1861598484497080363',
    'x:1861513152527024198',
    'x:1861600564854894973',
    'x:1861586624330530965',
    'x:1861531794895454314',
    'x:1861597350789288128',
    'x:1861595977733550334',
  ],
  absent: ['x:1861601483504185774'],
  /** Authors of the three promoted posts: nothing by them may be stored. */
  adHandles: ['321zee', 'rogueducknet', 'Vivo_Phil'],
  named: [
    {
      id: 'x:1861595977733550334',
      authorHandle: 'elonmusk',
      text: 'Great outcome!',
      quotedText: 'Dr. Jay Bhattacharya went from being on a Twitter blacklist to NIH Director',
      kind: 'quote',
      postedAt: '2024-11-27T02:20:42.000Z',
      lang: 'en',
    },
    {
      id: 'x:1861512025685324071',
      authorHandle: 'Art0fLife_',
      text: 'for real..',
      kind: 'repost',
      repostedBy: 'Art0fLife_',
      postedAt: '2024-11-26T20:47:06.000Z',
    },
  ],
};

export const X_PROFILE_ZH = {
  ...PAGES.xProfileZh,
  ids: [
    'x:1982977444014620930',
    'x:1982970378755748177',
    'x:1982852191896646082',
    'x:1982961393143042311',
    'x:1982959149119058253',
    'x:1982957870456156597',
    'x:1982949937500565723',
    'x:1982927641029312835',
    'x:1982932837239284109',
    'x:1982931012901580941',
  ],
  absent: [],
  named: [
    {
      id: 'x:1982957870456156597',
      authorHandle: 'skiinfomation',
      text: '立山は2000m以下でも雪が降ってますねー\nこのぐらいの標高なら横手山の方が高いんですけどね。',
      postedAt: '2025-10-27T23:49:32.000Z',
      permalink: 'https://x.com/skiinfomation/status/1982957870456156597',
      lang: 'ja',
    },
    {
      // A repost in the Chinese UI ("已转帖"): the author is the original poster.
      id: 'x:1982977444014620930',
      authorHandle: 'narita_dome',
      kind: 'repost',
      repostedBy: 'skiinfomation',
      postedAt: '2025-10-28T01:07:19.000Z',
      lang: 'ja',
    },
  ],
};

/** Amazon dates are day-only ("Reviewed in … on March 18, 2024"), so only the UTC day is fixed. */
export const AMAZON_COM = {
  ...PAGES.amazonCom,
  ids: [
    'amazon:R11EAQM2MPD6LS',
    'amazon:R38GKMMGH72NU7',
    'amazon:RS2U2UVSM4FGR',
    'amazon:R29NF0EHJIOX8K',
    'amazon:R24NQQHOOO0L76',
    'amazon:RGE30045NUNYY',
    'amazon:R1QVXY5ZY3VP6A',
    'amazon:R2B967FCTP4CZC',
    'amazon:R10L6PDHJF5N3R',
    'amazon:R3FO6NSM0XAVLJ',
  ],
  absent: [],
  productId: 'B09PZG4R17',
  marketplace: 'amazon.com',
  named: [
    { id: 'amazon:R11EAQM2MPD6LS', author: 'Hasan Shaik', rating: 5, day: '2024-03-18', textStart: 'I never was a huge Razer fan' },
    { id: 'amazon:RS2U2UVSM4FGR', author: 'ThatOneRandomGuy', rating: 4, day: '2024-05-14', textStart: 'Bought this to replace a Plantronics Rig wired headset' },
  ],
};

export const AMAZON_DE = {
  ...PAGES.amazonDe,
  // 4 local reviews (#cm-cr-dp-review-list) + 5 from other countries (#cm-cr-global-review-list).
  ids: [
    'amazon:R2ADHXBSU827RJ',
    'amazon:R171OXWSRSADKR',
    'amazon:R31ZLE55APC1C1',
    'amazon:R2L0HR9WKL3SHB',
    'amazon:R2Z8HELMVDRDF',
    'amazon:RTVH5M55Z3HHQ',
    'amazon:R1IFGNISEG085K',
    'amazon:R320QC9N5AGW2I',
    'amazon:R22MD0QF26406O',
  ],
  absent: [],
  productId: '000004458X',
  marketplace: 'amazon.de',
  named: [
    // "4,0 von 5 Sternen", "Rezension aus Deutschland vom 12. April 2021"
    { id: 'amazon:R2ADHXBSU827RJ', author: 'Sturmkind', rating: 4, day: '2021-04-12', textStart: 'Den Geruch und das Frische Erlebnis' },
    // "2,0 von 5 Sternen", "vom 18. August 2017"
    { id: 'amazon:R31ZLE55APC1C1', author: 'Michael Pyrlik', rating: 2, day: '2017-08-18' },
  ],
};

export const AMAZON_JP = {
  ...PAGES.amazonJp,
  ids: [
    'amazon:RCRH2I4PEBA3F',
    'amazon:R2F6MX7FOM1GTA',
    'amazon:R1OMZXKEY2LEQR',
    'amazon:R29K49NAUVB7RN',
    'amazon:R2SPPUBZ33ZRGT',
    'amazon:R2XDO33CKOJBXC',
    'amazon:R2471GP6T1BAFZ',
    'amazon:R1WPMVX247I64Y',
  ],
  absent: [],
  productId: 'B07WXL5YPW',
  marketplace: 'amazon.co.jp',
  named: [
    // 1 star: "…箱も汚いんですけど、なんですかこれ、二度と買わない" (dirty box, never buying again).
    { id: 'amazon:R29K49NAUVB7RN', author: '井上洋介', rating: 1, day: '2020-03-20', textStart: 'え、本当に新品なんですか', lang: 'ja' },
  ],
};

/** A 1-star complaint ("never buying again") that any sane analysis flags; the side-panel and
 * mark-handled tests use it. */
export const NAMED_FLAGGED_ID = 'amazon:R29K49NAUVB7RN';

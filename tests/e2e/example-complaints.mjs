/**
 * Complaints on X about the bundled example incident (public/examples: VP-20K power banks
 * overheating), in German, Chinese and English. None of the saved X pages carries a post about
 * it (their posts are real and about other things), so the reply e2e and the `npm start` demo put
 * these in through the ordinary `mentions/ingest` message, as the X content script would.
 * Written for this project; the handles and status ids are made up.
 */
const POSTS = [
  { status: '1999000000000000001', handle: 'jana_k', name: 'Jana', text: 'Meine VP-20K Powerbank wird beim Laden extrem heiß! Was soll ich jetzt tun?' },
  { status: '1999000000000000002', handle: 'li_wei', name: '李伟', text: '我的VP-20K充电宝充电的时候过热了，太危险了！' },
  { status: '1999000000000000003', handle: 'sam_r', name: 'Sam', text: 'My VP-20K power bank overheated while charging overnight and burned my desk. Dangerous! I want a refund.' },
];

/** The complaints as X mentions posted in the half hour before `now`. */
export function exampleComplaints(now) {
  return POSTS.map((m, i) => ({
    id: `x:${m.status}`,
    platform: 'x',
    permalink: `https://x.com/${m.handle}/status/${m.status}`,
    authorHandle: m.handle,
    authorName: m.name,
    text: m.text,
    postedAt: new Date(now - (30 - i) * 60_000).toISOString(),
    kind: 'post',
  }));
}

/** The page the complaints are said to come from (the `mentions/ingest` message's `page`). */
export const X_HOME_PAGE_INFO = { url: 'https://x.com/home', platform: 'x', pageType: 'home' };

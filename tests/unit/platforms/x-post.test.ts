// @vitest-environment happy-dom
/**
 * The small readers behind the X adapter: post text (emoji, "Show more", prettified whitespace),
 * status and profile hrefs in both saved-page forms.
 */
import { describe, expect, test } from 'vitest';
import { parseStatusHref, profileHandle, readPostText } from '../../../lib/platforms/x-post.ts';

function textOf(inner: string): string {
  const doc = new DOMParser().parseFromString(`<div data-testid="tweetText" lang="en">${inner}</div>`, 'text/html');
  return readPostText(doc.querySelector('[data-testid="tweetText"]') as Element);
}

const INDENT = '\n' + ' '.repeat(60);

describe('readPostText', () => {
  test.each([
    ['plain span', '<span>who want me</span>', 'who want me'],
    // emoji are <img alt>; textContent would drop them
    ['emoji image kept as its character', '<span>who want me </span><img alt="👀" src="x.svg">', 'who want me 👀'],
    ['emoji glued to a word stays glued', '<span>Zelda &amp; Link</span><img alt="🐺">', 'Zelda & Link🐺'],
    // X's own line breaks are bare "\n" inside the text (tweetText is pre-wrap): 2025-02/2025-10 fixtures
    ['real line break kept', '<span>栂池自然園でも雪ですよー\n今年はどうしようかなー</span>', '栂池自然園でも雪ですよー\n今年はどうしようかなー'],
    ['real paragraph break kept', '<span>Maui Fires.\n\nI hope</span>', 'Maui Fires.\n\nI hope'],
    // a formatter's newline + indentation between words is one space (2024-11 prettified fixture)
    ['prettified newline + indent is a space', `<span>for${INDENT}real..</span>`, 'for real..'],
    ['prettified whitespace around tags trimmed', `${INDENT}<span>${INDENT}Join${INDENT}us </span${INDENT}><img alt="🚀">${INDENT}`, 'Join us 🚀'],
    // known cost of the rule above: a real line that starts with 4+ spaces is folded too
    ['indented real line folds (documented limit)', '<span>a\n    b</span>', 'a b'],
    ['<br> is a line break', '<span>one</span><br><span>two</span>', 'one\ntwo'],
    ['"Show more" inside the text is not text', '<span>If</span><div data-testid="tweet-text-show-more-link" role="link"><span>Show more</span></div>', 'If'],
    ['mentions and links keep their text', '<span>on the </span><a href="/redmagicgaming">@redmagicgaming</a><span> 9 Pro</span>', 'on the @redmagicgaming 9 Pro'],
    ['script text is not text', '<span>ok</span><script>var a = 1;</script>', 'ok'],
    ['empty', '<span>  </span>', ''],
  ])('%s', (_name, inner, expected) => {
    expect(textOf(inner)).toBe(expected);
  });
});

describe('parseStatusHref', () => {
  test.each([
    ['/Art0fLife_/status/1861512025685324071', { handle: 'Art0fLife_', id: '1861512025685324071' }],
    ['https://x.com/nikitabier/status/1890443411544522946', { handle: 'nikitabier', id: '1890443411544522946' }],
    ['https://twitter.com/jack/status/20?s=20#m', { handle: 'jack', id: '20' }],
    ['/321zee/status/1861603498758152267/analytics', { handle: '321zee', id: '1861603498758152267' }],
    ['/i/web/status/1861603498758152267', { id: '1861603498758152267' }],
    ['/i/status/1861546237809365399', { id: '1861546237809365399' }],
    ['https://mastodon.social/jack/status/20', undefined],
    ['/elonmusk', undefined],
    ['/elonmusk/status/', undefined],
    ['/elonmusk/status/abc', undefined],
    [null, undefined],
  ])('%s', (href, expected) => {
    expect(parseStatusHref(href)).toEqual(expected);
  });
});

describe('profileHandle', () => {
  test.each([
    ['/skiinfomation', 'skiinfomation'],
    ['https://x.com/nikitabier', 'nikitabier'],
    ['/skiinfomation?ref=1', 'skiinfomation'],
    ['/skiinfomation/status/1', undefined],
    ['/i', undefined],
    ['/hashtag/ski', undefined],
    ['https://mobile.twitter.com/jack', 'jack'],
    // links to other sites are never profiles (ad and card links in the 2024-11 fixture)
    ['https://t.co/K33Q25LLPq?twclid=25huarcgjuk0yhjq1woz0qvkmb', undefined],
    ['/not-a-handle', undefined],
    ['', undefined],
  ])('%s -> %s', (href, expected) => {
    expect(profileHandle(href)).toBe(expected);
  });
});

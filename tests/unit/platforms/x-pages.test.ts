/**
 * X URLs: which hosts the adapter reads, the page type of each path, and where items are expected.
 */
import { describe, expect, test } from 'vitest';
import { xAdapter } from '../../../lib/platforms/x.ts';
import { statusIdFromUrl } from '../../../lib/platforms/x-pages.ts';

describe('isPage', () => {
  test.each([
    ['https://x.com/home', true],
    ['https://twitter.com/home', true],
    ['https://mobile.x.com/home', true],
    ['https://mobile.twitter.com/jack/status/20', true],
    ['https://www.twitter.com/search?q=a', true],
    ['https://X.COM/home', true],
    ['https://api.x.com/graphql', false],
    ['https://x.company.com/home', false],
    ['https://example.com/x.com/home', false],
    ['https://www.amazon.com/product-reviews/B0F83YCWRH', false],
    ['ftp://x.com/home', false],
  ])('%s -> %s', (url, expected) => {
    expect(xAdapter.isPage(new URL(url))).toBe(expected);
  });
});

describe('pageType and expectsItems', () => {
  test.each([
    ['https://x.com/home', 'home', true],
    ['https://twitter.com/home', 'home', true],
    ['https://mobile.twitter.com/home?lang=ja', 'home', true],
    ['https://x.com/skiinfomation', 'profile', true],
    ['https://x.com/skiinfomation/', 'profile', true],
    ['https://x.com/skiinfomation/with_replies', 'profile', true],
    ['https://x.com/skiinfomation/highlights', 'profile', true],
    ['https://x.com/skiinfomation/likes', 'profile', true],
    // the Media tab is a photo grid: a profile, but no post articles to expect
    ['https://x.com/skiinfomation/media', 'profile', false],
    ['https://x.com/skiinfomation/followers', 'other', false],
    ['https://x.com/skiinfomation/lists', 'other', false],
    ['https://x.com/search?q=%E3%82%B9%E3%82%AD%E3%83%BC&src=typed_query&f=live', 'search', true],
    ['https://twitter.com/search?q=refund', 'search', true],
    ['https://x.com/hashtag/ski', 'search', true],
    ['https://x.com/glaciisnow/status/1861597350789288128', 'status', true],
    ['https://twitter.com/glaciisnow/status/1861597350789288128', 'status', true],
    ['https://x.com/glaciisnow/status/1861597350789288128/photo/1', 'status', true],
    ['https://x.com/i/web/status/1861597350789288128', 'status', true],
    ['https://x.com/elonmusk/status/1861595977733550334/quotes', 'quotes', true],
    ['https://x.com/elonmusk/status/1861595977733550334/retweets', 'other', false],
    ['https://x.com/elonmusk/status/1861595977733550334/analytics', 'other', false],
    ['https://x.com/i/lists/1234567890', 'list', true],
    ['https://x.com/i/lists/1234567890/members', 'other', false],
    ['https://x.com/notifications', 'notifications', false],
    ['https://x.com/notifications/mentions', 'notifications', false],
    ['https://x.com/settings/account', 'other', false],
    ['https://x.com/messages/123-456', 'other', false],
    ['https://x.com/compose/post', 'other', false],
    ['https://x.com/i/bookmarks', 'other', false],
    ['https://x.com/i/flow/login', 'other', false],
    ['https://x.com/explore', 'other', false],
    ['https://x.com/', 'other', false],
    // not a handle (too long / bad characters), or an unknown deeper path
    ['https://x.com/this-is-not-a-handle', 'other', false],
    ['https://x.com/abcdefghijklmnop', 'other', false],
    ['https://x.com/skiinfomation/some/thing/else', 'other', false],
    ['https://www.amazon.com/home', 'other', false],
  ])('%s -> %s (expects items: %s)', (url, type, expects) => {
    const u = new URL(url);
    expect(xAdapter.pageType(u)).toBe(type);
    expect(xAdapter.expectsItems(u)).toBe(expects);
  });
});

test.each([
  ['https://x.com/glaciisnow/status/1861597350789288128', '1861597350789288128'],
  ['https://twitter.com/glaciisnow/status/1861597350789288128/photo/1', '1861597350789288128'],
  ['https://x.com/i/web/status/20', '20'],
  ['https://x.com/home', undefined],
  ['https://x.com/glaciisnow/statuses', undefined],
])('statusIdFromUrl(%s) = %s', (url, id) => {
  expect(statusIdFromUrl(new URL(url))).toBe(id);
});

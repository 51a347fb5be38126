import { describe, expect, test } from 'vitest';
import { checkMention } from '../../../lib/platforms/check-mention.ts';
import { MentionSchema, type Mention } from '../../../lib/schema.ts';

const base: Mention = {
  id: 'amazon:R3NDV1ER0MDK8U',
  platform: 'amazon',
  permalink: 'https://www.amazon.de/gp/customer-reviews/R3NDV1ER0MDK8U',
  text: 'Kam nie an.',
  postedAt: '2021-04-12T00:00:00.000Z',
  rating: 1,
  productId: '000004458X',
  marketplace: 'amazon.de',
};

/** The adapters' zod-free check must agree with the schema the background parses with. */
describe('checkMention agrees with MentionSchema', () => {
  test.each<[string, Partial<Mention> | Record<string, unknown>]>([
    ['a valid review', {}],
    ['a valid post', { id: 'x:1890123456789012345', platform: 'x', permalink: 'https://x.com/a/status/1890123456789012345', kind: 'quote', quotedText: 'q' }],
    ['a bad id', { id: 'amazon:r3lower' }],
    ['an x id with letters', { id: 'x:12ab' }],
    ['a relative permalink', { permalink: '/gp/customer-reviews/R3' }],
    ['text over the limit', { text: 'a'.repeat(20_001) }],
    ['text at the limit', { text: 'a'.repeat(20_000) }],
    ['a local date', { postedAt: '2021-04-12T00:00:00.000+02:00' }],
    ['a date without time', { postedAt: '2021-04-12' }],
    ['a date without milliseconds', { postedAt: '2021-04-12T10:00:00Z' }],
    ['rating 6', { rating: 6 }],
    ['rating -1', { rating: -1 }],
    ['a lower-case ASIN', { productId: 'b09pzg4r17' }],
    ['a long author name', { authorName: 'n'.repeat(501) }],
    ['a long title', { title: 't'.repeat(2_001) }],
    ['an unknown kind', { kind: 'thread' }],
    ['a relative page URL', { pageUrl: 'amazon.de/dp/1' }],
    ['verified as a string', { verified: 'yes' }],
    ['an unknown platform', { platform: 'tiktok' }],
  ])('%s', (_name, patch) => {
    const m = { ...base, ...patch } as Mention;
    expect(checkMention(m) === undefined).toBe(MentionSchema.safeParse(m).success);
  });
});

/**
 * Amazon has no public replies to reviews. Brand Registry's "Contact customer" (Seller Central:
 * Brand > Customer Reviews) sends only Amazon's own fixed messages (a courtesy refund or a request
 * for information), so there is nothing to paste there. What the agent can do with a review:
 *
 * - `contact-customer`: open the review, find it in Customer Reviews and use Contact customer;
 * - `buyer-message`: the buyer's order is known: write a buyer message (copied to the clipboard);
 * - `feedback-response`: it is seller feedback, not a product review: a response to it (copied;
 *   it can be posted once and never edited);
 * - `no-reply`: nothing to send; recorded so the mention does not wait for an answer forever.
 *
 * The decision is recorded on the mention (lib/replies/record.ts).
 */
import type { ReplyInput, StoredMention } from '../schema.ts';
import type { Channel } from '../templates/schema.ts';

export const AMAZON_DECISIONS = ['contact-customer', 'buyer-message', 'feedback-response', 'no-reply'] as const;
export type AmazonDecision = (typeof AMAZON_DECISIONS)[number];

/** The template channel a decision writes in; the two others send no text of ours. */
export function decisionChannel(d: AmazonDecision): Channel | undefined {
  return d === 'buyer-message' ? 'amazon-buyer-message' : d === 'feedback-response' ? 'amazon-feedback-response' : undefined;
}

/** An Amazon page on https (any marketplace: amazon.com, amazon.co.jp, amazon.de…), else undefined:
 * stored data is never opened blindly. */
export function amazonUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && /(^|\.)amazon\.[a-z.]{2,10}$/.test(u.hostname) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The review's own page (its permalink), else the product's review list on its marketplace. */
export function reviewPage(m: Pick<StoredMention, 'permalink' | 'marketplace' | 'productId'>): string | undefined {
  return amazonUrl(m.permalink) ?? (m.marketplace && m.productId ? amazonUrl(`https://www.${m.marketplace}/product-reviews/${m.productId}`) : undefined);
}

/** The record of a decision that sends no text of ours. */
export function decisionRecord(d: Extract<AmazonDecision, 'contact-customer' | 'no-reply'>, at: string, incident?: { id: string; version: number }): ReplyInput {
  return {
    at,
    channel: d === 'contact-customer' ? 'amazon-contact-customer' : 'none',
    via: d === 'contact-customer' ? 'page' : 'none',
    ...(incident ? { incidentId: incident.id, statementVersion: incident.version } : {}),
  };
}

/**
 * The inbox's priority score: what an agent should answer first. Higher is sooner.
 *
 *   score = category + negativity + rating + incident + age
 *
 * | part        | points | why |
 * |---|---:|---|
 * | category    | safety 45, counterfeit 25, damaged 20, refund 15, delivery 12, account 10, service 8 (the highest one), +3 per further category (at most +6) | Safety first: a burn, a fire or an injury is a duty to act (product-safety reporting such as the EU GPSR's and the US CPSC's runs on days, not weeks) and the story that turns a complaint into a crisis. Counterfeit claims threaten the listing itself; damaged goods and money owed come before slow parcels; account and service complaints last. |
 * | negativity  | 0–20: 20 × how negative the sentiment score is (−1 → 20, 0 or positive → 0) | A furious post spreads further and needs a faster answer than a mildly annoyed one. |
 * | rating      | 1★ 15, 2★ 8 | A one-star review pulls the product's average down the most and is the review shoppers read first ("most critical"). |
 * | incident    | 30 while the mention belongs to the active incident (the replies issue defines incidents; until then 0) | The incident is why the team is in crisis mode: its mentions come before business as usual. |
 * | age         | 0–20 growing linearly with the time waited up to the team's response target, +5 once past it (overdue) | Waiting counts, but only up to the target: past it an answer is late either way, and a days-old mild post must never bury a fresh safety report. |
 *
 * Ties (and only ties) go to the longest waiting, then to the id, so the order is total and stable.
 * Every part is returned separately so the row can say why it ranks where it does.
 */
import type { ComplaintCategory } from '../schema.ts';

export const CATEGORY_POINTS: Readonly<Record<ComplaintCategory, number>> = {
  safety: 45,
  counterfeit: 25,
  damaged: 20,
  refund: 15,
  delivery: 12,
  account: 10,
  service: 8,
};
export const EXTRA_CATEGORY_POINTS = 3;
export const MAX_EXTRA_CATEGORY_POINTS = 6;
export const NEGATIVITY_POINTS = 20;
export const RATING_POINTS: Readonly<Record<number, number>> = { 1: 15, 2: 8 };
export const INCIDENT_POINTS = 30;
export const AGE_POINTS = 20;
export const OVERDUE_POINTS = 5;

/** What the score reads of a mention. */
export interface PriorityInput {
  categories: readonly ComplaintCategory[];
  /** Sentiment score, −1 (negative) to +1. */
  sentiment: number;
  /** Star rating rounded to a whole star; undefined when the mention has none (X posts). */
  rating?: number;
  /** Milliseconds the mention has waited (see `waitingSince` in facts.ts). */
  waitedMs: number;
  /** In the active incident. */
  incident?: boolean;
}

export interface PriorityParts {
  category: number;
  negativity: number;
  rating: number;
  incident: number;
  age: number;
}

export interface Priority {
  score: number;
  parts: PriorityParts;
  overdue: boolean;
}

/** The category part: the highest category's points plus a little for each further one. */
export function categoryPoints(categories: readonly ComplaintCategory[]): number {
  if (categories.length === 0) return 0;
  let best = 0;
  for (const c of categories) best = Math.max(best, CATEGORY_POINTS[c]);
  const extra = Math.min(MAX_EXTRA_CATEGORY_POINTS, (categories.length - 1) * EXTRA_CATEGORY_POINTS);
  return best + extra;
}

/** The parts that do not change while the mention waits (computed once per stored row). */
export function staticPoints(input: Omit<PriorityInput, 'waitedMs' | 'incident'>): number {
  return categoryPoints(input.categories) + negativityPoints(input.sentiment) + ratingPoints(input.rating);
}

export function negativityPoints(sentiment: number): number {
  return sentiment < 0 ? Math.round(NEGATIVITY_POINTS * Math.min(1, -sentiment) * 10) / 10 : 0;
}

export function ratingPoints(rating: number | undefined): number {
  return rating === undefined ? 0 : (RATING_POINTS[Math.round(rating)] ?? 0);
}

/** Age points: linear up to the target, then flat, plus the overdue step. */
export function agePoints(waitedMs: number, targetMs: number): number {
  if (!(targetMs > 0)) return 0;
  const waited = Math.max(0, waitedMs);
  const ramp = Math.min(1, waited / targetMs) * AGE_POINTS;
  return Math.round((ramp + (waited > targetMs ? OVERDUE_POINTS : 0)) * 10) / 10;
}

export function isOverdue(waitedMs: number, targetMs: number): boolean {
  return targetMs > 0 && waitedMs > targetMs;
}

export function priorityOf(input: PriorityInput, targetMs: number): Priority {
  const parts: PriorityParts = {
    category: categoryPoints(input.categories),
    negativity: negativityPoints(input.sentiment),
    rating: ratingPoints(input.rating),
    incident: input.incident ? INCIDENT_POINTS : 0,
    age: agePoints(input.waitedMs, targetMs),
  };
  const score = Math.round((parts.category + parts.negativity + parts.rating + parts.incident + parts.age) * 10) / 10;
  return { score, parts, overdue: isOverdue(input.waitedMs, targetMs) };
}

/**
 * When a mention counts, for surges: its posted time, except for sources whose time is a DAY.
 *
 * Amazon shows only a review's date, so the adapter stores it as posted at 00:00 UTC of that date
 * (lib/platforms/amazon-dates.ts). Counted at that time, a review written this afternoon lands in a
 * 5-minute bucket that closed hours before anyone could capture it: it is always "late", and the
 * Amazon and per-product scopes could never fire. Instead, a day-dated item whose date is the day
 * it was captured (±1 day: a marketplace's "today" can be yesterday or tomorrow in UTC) counts at
 * its CAPTURE time. That is when we learn of it, which for a review dated today is within hours of
 * when it was written, and the detector then sees new one-star reviews arriving as they do.
 * Older day-dated items are history, like old posts (buckets.ts).
 *
 * Why not a daily series with its own baseline: a day's count is known only when the day is over,
 * so a burst of one-star reviews this morning would alert tomorrow; and a day bucket still needs
 * capture time to tell today's reviews from those an operator merely scrolled to. The price of
 * capture time: the first look at a product page full of today's reviews is itself a burst. That is
 * what the scopes' denominator is for (scopes.ts): all of the page's reviews are counted, so only a
 * page whose reviews are unusually NEGATIVE raises the negative share test as well as the count.
 */
import type { StoredMention } from '../schema.ts';

const DAY_MS = 86_400_000;

type Timed = Pick<StoredMention, 'platform' | 'postedAt' | 'capturedAt' | 'sortAt'>;

/** The source gives a day, not a time: Amazon reviews (always at 00:00:00.000 UTC). */
export function isDayDated(row: Pick<StoredMention, 'platform' | 'postedAt'>): boolean {
  return row.platform === 'amazon' && row.postedAt !== undefined && Date.parse(row.postedAt) % DAY_MS === 0;
}

/** A day-dated item dated the day it was captured (±1 day). */
export function isDatedToday(row: Timed): boolean {
  if (!isDayDated(row)) return false;
  const day = Date.parse(row.postedAt!);
  const captured = Date.parse(row.capturedAt);
  const captureDay = captured - (((captured % DAY_MS) + DAY_MS) % DAY_MS);
  return Math.abs(day - captureDay) <= DAY_MS;
}

/** Epoch ms at which the mention counts in its scopes' buckets and in an alert's span. */
export function countedAt(row: Timed): number {
  return isDatedToday(row) ? Date.parse(row.capturedAt) : Date.parse(row.sortAt);
}

/** UTC midnights from the day before `from` to the day after `to`: where day-dated rows sort. */
export function dayStartsAround(from: number, to: number): number[] {
  const first = Math.floor(from / DAY_MS) * DAY_MS - DAY_MS;
  const out: number[] = [];
  for (let d = first; d <= to + DAY_MS; d += DAY_MS) out.push(d);
  return out;
}

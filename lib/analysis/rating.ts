/**
 * An Amazon star rating as evidence: the reviewer's own verdict, added to the text's valence sum
 * (VADER's -4..+4 scale) before normalising. It pulls, it does not decide: a 5-star review that
 * says "stopped working after a month" is still a complaint, and 3 stars say nothing either way.
 * Magnitudes are those of a mild lexicon word, so one clear complaint phrase (-2.5) outweighs a
 * 5-star prior. Measured on the 55 rated reviews of the saved Amazon fixtures (our own reading as
 * gold, 13 negative; scripts/eval-analysis.ts rating, 2026-11): NEGATIVE-class F1 76.2 -> 81.8,
 * MCC 0.74 -> 0.80 with the prior, no new false positives. A small sample: a sanity check, not a
 * calibration.
 */
export function ratingValence(rating: number | undefined): number {
  if (rating === undefined || !Number.isFinite(rating) || rating <= 0) return 0;
  if (rating <= 1.5) return -2;
  if (rating <= 2.5) return -1.2;
  if (rating < 3.5) return 0;
  if (rating < 4.5) return 0.8;
  return 1.2;
}

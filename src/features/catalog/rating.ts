/** Rating summaries from reviews: pure, so cards, product pages and JSON-LD agree. */

export type RatingSummary = {
  count: number;
  /** Mean rating rounded to one decimal; 0 when there are no reviews. */
  average: number;
  /** Reviews per star, index 0 = 1 star ... index 4 = 5 stars. */
  distribution: [number, number, number, number, number];
};

export const noRatings: RatingSummary = { count: 0, average: 0, distribution: [0, 0, 0, 0, 0] };

export function summarizeRatings(reviews: readonly { rating: number }[]): RatingSummary {
  if (reviews.length === 0) return noRatings;
  const distribution: RatingSummary['distribution'] = [0, 0, 0, 0, 0];
  let total = 0;
  for (const { rating } of reviews) {
    const stars = Math.min(5, Math.max(1, Math.round(rating)));
    distribution[stars - 1]! += 1;
    total += stars;
  }
  return { count: reviews.length, average: Math.round((total / reviews.length) * 10) / 10, distribution };
}

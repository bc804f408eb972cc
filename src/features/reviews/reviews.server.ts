/**
 * The one place product reviews are read from. Today that is the seed reviews in content/;
 * when shoppers can submit reviews (stored in the database), listReviews merges those in here,
 * after moderation, and every caller (product page, review endpoint, JSON-LD) follows.
 */
import { seedReviews } from '../catalog/catalog-store.ts';
import { pageCount, pageOf, reviewPageSize, sortReviews, type ReviewPage, type ReviewSort, type ReviewView } from './review-list.ts';

export type ListReviewsOptions = { sort: ReviewSort; page: number; pageSize?: number };

/** All reviews of a product in one order; seam for the database source (see above). */
export async function allReviews(slug: string, sort: ReviewSort): Promise<ReviewView[]> {
  const seed: ReviewView[] = await seedReviews(slug);
  return sortReviews(seed, sort);
}

export async function listReviews(slug: string, options: ListReviewsOptions): Promise<ReviewPage> {
  const pageSize = options.pageSize ?? reviewPageSize;
  const sorted = await allReviews(slug, options.sort);
  return {
    slug,
    sort: options.sort,
    page: options.page,
    pages: pageCount(sorted.length, pageSize),
    total: sorted.length,
    reviews: pageOf(sorted, options.page, pageSize),
  };
}

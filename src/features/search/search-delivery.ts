/**
 * Where search runs, decided at build time from the size of the compact index: in the
 * browser while the whole index fits the transfer budget, on the server behind /api/search
 * once it does not. The measured crossover is about 2,500-3,000 products (README.md); the
 * decision is made on bytes, not on a product count, because texts differ per shop.
 */

export type SearchDelivery = 'browser' | 'server';

/** Compressed bytes a shopper may download before the first result: index plus engine code. */
export const SEARCH_TRANSFER_BUDGET = 150 * 1024;

/**
 * Part of the budget the index may take: the rest is room for the engine code, the island
 * and a catalog that grows between two builds.
 */
const INDEX_SHARE = 0.8;

export function chooseSearchDelivery({
  indexBrotliBytes,
  codeBrotliBytes,
  budgetBytes = SEARCH_TRANSFER_BUDGET,
}: {
  indexBrotliBytes: number;
  codeBrotliBytes: number;
  budgetBytes?: number;
}): SearchDelivery {
  return indexBrotliBytes + codeBrotliBytes <= budgetBytes * INDEX_SHARE ? 'browser' : 'server';
}

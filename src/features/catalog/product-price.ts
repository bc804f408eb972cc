/**
 * The price a product is shown at before a variant is chosen: the lowest variant price
 * ("vanaf"), whether prices differ, and the former price of that cheapest variant when it is
 * on sale. Pure, so cards, product pages, structured data and share images agree.
 */
import { money, type Money } from '../../lib/money.ts';

type PricedVariant = { priceCents: number; compareAtPriceCents?: number | undefined };

export type ProductPrice = {
  price: Money;
  /** Highest variant price; equals price when all variants cost the same. */
  highest: Money;
  /** Former price of the cheapest variant, only when it is higher than price. */
  compareAt?: Money;
  varies: boolean;
};

export function productPrice(variants: readonly PricedVariant[]): ProductPrice {
  if (variants.length === 0) throw new Error('productPrice needs at least one variant');
  const cheapest = variants.reduce((low, v) => (v.priceCents < low.priceCents ? v : low));
  const highest = Math.max(...variants.map((v) => v.priceCents));
  const result: ProductPrice = { price: money(cheapest.priceCents), highest: money(highest), varies: highest !== cheapest.priceCents };
  if (cheapest.compareAtPriceCents !== undefined && cheapest.compareAtPriceCents > cheapest.priceCents) {
    result.compareAt = money(cheapest.compareAtPriceCents);
  }
  return result;
}

/** Whole-percent discount shown on a sale badge ("-20%"), rounded down so it never overstates. */
export function discountPercent(price: Money, compareAt: Money): number {
  if (compareAt.amount <= price.amount) return 0;
  return Math.floor(((compareAt.amount - price.amount) * 100) / compareAt.amount);
}

/**
 * Discount codes are judged here, on the server only: the browser never learns which codes
 * exist, only whether the one the shopper typed works for their cart.
 *
 * Codes come from DiscountSources, asked in order; the first that knows a code decides. The
 * template has one source, the configured codes (discount-codes.ts). The next-order discount
 * e-mail will add a database-backed source of single-use codes: it implements `find` (with
 * `redeemed` set once used) and `redeem`, which the order placement calls inside its
 * transaction so two orders can never both spend one code.
 */
import type { Db } from '../../lib/db/client.server.ts';
import { ApiError } from '../../lib/http/api-error.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { Money } from '../../lib/money.ts';
import { discountCodes } from './discount-codes.ts';
import { evaluateDiscount, normalizeDiscountCode, type DiscountCheck, type DiscountDefinition, type DiscountError } from './discount.ts';
import { describeDiscountError } from './messages.ts';

export interface DiscountSource {
  /** The definition of a normalised code (WELKOM10), or undefined when this source does not know it. */
  find(code: string): Promise<DiscountDefinition | undefined>;
  /**
   * Marks a single-use code as spent by an order, inside the order's transaction (`db` is that
   * transaction). Resolves false when it was already spent, so the order can refuse the
   * discount instead of granting it twice. Sources of reusable codes leave it out.
   */
  redeem?(db: Db, code: string, orderId: string): Promise<boolean>;
}

/** A source over fixed definitions: the configured codes, or a list in a test. */
export function configDiscountSource(definitions: readonly DiscountDefinition[] = discountCodes): DiscountSource {
  const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
  return {
    find: async (code) => byCode.get(code),
  };
}

export const defaultDiscountSources: readonly DiscountSource[] = [configDiscountSource()];

/**
 * Judges what a shopper typed against the goods subtotal (VAT-inclusive, before discount) at
 * `now`: ok with the discount to price with, or why not (unknown, expired, already used,
 * minimum not reached). Case and spaces do not matter.
 */
export async function checkDiscountCode(
  input: string,
  subtotal: Money,
  now: Date,
  sources: readonly DiscountSource[] = defaultDiscountSources,
): Promise<DiscountCheck> {
  const code = normalizeDiscountCode(input);
  if (code === undefined) return { ok: false, error: { code: 'unknown' } };
  for (const source of sources) {
    const definition = await source.find(code);
    if (definition) return evaluateDiscount(definition, subtotal, now);
  }
  return { ok: false, error: { code: 'unknown' } };
}

/**
 * The refusal as an API error: 422 `discount_<reason>` with the shopper's message under the
 * `discountCode` field, so the form puts it next to the code input.
 */
export function discountApiError(error: DiscountError, locale: Locale): ApiError {
  const message = describeDiscountError(error, locale);
  return new ApiError(422, `discount_${error.code}`, message, { discountCode: message });
}

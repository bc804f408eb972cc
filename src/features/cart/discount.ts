/**
 * Discount codes as data and the pure rules that judge them: what a code gives, when it is
 * valid, how much it takes off. Where codes come from (configuration now, single-use codes
 * from the database later) is discount.server.ts's business; this file only sees definitions,
 * so the browser can import it for a preview without ever seeing a code list. No zod here:
 * the preview runs in an island, inside the page's JavaScript budget.
 */
import { min, money, percentOf, subtract, zero, type Money } from '../../lib/money.ts';

export type DiscountBenefit =
  /** Percent off the goods, e.g. 10 for WELKOM10 (may have decimals: 12.5). */
  | Readonly<{ kind: 'percent'; percent: number }>
  /** A fixed amount off the goods, never more than they cost (a gift card is not a discount). */
  | Readonly<{ kind: 'amount'; amountCents: number }>
  | Readonly<{ kind: 'freeShipping' }>;

/** A code as any source describes it. Codes are stored normalised (see normalizeDiscountCode). */
export type DiscountDefinition = Readonly<{
  code: string;
  benefit: DiscountBenefit;
  /** Goods subtotal (VAT-inclusive, before the discount) the cart must reach. */
  minimumSubtotalCents?: number | undefined;
  /** First moment the code works; before it, the code does not exist as far as a shopper can tell. */
  validFrom?: Date | undefined;
  /** First moment the code no longer works (exclusive end). */
  validUntil?: Date | undefined;
  /** A single-use code that has been redeemed (database-backed sources). */
  redeemed?: boolean | undefined;
}>;

/** A discount pricing may apply: judged valid for this moment, the minimum re-checked per pricing. */
export type Discount = Readonly<{
  code: string;
  benefit: DiscountBenefit;
  minimumSubtotalCents?: number | undefined;
}>;

export type DiscountError =
  | Readonly<{ code: 'unknown' }>
  | Readonly<{ code: 'expired' }>
  | Readonly<{ code: 'alreadyUsed' }>
  | Readonly<{ code: 'minimumNotReached'; minimum: Money; missing: Money }>;

export type DiscountErrorCode = DiscountError['code'];

export type DiscountCheck = Readonly<{ ok: true; discount: Discount }> | Readonly<{ ok: false; error: DiscountError }>;

const codePattern = /^[A-Z0-9-]{2,40}$/;

/**
 * The form codes are stored and compared in: " welkom10 " and "Welkom 10" are WELKOM10.
 * Compatibility forms are folded (a full-width "Ｗ" is W); returns undefined when what is left
 * cannot be a code, which the check reports as unknown.
 */
export function normalizeDiscountCode(input: string): string | undefined {
  const code = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return codePattern.test(code) ? code : undefined;
}

/**
 * Judges a definition for a goods subtotal at a moment. A code that is not yet valid answers
 * "unknown" on purpose: it must not reveal a campaign before it starts.
 */
export function evaluateDiscount(definition: DiscountDefinition | undefined, subtotal: Money, now: Date): DiscountCheck {
  if (!definition) return { ok: false, error: { code: 'unknown' } };
  const time = now.getTime();
  if (definition.validFrom !== undefined && time < definition.validFrom.getTime()) return { ok: false, error: { code: 'unknown' } };
  if (definition.validUntil !== undefined && time >= definition.validUntil.getTime()) return { ok: false, error: { code: 'expired' } };
  if (definition.redeemed === true) return { ok: false, error: { code: 'alreadyUsed' } };
  const discount: Discount = {
    code: definition.code,
    benefit: definition.benefit,
    minimumSubtotalCents: definition.minimumSubtotalCents,
  };
  const shortfall = minimumShortfall(discount, subtotal);
  return shortfall ? { ok: false, error: shortfall } : { ok: true, discount };
}

/** The minimumNotReached error when the goods subtotal is below the code's minimum. */
export function minimumShortfall(discount: Discount, subtotal: Money): DiscountError | undefined {
  if (discount.minimumSubtotalCents === undefined) return undefined;
  const minimum = money(discount.minimumSubtotalCents, subtotal.currency);
  if (subtotal.amount >= minimum.amount) return undefined;
  return { code: 'minimumNotReached', minimum, missing: subtract(minimum, subtotal) };
}

/** How much a discount takes off the goods: rounded half-up, never more than the goods cost. */
export function discountAmount(benefit: DiscountBenefit, subtotal: Money): Money {
  switch (benefit.kind) {
    case 'percent':
      return min(percentOf(subtotal, benefit.percent), subtotal);
    case 'amount':
      return min(money(benefit.amountCents, subtotal.currency), subtotal);
    case 'freeShipping':
      return zero(subtotal.currency);
  }
}

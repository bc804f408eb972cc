/**
 * The refusals of POST /api/checkout/payment as API errors, worded for the shopper in the
 * order's language. `insufficient_stock` carries, besides the field messages the form puts next
 * to each line, a `lines` list of what is left, so the checkout can offer "change to 2".
 */
import { describeItem, describeStockIssue } from '../cart/messages.ts';
import { ApiError, json, type FieldErrors } from '../../lib/http/api-error.ts';
import { localeTags, type Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney } from '../../lib/money.ts';
import type { CheckoutRefusal, ShortLine } from './order-draft.ts';
import { orderMessages } from './messages.ts';

export interface InsufficientStockLine {
  sku: string;
  requested: number;
  available: number;
}

export class InsufficientStockError extends ApiError {
  override name = 'InsufficientStockError';
  readonly lines: readonly InsufficientStockLine[];

  constructor(message: string, fields: FieldErrors, lines: readonly InsufficientStockLine[]) {
    super(409, 'insufficient_stock', message, fields);
    this.lines = lines;
  }

  override toResponse(): Response {
    const body = { error: { code: this.code, message: this.message, fields: this.fields ?? {}, lines: this.lines } };
    return json(body, { status: this.status, headers: { 'cache-control': 'no-store' } });
  }
}

/**
 * `requestedSkus` is the request's lines in order, so each field message lands on the line the
 * shopper sees (`lines.2.quantity`).
 */
export function insufficientStockError(
  short: readonly ShortLine[],
  requestedSkus: readonly string[],
  locale: Locale,
): InsufficientStockError {
  const m = orderMessages[locale].error;
  const fields: FieldErrors = {};
  const details: string[] = [];
  for (const line of short) {
    const index = requestedSkus.indexOf(line.sku);
    const issue =
      line.available === 0 ? ({ kind: 'unavailable' } as const) : ({ kind: 'insufficient', available: line.available } as const);
    if (index >= 0) fields[`lines.${index}.quantity`] = describeStockIssue(issue, locale);
    const item = line.item ? describeItem(line.item, locale) : line.sku;
    details.push(line.available === 0 ? fill(m.lineSoldOut, { item }) : fill(m.lineShort, { item, available: line.available }));
  }
  return new InsufficientStockError(
    fill(m.insufficientStock, { details: details.join('; ') }),
    fields,
    short.map(({ sku, requested, available }) => ({ sku, requested, available })),
  );
}

/** Every refusal but a rejected discount code, which discountApiError (cart feature) words. */
export function checkoutRefusalError(
  refusal: Exclude<CheckoutRefusal, { kind: 'discountRejected' }>,
  requestedSkus: readonly string[],
  locale: Locale,
): ApiError {
  const m = orderMessages[locale].error;
  switch (refusal.kind) {
    case 'insufficientStock':
      return insufficientStockError(refusal.lines, requestedSkus, locale);
    case 'nothingToCheckout':
      return new ApiError(422, 'nothing_to_checkout', m.nothingToCheckout);
    case 'shippingMethodUnavailable': {
      const country = new Intl.DisplayNames([localeTags[locale]], { type: 'region' }).of(refusal.country) ?? refusal.country;
      const message = fill(m.shippingMethodUnavailable, { country });
      return new ApiError(422, 'shipping_method_unavailable', message, { shippingMethodId: message });
    }
    case 'amountTooSmall':
      return new ApiError(422, 'amount_too_small', fill(m.amountTooSmall, { minimum: formatMoney(refusal.minimum, locale) }));
  }
}

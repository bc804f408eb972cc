/**
 * Field checks for the checkout island, by the server (POST /api/checkout/validate), which
 * answers with the schemas the payment endpoint uses: the browser ships no validator, and the
 * two can never disagree. When the server cannot be reached the answer is `undefined`: the
 * form then lets the shopper on, and the payment endpoint, which checks everything again,
 * sends any mistake back to its field.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import type { CheckoutField, FieldErrors } from './checkout-fields.ts';

export const checkoutValidatePath = '/api/checkout/validate';

/** Checks the given fields; resolves to their messages ({} when all are right), or undefined offline. */
export async function validateFields(
  fields: Partial<Record<CheckoutField, string>>,
  country: ShippingCountry,
  locale: Locale,
  signal?: AbortSignal,
): Promise<FieldErrors | undefined> {
  try {
    const response = await fetch(`${checkoutValidatePath}?locale=${locale}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ country, fields }),
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(5000)]) : AbortSignal.timeout(5000),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { errors?: FieldErrors };
    return body.errors ?? {};
  } catch {
    return undefined;
  }
}

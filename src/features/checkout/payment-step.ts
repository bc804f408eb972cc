/**
 * The payment step's conversation with the server: POST /api/checkout/payment with the
 * finished checkout (src/features/orders/checkout-request.ts), answered with the order
 * number, the Stripe client secret and the server's final totals.
 *
 * The Payment Element itself is the payments feature's (src/features/payments/PaymentForm.tsx);
 * PaymentStep.tsx marks where it goes, inside #payment-element, with this answer's
 * clientSecret, publishableKey and statusPath.
 */
import type { CheckoutPaymentRequestInput } from '../orders/checkout-request.ts';
import type { StartPaymentResponse } from '../orders/start-payment.server.ts';

/** What the checkout sends; `checkoutId` is made once per attempt (checkout-attempt.ts). */
export type PaymentStepInput = CheckoutPaymentRequestInput;

export type PaymentStart = StartPaymentResponse;

export type PaymentStartError = Readonly<{
  status: number;
  code: string;
  message: string;
  /** Server field paths ("contact.email", "lines.0.quantity") -> messages. */
  fields: Readonly<Record<string, string>>;
  /** For insufficient_stock: what is left per SKU. */
  lines?: readonly Readonly<{ sku: string; requested: number; available: number }>[];
  /** For rate_limited (429): when to try again. */
  retryAfterSeconds?: number;
}>;

export type PaymentStartResult = Readonly<{ ok: true; payment: PaymentStart }> | Readonly<{ ok: false; error: PaymentStartError }>;

export const checkoutPaymentPath = '/api/checkout/payment';

/** Places (or, for a repeated checkoutId, finds) the order and its PaymentIntent. Never throws. */
export async function startPayment(input: PaymentStepInput, networkMessage: string, signal?: AbortSignal): Promise<PaymentStartResult> {
  try {
    const response = await fetch(`${checkoutPaymentPath}?locale=${input.locale}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
      ...(signal ? { signal } : {}),
    });
    const body = (await response.json().catch(() => undefined)) as
      PaymentStart | { error?: Partial<PaymentStartError> & { fields?: Record<string, string> } } | undefined;
    if (response.ok && body && 'clientSecret' in body) return { ok: true, payment: body };
    const error = body && 'error' in body ? body.error : undefined;
    return {
      ok: false,
      error: {
        status: response.status,
        code: error?.code ?? 'http_error',
        message: error?.message ?? networkMessage,
        fields: error?.fields ?? {},
        ...(error?.lines ? { lines: error.lines } : {}),
        ...(response.status === 429 ? { retryAfterSeconds: Number(response.headers.get('retry-after') ?? 10) || 10 } : {}),
      },
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { status: 0, code: 'network', message: networkMessage, fields: {} } };
  }
}

/**
 * Errors in Stripe's wire shape, `{ error: { type, code, message, param, ... } }`, with the
 * HTTP status the `stripe` SDK maps to its classes: 400/404 -> StripeInvalidRequestError
 * (or StripeIdempotencyError when type is idempotency_error), 401 -> StripeAuthenticationError,
 * 402 -> StripeCardError, 409 -> retried by the SDK, 5xx -> StripeAPIError.
 */

export type StripeErrorType = 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  /** Attached on PaymentIntent failures, as Stripe does, so a client sees the new state. */
  payment_intent?: unknown;
  payment_method?: unknown;
  charge?: string;
}

export class StripeApiError extends Error {
  override name = 'StripeApiError';
  readonly status: number;
  readonly body: StripeErrorBody;

  constructor(status: number, body: StripeErrorBody) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}

function withCode(code: string | undefined): Pick<StripeErrorBody, 'code' | 'doc_url'> {
  return code ? { code, doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}` } : {};
}

export function invalidRequest(message: string, options: { code?: string; param?: string; status?: number } = {}): StripeApiError {
  return new StripeApiError(options.status ?? 400, {
    type: 'invalid_request_error',
    message,
    ...withCode(options.code),
    ...(options.param ? { param: options.param } : {}),
  });
}

export function parameterMissing(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, { code: 'parameter_missing', param });
}

export function parameterUnknown(param: string): StripeApiError {
  return invalidRequest(`Received unknown parameter: ${param}`, { code: 'parameter_unknown', param });
}

export function parameterInvalid(param: string, message: string, code = 'parameter_invalid_string'): StripeApiError {
  return invalidRequest(message, { code, param });
}

/** Stripe's 404: `No such payment_intent: 'pi_123'`. */
export function resourceMissing(objectName: string, id: string, param = 'id'): StripeApiError {
  return invalidRequest(`No such ${objectName}: '${id}'`, { code: 'resource_missing', param, status: 404 });
}

export function unexpectedState(message: string, extra: Partial<StripeErrorBody> = {}): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', message, ...withCode('payment_intent_unexpected_state'), ...extra });
}

export function cardError(body: Omit<StripeErrorBody, 'type' | 'doc_url'>): StripeApiError {
  return new StripeApiError(402, { ...body, type: 'card_error', ...withCode(body.code) });
}

export function idempotencyError(message: string): StripeApiError {
  return new StripeApiError(400, { type: 'idempotency_error', message });
}

export function authenticationError(message: string): StripeApiError {
  return new StripeApiError(401, { type: 'invalid_request_error', message });
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return invalidRequest(
    `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    { status: 404 },
  );
}

export function apiError(message = 'An unknown error occurred in the Stripe emulator.'): StripeApiError {
  return new StripeApiError(500, { type: 'api_error', message });
}

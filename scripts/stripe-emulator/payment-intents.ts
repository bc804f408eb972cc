/**
 * PaymentIntents and their state machine, as Stripe runs it for automatic capture:
 *
 *   requires_payment_method --confirm--> succeeded                       (card)
 *                                    \-> requires_payment_method + error (decline)
 *                                    \-> requires_action --authorize--> succeeded
 *                                                        --fail-------> requires_payment_method + error
 *                                                        --processing-> processing --> succeeded | requires_payment_method
 *   any of the first three --cancel--> canceled
 *
 * Cards answer at once (3D Secure aside); iDEAL and Bancontact redirect to a bank page.
 */
import { validateAmount, validateCurrency } from './amounts.ts';
import { createCharge, settleCharge } from './charges.ts';
import {
  cardError,
  invalidRequest,
  parameterInvalid,
  parameterMissing,
  resourceMissing,
  unexpectedState,
  type StripeErrorBody,
} from './errors.ts';
import type { FormObject } from './form.ts';
import { newClientSecret, newId, nowSeconds } from './ids.ts';
import { methodTypeParams, methodTypeSettings, type MethodTypeSettings } from './method-types.ts';
import {
  fromPaymentMethodData,
  fromTestPaymentMethod,
  redirectMethodTypes,
  type Outcome,
  type PaymentMethod,
  type PaymentMethodType,
  type ResolvedPaymentMethod,
} from './payment-methods.ts';
import {
  assertKnownParams,
  mergeMetadata,
  metadataParam,
  nullableString,
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredInteger,
} from './params.ts';
import type { RequestInfo, Store } from './store.ts';

export type PaymentIntentStatus =
  'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'succeeded' | 'canceled';

export type NextAction =
  | { type: 'redirect_to_url'; redirect_to_url: { return_url: string; url: string } }
  | { type: 'use_stripe_sdk'; use_stripe_sdk: { type: 'three_d_secure_redirect'; stripe_js: string } };

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: 0;
  allowed_payment_method_types: string[] | null;
  amount_received: number;
  automatic_payment_methods: MethodTypeSettings['automatic_payment_methods'];
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: 'automatic' | 'automatic_async';
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  customer: null;
  description: string | null;
  excluded_payment_method_types: string[] | null;
  last_payment_error: (StripeErrorBody & { payment_method?: PaymentMethod }) | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  next_action: NextAction | null;
  payment_method: string | null;
  payment_method_options: Record<string, unknown>;
  payment_method_types: PaymentMethodType[];
  processing: null;
  receipt_email: string | null;
  setup_future_usage: 'on_session' | 'off_session' | null;
  shipping: unknown;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: PaymentIntentStatus;
}

/** The intent plus what the emulator must remember but Stripe does not show. */
export interface PaymentIntentRecord {
  intent: PaymentIntent;
  returnUrl: string | null;
}

/** Who asks: the secret key sees everything, a publishable key (Stripe.js) a safe subset. */
export type Access = 'secret' | 'publishable';

export interface IntentContext {
  store: Store;
  request: RequestInfo;
  /** The emulator's own address, for the bank / 3D Secure page in next_action. */
  baseUrl: string;
}

const publishableFields = [
  'id',
  'object',
  'amount',
  'allowed_payment_method_types',
  'automatic_payment_methods',
  'canceled_at',
  'cancellation_reason',
  'capture_method',
  'client_secret',
  'confirmation_method',
  'created',
  'currency',
  'description',
  'excluded_payment_method_types',
  'last_payment_error',
  'livemode',
  'next_action',
  'payment_method',
  'payment_method_types',
  'processing',
  'receipt_email',
  'setup_future_usage',
  'shipping',
  'status',
] as const;

export function intentView(intent: PaymentIntent, access: Access): Record<string, unknown> {
  const copy = structuredClone(intent) as unknown as Record<string, unknown>;
  if (access === 'secret') return copy;
  return Object.fromEntries(publishableFields.map((field) => [field, copy[field]]));
}

const actionableStatuses: PaymentIntentStatus[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

const createParams = [
  'amount',
  'currency',
  'automatic_payment_methods',
  ...methodTypeParams,
  'payment_method_options',
  'metadata',
  'description',
  'receipt_email',
  'capture_method',
  'confirm',
  'return_url',
  'payment_method',
  'payment_method_data',
  'shipping',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'setup_future_usage',
  'off_session',
  'error_on_requires_action',
  'use_stripe_sdk',
  'mandate_data',
];
const updateParams = [
  'amount',
  'currency',
  ...methodTypeParams,
  'payment_method_options',
  'metadata',
  'description',
  'receipt_email',
  'shipping',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'setup_future_usage',
  'payment_method',
];
const confirmParams = [
  'payment_method',
  'payment_method_data',
  'payment_method_options',
  'return_url',
  'receipt_email',
  'shipping',
  'setup_future_usage',
  'mandate_data',
  'off_session',
  'error_on_requires_action',
  'use_stripe_sdk',
];
/** Fields Stripe lets you change only before the payment is under way. */
const gatedUpdateFields = ['amount', 'currency', ...methodTypeParams, 'payment_method', 'setup_future_usage'];

function validateReturnUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // falls through to the error below
  }
  throw parameterInvalid('return_url', `Not a valid URL`, 'url_invalid');
}

function findRecord(store: Store, id: string): PaymentIntentRecord {
  const record = store.intents.get(id);
  if (!record) throw resourceMissing('payment_intent', id, 'intent');
  return record;
}

/**
 * Stripe.js identifies itself with the publishable key plus the client secret; a wrong
 * secret gets the same answer as a missing intent, so ids cannot be probed.
 */
export function findIntent(store: Store, id: string, access: Access, params: FormObject): PaymentIntentRecord {
  const record = findRecord(store, id);
  if (access === 'publishable') {
    const secret = optionalString(params, 'client_secret');
    if (!secret) throw parameterMissing('client_secret');
    if (secret !== record.intent.client_secret) {
      throw invalidRequest(`The client_secret provided does not match any associated PaymentIntent on this account.`, {
        code: 'payment_intent_invalid_parameter',
        param: 'client_secret',
      });
    }
  }
  return record;
}

export function createPaymentIntent(ctx: IntentContext, params: FormObject): PaymentIntentRecord {
  assertKnownParams(params, createParams);
  const amount = requiredInteger(params, 'amount');
  const currency = validateCurrency(params, true);
  validateAmount(amount, currency);
  const captureMethod = optionalEnum(params, 'capture_method', ['automatic', 'automatic_async', 'manual'] as const) ?? 'automatic_async';
  if (captureMethod === 'manual') {
    throw parameterInvalid(
      'capture_method',
      'The Stripe emulator supports automatic capture only (capture_method automatic or automatic_async).',
    );
  }
  const methodTypes = methodTypeSettings(params, currency);
  const confirm = optionalBoolean(params, 'confirm') ?? false;
  const returnUrl = validateReturnUrl(optionalString(params, 'return_url'));
  if (returnUrl && !confirm) {
    throw invalidRequest('The parameter return_url cannot be passed when creating a PaymentIntent unless confirm is set to true.', {
      param: 'return_url',
    });
  }
  const intentId = newId('pi');
  const intent: PaymentIntent = {
    id: intentId,
    object: 'payment_intent',
    amount,
    ...methodTypes,
    amount_capturable: 0,
    amount_received: 0,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: captureMethod,
    client_secret: newClientSecret(intentId),
    confirmation_method: 'automatic',
    created: nowSeconds(),
    currency,
    customer: null,
    description: nullableString(params, 'description') ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: metadataParam(params),
    next_action: null,
    payment_method: null,
    payment_method_options: {},
    processing: null,
    receipt_email: nullableString(params, 'receipt_email') ?? null,
    setup_future_usage: optionalEnum(params, 'setup_future_usage', ['on_session', 'off_session'] as const) ?? null,
    shipping: optionalObject(params, 'shipping') ?? null,
    statement_descriptor: nullableString(params, 'statement_descriptor') ?? null,
    statement_descriptor_suffix: nullableString(params, 'statement_descriptor_suffix') ?? null,
    status: 'requires_payment_method',
  };
  const record: PaymentIntentRecord = { intent, returnUrl: null };
  // A payment method given without confirm waits attached, as on Stripe.
  const attached = confirm ? undefined : resolvePaymentMethod(ctx.store, params);
  if (attached) {
    checkTypeAllowed(intent, attached.method.type);
    intent.payment_method = attached.method.id;
    intent.status = 'requires_confirmation';
  }
  ctx.store.intents.set(intent.id, record);
  ctx.store.emit('payment_intent.created', intent, ctx.request);
  if (confirm) {
    const confirmOnly = Object.fromEntries(Object.entries(params).filter(([key]) => confirmParams.includes(key)));
    confirmPaymentIntent(ctx, record, confirmOnly, 'secret');
  }
  return record;
}

export function updatePaymentIntent(ctx: IntentContext, record: PaymentIntentRecord, params: FormObject): PaymentIntentRecord {
  assertKnownParams(params, updateParams);
  const { intent } = record;
  const gated = gatedUpdateFields.filter((field) => params[field] !== undefined);
  if (gated.length > 0 && !actionableStatuses.includes(intent.status)) {
    const field = gated[0]!;
    throw unexpectedState(
      `This PaymentIntent's ${field} could not be updated because it has a status of ${intent.status}. You may only update the ${field} of a PaymentIntent with one of the following statuses: ${actionableStatuses.join(', ')}.`,
      { param: field },
    );
  }
  // Validate everything before changing anything: a refused update changes nothing.
  const currency = validateCurrency(params, false) ?? intent.currency;
  const amount = optionalInteger(params, 'amount') ?? intent.amount;
  validateAmount(amount, currency);
  const methodTypes = methodTypeSettings(params, currency, intent);
  const metadata = mergeMetadata(intent.metadata, params);
  const attached = resolvePaymentMethod(ctx.store, params);
  const setupFutureUsage = optionalEnum(params, 'setup_future_usage', ['on_session', 'off_session'] as const);

  const paymentChanged =
    amount !== intent.amount || currency !== intent.currency || methodTypeParams.some((name) => params[name] !== undefined);
  Object.assign(intent, { amount, currency, metadata, ...methodTypes });
  if (setupFutureUsage) intent.setup_future_usage = setupFutureUsage;
  for (const field of ['description', 'receipt_email', 'statement_descriptor', 'statement_descriptor_suffix'] as const) {
    const value = nullableString(params, field);
    if (value !== undefined) intent[field] = value;
  }
  if (params.shipping !== undefined) intent.shipping = optionalObject(params, 'shipping') ?? null;
  if (attached) {
    checkTypeAllowed(intent, attached.method.type);
    intent.payment_method = attached.method.id;
    intent.status = 'requires_confirmation';
    intent.next_action = null;
  } else if (paymentChanged && intent.status === 'requires_action') {
    // The shopper authorised another amount: the pending authentication no longer applies.
    intent.status = 'requires_payment_method';
    intent.payment_method = null;
    intent.next_action = null;
  }
  return record;
}

function resolvePaymentMethod(store: Store, params: FormObject): ResolvedPaymentMethod | undefined {
  const id = optionalString(params, 'payment_method');
  const data = optionalObject(params, 'payment_method_data');
  if (id && data) {
    throw invalidRequest('You may only specify one of these parameters: payment_method, payment_method_data.', { param: 'payment_method' });
  }
  let resolved: ResolvedPaymentMethod | undefined;
  if (id) {
    resolved = fromTestPaymentMethod(id) ?? store.paymentMethods.get(id);
    if (!resolved) throw resourceMissing('payment_method', id, 'payment_method');
  } else if (data) {
    resolved = fromPaymentMethodData(data);
  }
  if (resolved) store.paymentMethods.set(resolved.method.id, resolved);
  return resolved;
}

function checkTypeAllowed(intent: PaymentIntent, type: PaymentMethodType): void {
  if (!intent.payment_method_types.includes(type)) {
    throw invalidRequest(
      `The PaymentMethod provided (${type}) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: ${intent.payment_method_types.join(', ')}. Alternatively, update the allowed_payment_method_types for this PaymentIntent to include "${type}".`,
      { code: 'payment_intent_invalid_parameter', param: 'payment_method' },
    );
  }
}

function cannotConfirm(intent: PaymentIntent): never {
  if (intent.status === 'succeeded') {
    throw unexpectedState('You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.');
  }
  throw unexpectedState(
    `You cannot confirm this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_payment_method, requires_action.`,
  );
}

export function confirmPaymentIntent(
  ctx: IntentContext,
  record: PaymentIntentRecord,
  params: FormObject,
  access: Access,
): PaymentIntentRecord {
  assertKnownParams(params, confirmParams);
  const { intent } = record;
  if (!actionableStatuses.includes(intent.status)) cannotConfirm(intent);
  const resolved =
    resolvePaymentMethod(ctx.store, params) ?? (intent.payment_method ? ctx.store.paymentMethods.get(intent.payment_method) : undefined);
  if (!resolved) {
    throw unexpectedState(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method or ConfirmationToken.",
    );
  }
  const { method } = resolved;
  checkTypeAllowed(intent, method.type);
  const returnUrl = validateReturnUrl(optionalString(params, 'return_url')) ?? record.returnUrl ?? undefined;
  const mayRedirect = redirectMethodTypes.includes(method.type) || intent.automatic_payment_methods?.allow_redirects === 'always';
  if (!returnUrl && mayRedirect) {
    // Stripe's rule: a payment that could leave the page must say where to come back to.
    throw invalidRequest(
      redirectMethodTypes.includes(method.type)
        ? `A return_url must be specified because this PaymentIntent uses a ${method.type} PaymentMethod, which requires a redirect.`
        : "This PaymentIntent is configured to accept payment methods enabled in your Dashboard. Because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`. If you don't want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.",
      { param: 'return_url' },
    );
  }
  record.returnUrl = returnUrl ?? null;
  const receiptEmail = nullableString(params, 'receipt_email');
  if (receiptEmail !== undefined) intent.receipt_email = receiptEmail;
  if (params.shipping !== undefined) intent.shipping = optionalObject(params, 'shipping') ?? null;
  const setupFutureUsage = optionalEnum(params, 'setup_future_usage', ['on_session', 'off_session'] as const);
  if (setupFutureUsage) intent.setup_future_usage = setupFutureUsage;

  intent.last_payment_error = null;
  intent.next_action = null;
  intent.payment_method = method.id;
  const offSession = optionalBoolean(params, 'off_session') ?? false;
  const outcome = offSession && resolved.outcome.kind === 'authenticate' ? authenticationRequiredOffSession : resolved.outcome;
  switch (outcome.kind) {
    case 'succeed':
      succeed(ctx, record, method, false);
      break;
    case 'decline': {
      const charge = createCharge(ctx.store, ctx.request, intent, method, 'failed', { failure: outcome });
      const error: StripeErrorBody = {
        type: 'card_error',
        code: outcome.code,
        decline_code: outcome.decline_code,
        message: outcome.message,
        ...(outcome.param ? { param: outcome.param } : {}),
        charge: charge.id,
      };
      fail(ctx, record, charge.id, {
        ...error,
        doc_url: `https://stripe.com/docs/error-codes/${outcome.code.replaceAll('_', '-')}`,
        payment_method: method,
      });
      const { type: _type, doc_url: _docUrl, ...body } = error;
      throw cardError({ ...body, payment_intent: intentView(intent, access), payment_method: method });
    }
    case 'authenticate':
    case 'redirect': {
      const url = `${ctx.baseUrl}/_emulator/redirect/${intent.id}?client_secret=${encodeURIComponent(intent.client_secret)}`;
      intent.status = 'requires_action';
      // Stripe.js asks (use_stripe_sdk) to run card authentication itself, in a modal; servers get a redirect.
      const inPage = method.type === 'card' && (!returnUrl || optionalBoolean(params, 'use_stripe_sdk') === true);
      intent.next_action =
        !inPage && returnUrl
          ? { type: 'redirect_to_url', redirect_to_url: { return_url: returnUrl, url } }
          : { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url } };
      ctx.store.emit('payment_intent.requires_action', intent, ctx.request);
      break;
    }
  }
  return record;
}

const authenticationRequiredOffSession: Outcome = {
  kind: 'decline',
  code: 'authentication_required',
  decline_code: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
};

function methodOf(ctx: IntentContext, intent: PaymentIntent): PaymentMethod {
  const resolved = intent.payment_method ? ctx.store.paymentMethods.get(intent.payment_method) : undefined;
  if (!resolved) throw unexpectedState('This PaymentIntent has no payment method to complete.');
  return resolved.method;
}

function succeed(ctx: IntentContext, record: PaymentIntentRecord, method: PaymentMethod, authenticated: boolean): void {
  const { intent } = record;
  const charge = createCharge(ctx.store, ctx.request, intent, method, 'succeeded', { authenticated });
  Object.assign(intent, {
    status: 'succeeded',
    amount_received: intent.amount,
    latest_charge: charge.id,
    next_action: null,
    last_payment_error: null,
  });
  ctx.store.emit('payment_intent.succeeded', intent, ctx.request);
}

/** Back to requires_payment_method, the payment method detached, the reason kept. */
function fail(
  ctx: IntentContext,
  record: PaymentIntentRecord,
  chargeId: string | null,
  error: NonNullable<PaymentIntent['last_payment_error']>,
): void {
  const { intent } = record;
  Object.assign(intent, { status: 'requires_payment_method', payment_method: null, next_action: null, last_payment_error: error });
  if (chargeId) intent.latest_charge = chargeId;
  ctx.store.emit('payment_intent.payment_failed', intent, ctx.request);
}

export type ActionResult = 'authorize' | 'fail' | 'processing';

/** The shopper's answer on the 3D Secure challenge or the bank page. */
export function resolveAction(ctx: IntentContext, record: PaymentIntentRecord, result: ActionResult): PaymentIntentRecord {
  const { intent } = record;
  if (intent.status !== 'requires_action') {
    throw unexpectedState(`This PaymentIntent has a status of ${intent.status}; only one that requires_action can be authenticated.`);
  }
  const method = methodOf(ctx, intent);
  if (result === 'authorize') {
    succeed(ctx, record, method, method.type === 'card');
  } else if (result === 'processing') {
    if (!redirectMethodTypes.includes(method.type))
      throw invalidRequest('Only bank redirect payments can be left processing.', { param: 'result' });
    const charge = createCharge(ctx.store, ctx.request, intent, method, 'pending');
    Object.assign(intent, { status: 'processing', latest_charge: charge.id, next_action: null });
    ctx.store.emit('payment_intent.processing', intent, ctx.request);
  } else {
    fail(ctx, record, null, {
      type: 'invalid_request_error',
      code: 'payment_intent_authentication_failure',
      doc_url: 'https://stripe.com/docs/error-codes/payment-intent-authentication-failure',
      message:
        'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
      payment_method: method,
    });
  }
  return record;
}

/** Test control: settle a processing payment (or answer a pending authentication). */
export function completePaymentIntent(ctx: IntentContext, record: PaymentIntentRecord, outcome: 'succeed' | 'fail'): PaymentIntentRecord {
  const { intent } = record;
  if (intent.status === 'requires_action') return resolveAction(ctx, record, outcome === 'succeed' ? 'authorize' : 'fail');
  if (intent.status !== 'processing') {
    throw unexpectedState(`Only a processing or requires_action PaymentIntent can be completed; this one is ${intent.status}.`);
  }
  const method = methodOf(ctx, intent);
  const charge = intent.latest_charge ? ctx.store.charges.get(intent.latest_charge) : undefined;
  if (!charge) throw unexpectedState('This PaymentIntent has no pending charge.');
  if (outcome === 'succeed') {
    settleCharge(ctx.store, ctx.request, charge, 'succeeded');
    Object.assign(intent, { status: 'succeeded', amount_received: intent.amount });
    ctx.store.emit('payment_intent.succeeded', intent, ctx.request);
  } else {
    const failure = { code: 'payment_intent_payment_attempt_failed', message: 'The payment failed.' };
    settleCharge(ctx.store, ctx.request, charge, 'failed', failure);
    fail(ctx, record, charge.id, { type: 'invalid_request_error', ...failure, payment_method: method });
  }
  return record;
}

const cancellationReasons = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;

export function cancelPaymentIntent(ctx: IntentContext, record: PaymentIntentRecord, params: FormObject): PaymentIntentRecord {
  assertKnownParams(params, ['cancellation_reason']);
  const { intent } = record;
  const reason = optionalEnum(params, 'cancellation_reason', cancellationReasons) ?? null;
  if (!actionableStatuses.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${actionableStatuses.join(', ')}.`,
    );
  }
  Object.assign(intent, { status: 'canceled', canceled_at: nowSeconds(), cancellation_reason: reason, next_action: null });
  ctx.store.emit('payment_intent.canceled', intent, ctx.request);
  return record;
}

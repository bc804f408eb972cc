/**
 * Stripe's webhook endpoint: POST /api/stripe/webhook, signature-verified over the raw body.
 * No origin check (Stripe is another server). See src/features/payments/stripe-webhook.server.ts.
 */
import type { APIRoute } from 'astro';
import { handleStripeWebhook } from '../../../features/payments/stripe-webhook.server.ts';
import { getStripe, webhookSecret } from '../../../features/payments/stripe.server.ts';
import { getDb } from '../../../lib/db/database.server.ts';
import { withApiErrors } from '../../../lib/http/api-error.ts';

export const prerender = false;

export const POST: APIRoute = withApiErrors(async ({ request }) =>
  handleStripeWebhook(request, { db: await getDb(), stripe: getStripe(), webhookSecret: webhookSecret() }),
);

/**
 * The status page's data for a request, wired to this process's database, token secret and
 * Stripe: what src/pages/bestelling/[number].astro and src/pages/en/order/[number].astro call.
 */
import { getDb } from '../../lib/db/database.server.ts';
import { getEnv, tokenSecret } from '../../lib/env.server.ts';
import { getStripe, paymentsConfig } from '../payments/stripe.server.ts';
import { loadOrderStatusPage, type OrderStatusPageData } from './order-status-page.server.ts';

export async function readOrderStatusPage(number: string | undefined, search: URLSearchParams): Promise<OrderStatusPageData | undefined> {
  if (!number) return undefined;
  const env = getEnv();
  return loadOrderStatusPage(number, search, {
    db: await getDb(),
    secret: tokenSecret(env),
    stripe: getStripe,
    publishableKey: () => paymentsConfig(env).publishableKey,
  });
}

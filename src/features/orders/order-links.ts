/**
 * Links a customer follows to their order ("where is my order?"): the order number in the
 * path for people, a signed token in the query for the server. The number alone opens
 * nothing; the token says which order it opens, for how long, and only for this purpose.
 *
 *   /bestelling/PB-7K3M9Q?t=<token>      /en/order/PB-7K3M9Q?t=<token>
 *
 * Valid for half a year: long enough for the confirmation e-mail's link to work through
 * delivery, the return window and a late question, short enough that an old forwarded mail
 * stops opening the address details.
 */
import { localePath, type Locale } from '../../lib/i18n/locales.ts';
import { signToken, verifyToken } from '../../lib/http/signed-token.ts';

export const orderStatusLinkTtlMs = 183 * 24 * 60 * 60 * 1000;

const statusSlug: Record<Locale, string> = { nl: '/bestelling', en: '/order' };

export type LinkableOrder = Readonly<{ id: string; number: string; locale: Locale }>;

export interface OrderLinkOptions {
  secret: string;
  now?: Date;
  /** Default orderStatusLinkTtlMs. */
  ttlMs?: number;
  /** The page's language; defaults to the order's. */
  locale?: Locale;
}

/** The order status page's path without a token, for route matching and canonical links. */
export function orderStatusBasePath(locale: Locale, orderNumber: string): string {
  return localePath(locale, `${statusSlug[locale]}/${encodeURIComponent(orderNumber)}`);
}

export function orderStatusToken(order: Pick<LinkableOrder, 'id'>, options: OrderLinkOptions): string {
  const now = options.now ?? new Date();
  return signToken(
    { purpose: 'order-status', subject: order.id, expiresAt: new Date(now.getTime() + (options.ttlMs ?? orderStatusLinkTtlMs)) },
    options.secret,
  );
}

/** `/bestelling/PB-7K3M9Q?t=...` (or the English path): relative, for pages and redirects. */
export function orderStatusPath(order: LinkableOrder, options: OrderLinkOptions): string {
  const locale = options.locale ?? order.locale;
  return `${orderStatusBasePath(locale, order.number)}?t=${orderStatusToken(order, options)}`;
}

/** The absolute link, for e-mails: SITE_URL plus orderStatusPath. */
export function orderStatusUrl(order: LinkableOrder, options: OrderLinkOptions & { siteUrl: string }): string {
  return new URL(orderStatusPath(order, options), options.siteUrl).href;
}

/** The order id a status token opens, or undefined when it is forged, expired or for another purpose. */
export function orderIdFromStatusToken(token: string | null | undefined, options: { secret: string; now?: Date }): string | undefined {
  return verifyToken(token, { purpose: 'order-status', secret: options.secret, ...(options.now ? { now: options.now } : {}) })?.subject;
}

/**
 * Cross-site request forgery guard for state-changing API routes. Astro's own checkOrigin
 * only covers form-encoded bodies; this one covers JSON too. A request that changes state
 * must say where it came from (Origin, or failing that Referer) and that must be the shop:
 * the public SITE_URL (behind a proxy the request URL may be an internal address) or the
 * request URL's own origin. Routes called by other servers (Stripe webhooks) do not use it:
 * they authenticate with a signature instead.
 */
import { apiError } from './api-error.ts';
import type { Locale } from '../i18n/locales.ts';
import { httpMessages } from './messages.ts';
import { requestLocale } from './request-locale.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | null): string | undefined {
  if (!value || value === 'null') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the request may proceed: a safe method, or an Origin (else Referer) header whose
 * origin is the request's own or one of `trustedOrigins` (e.g. SITE_URL).
 */
export function isSameOrigin(request: Request, trustedOrigins: readonly string[] = []): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return true;
  const allowed = new Set([new URL(request.url).origin, ...trustedOrigins.map(originOf).filter((o) => o !== undefined)]);
  const origin = request.headers.get('origin');
  // A present Origin decides on its own, also when it is "null" (sandboxed frames, privacy redirects).
  if (origin !== null) return allowed.has(originOf(origin) ?? '');
  const referer = originOf(request.headers.get('referer'));
  return referer !== undefined && allowed.has(referer);
}

/** undefined when the request may proceed, otherwise the 403 response to return. */
export function requireSameOrigin(
  request: Request,
  options: { trustedOrigins?: readonly string[]; locale?: Locale } = {},
): Response | undefined {
  if (isSameOrigin(request, options.trustedOrigins)) return undefined;
  const locale = options.locale ?? requestLocale(request);
  return apiError(403, 'forbidden_origin', httpMessages[locale].forbiddenOrigin);
}

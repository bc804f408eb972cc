/**
 * robots.txt: everything is open to crawlers except what only makes sense inside a purchase
 * (JSON API, checkout, order pages, which also carry noindex) and the sitemap is announced.
 * Share images under /og/ stay allowed: some link-preview bots honour robots.txt.
 */

/** Path prefixes crawlers should skip, per locale's own slug. */
export const disallowedPaths = ['/api/', '/afrekenen', '/bestelling', '/en/checkout', '/en/order'] as const;

export function robotsTxt(site: URL | string, disallow: readonly string[] = disallowedPaths): string {
  const lines = [
    'User-agent: *',
    'Allow: /',
    ...disallow.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', site).href}`,
    '',
  ];
  return lines.join('\n');
}

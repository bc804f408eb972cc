/** /robots.txt, prerendered with the sitemap's absolute URL from the configured site. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../features/seo/robots.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(site ?? url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

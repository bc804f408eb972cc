/**
 * The browser's search index, one file per locale: /search-index/<locale>.<hash>.json, written
 * at build time when search runs in the browser (src/features/search/search-catalog.server.ts).
 * The hash changes with the content, so a CDN may cache it forever. Above the size budget no
 * file is written and the search field asks /api/search instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeSearch } from '../../features/search/search-catalog.server.ts';
import { locales } from '../../lib/i18n/locales.ts';

export const getStaticPaths = (async () => {
  const searches = await Promise.all(locales.map((locale) => localeSearch(locale)));
  return searches.flatMap(({ indexFile }) => (indexFile ? [{ params: { file: indexFile.name }, props: { body: indexFile.body } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * The language to answer an API request in. The page that calls knows its locale best, so an
 * explicit `?locale=` (or a `lang` field in the body) wins over the browser's Accept-Language;
 * Dutch when nothing says otherwise.
 */
import { defaultLocale, isLocale, type Locale } from '../i18n/locales.ts';

/** Locales in an Accept-Language header, most preferred first; unknown languages dropped. */
export function localesFromAcceptLanguage(header: string | null | undefined): Locale[] {
  if (!header) return [];
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { language: tag.trim().split('-')[0]!.toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const result: Locale[] = [];
  for (const { language } of ranked) if (isLocale(language) && !result.includes(language)) result.push(language);
  return result;
}

/**
 * `?locale=` or `?lang=` on the URL, then a `lang` field of an already parsed body, then
 * Accept-Language, then Dutch.
 */
export function requestLocale(request: Request, body?: unknown): Locale {
  const params = new URL(request.url).searchParams;
  for (const candidate of [params.get('locale'), params.get('lang')]) if (isLocale(candidate)) return candidate;
  if (typeof body === 'object' && body !== null && 'lang' in body && isLocale(body.lang)) return body.lang;
  return localesFromAcceptLanguage(request.headers.get('accept-language'))[0] ?? defaultLocale;
}

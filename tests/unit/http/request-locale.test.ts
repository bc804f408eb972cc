import { describe, expect, it } from 'vitest';
import { localesFromAcceptLanguage, requestLocale } from '../../../src/lib/http/request-locale.ts';

describe('requestLocale', () => {
  const req = (url: string, acceptLanguage?: string) =>
    new Request(`https://shop.test${url}`, acceptLanguage ? { headers: { 'accept-language': acceptLanguage } } : {});

  it('defaults to Dutch', () => {
    expect(requestLocale(req('/api/x'))).toBe('nl');
    expect(requestLocale(req('/api/x', 'fr-FR,fr;q=0.9'))).toBe('nl');
  });

  it('takes ?locale= (or ?lang=) over everything else', () => {
    expect(requestLocale(req('/api/x?locale=en', 'nl-NL'))).toBe('en');
    expect(requestLocale(req('/api/x?lang=en'))).toBe('en');
    expect(requestLocale(req('/api/x?locale=xx', 'en'))).toBe('en');
  });

  it('takes a lang field of the body over Accept-Language', () => {
    expect(requestLocale(req('/api/x', 'en'), { lang: 'nl' })).toBe('nl');
    expect(requestLocale(req('/api/x', 'nl'), { lang: 'en' })).toBe('en');
    expect(requestLocale(req('/api/x', 'en'), { lang: 'de' })).toBe('en');
  });

  it('ranks Accept-Language by quality and skips unknown languages', () => {
    expect(localesFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.8,nl;q=0.7')).toEqual(['en', 'nl']);
    expect(localesFromAcceptLanguage('nl;q=0.2, en-US;q=0.5')).toEqual(['en', 'nl']);
    expect(localesFromAcceptLanguage('en;q=0, nl-BE')).toEqual(['nl']);
    expect(localesFromAcceptLanguage('*')).toEqual([]);
    expect(localesFromAcceptLanguage(null)).toEqual([]);
  });
});

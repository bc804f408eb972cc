import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, localeFromPath, localePath, localeTags, locales, switchLocalePath } from '../../src/lib/i18n/locales.ts';
import { defineMessages, fill } from '../../src/lib/i18n/messages.ts';

describe('locales', () => {
  it('has Dutch as the default and BCP 47 tags for both', () => {
    expect(locales).toEqual(['nl', 'en']);
    expect(defaultLocale).toBe('nl');
    expect(localeTags).toEqual({ nl: 'nl-NL', en: 'en-GB' });
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('localeFromPath', () => {
  it('reads the prefix, defaulting to Dutch', () => {
    expect(localeFromPath('/')).toBe('nl');
    expect(localeFromPath('/product/x')).toBe('nl');
    expect(localeFromPath('/en')).toBe('en');
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/en/product/x')).toBe('en');
    // A prefix is a whole segment: /english is a Dutch page, /nl/ is not a prefix at all.
    expect(localeFromPath('/english')).toBe('nl');
    expect(localeFromPath('/nl/product/x')).toBe('nl');
  });
});

describe('localePath', () => {
  it('leaves Dutch paths bare and prefixes English ones', () => {
    expect(localePath('nl', '/')).toBe('/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(localePath('nl', '/product/x')).toBe('/product/x');
    expect(localePath('en', '/product/x')).toBe('/en/product/x');
    expect(localePath('en', 'cart')).toBe('/en/cart');
  });
});

describe('switchLocalePath', () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    // [path, the same page in Dutch, in English]
    ['/', '/', '/en/'],
    ['/en/', '/', '/en/'],
    ['/en', '/', '/en/'],
    ['/product/x', '/product/x', '/en/product/x'],
    ['/en/product/x', '/product/x', '/en/product/x'],
  ];

  it.each(cases)('switches %s', (path, dutch, english) => {
    expect(switchLocalePath(path, 'nl')).toBe(dutch);
    expect(switchLocalePath(path, 'en')).toBe(english);
  });

  it.each(['/', '/en/', '/product/x', '/en/product/x'])('round-trips %s', (path) => {
    const other = localeFromPath(path) === 'nl' ? 'en' : 'nl';
    expect(switchLocalePath(switchLocalePath(path, other), localeFromPath(path))).toBe(path);
    expect(localeFromPath(switchLocalePath(path, other))).toBe(other);
  });
});

describe('messages', () => {
  it('keeps a catalog as written', () => {
    const catalog = defineMessages({
      nl: { hello: 'Hallo {name}', nested: { bye: 'Doei' } },
      en: { hello: 'Hello {name}', nested: { bye: 'Bye' } },
    });
    expect(catalog.nl.nested.bye).toBe('Doei');
    expect(catalog.en.hello).toBe('Hello {name}');
  });

  it('fills placeholders, repeated ones included, with strings and numbers', () => {
    expect(fill('Nog {amount} tot gratis verzending', { amount: '€ 5,00' })).toBe('Nog € 5,00 tot gratis verzending');
    expect(fill('{n} x {n} = {square}', { n: 3, square: 9 })).toBe('3 x 3 = 9');
    expect(fill('Geen plaatshouders', { x: 1 })).toBe('Geen plaatshouders');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(fill('Hallo {name}, je bestelling {order}', { name: 'Sanne' })).toBe('Hallo Sanne, je bestelling {order}');
  });

  it('does not treat inherited object keys such as {toString} as values', () => {
    expect(fill('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });
});

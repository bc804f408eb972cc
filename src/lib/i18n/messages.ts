/**
 * Typed message catalogs. Each feature keeps its own catalog next to its code
 * (src/features/<name>/messages.ts) made with defineMessages: Dutch is written first and
 * the English catalog must have exactly the same keys, or the type check fails.
 */
import type { Locale } from './locales.ts';

/** The same nested keys as T, every leaf a string. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type Catalog<T> = Readonly<Record<Locale, SameKeys<T>>>;

export function defineMessages<const T>(catalog: { nl: T; en: SameKeys<NoInfer<T>> }): Catalog<T> {
  return catalog as unknown as Catalog<T>;
}

/**
 * Fills {name} placeholders: fill('Nog {amount} tot gratis verzending', { amount: '€ 5,00' }).
 * A placeholder without a value is left visible, so a missing value shows up in review.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

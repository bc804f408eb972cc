/**
 * "Maak je set compleet": products that complete what is in the cart, from the catalog's own
 * `complementary` links. Earned personalisation only: it follows what this shopper put in the
 * cart, nothing guessed.
 */

export const maxSetSuggestions = 4;

/** The catalog as this needs it; undefined for a slug that is not (or no longer) a product. */
export type ComplementaryLookup = (slug: string) => Readonly<{ complementary: readonly string[] }> | undefined;

/**
 * Slugs to suggest for the products in the cart (pass them most recently added first: the
 * freshest intent leads). Products take turns, first link of each, then the second of each,
 * so one product with many links cannot fill every slot. Leaves out products already in the
 * cart, repeats and slugs the lookup does not know.
 */
export function completeYourSet(
  cartProductSlugs: readonly string[],
  lookup: ComplementaryLookup,
  limit: number = maxSetSuggestions,
): string[] {
  const inCart = new Set(cartProductSlugs);
  const lists = [...inCart].map((slug) => lookup(slug)?.complementary ?? []);
  const suggestions: string[] = [];
  const chosen = new Set<string>();
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let round = 0; round < longest; round += 1) {
    for (const list of lists) {
      if (suggestions.length >= limit) return suggestions;
      const slug = list[round];
      if (slug === undefined || inCart.has(slug) || chosen.has(slug) || !lookup(slug)) continue;
      chosen.add(slug);
      suggestions.push(slug);
    }
  }
  return suggestions;
}

/** The cart's product slugs, most recently added first, each once; SKUs the lookup does not know are skipped. */
export function cartProductSlugs(
  lines: readonly Readonly<{ sku: string; addedAt: number }>[],
  productSlugOf: (sku: string) => string | undefined,
): string[] {
  const newestFirst = lines.map((line, index) => ({ line, index })).sort((a, b) => b.line.addedAt - a.line.addedAt || b.index - a.index);
  const slugs = new Set<string>();
  for (const { line } of newestFirst) {
    const slug = productSlugOf(line.sku);
    if (slug !== undefined) slugs.add(slug);
  }
  return [...slugs];
}

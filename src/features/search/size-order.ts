/**
 * The order sizes are listed in a filter: a shopper scans for their size, so letter sizes run
 * small to large (XS, S, S/M, M, ...), number sizes and ranges by their first number (98/104,
 * 104-116, 37-39), and anything else (volumes, "One size") after those, alphabetically.
 * Sizes come from the catalog as printed; nothing here needs to know the shop's size system.
 */

const letterSizes = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'];

/** [group, first, second, text]: group 0 letters, 1 numbers, 2 the rest. */
function rankOf(size: string): [number, number, number, string] {
  const parts = size.toUpperCase().split('/');
  const letters = parts.map((part) => letterSizes.indexOf(part.trim()));
  if (letters.every((rank) => rank >= 0)) return [0, letters[0]!, letters[1] ?? letters[0]!, size];
  const number = /^(\d+(?:[.,]\d+)?)(?:\s*[-/]\s*(\d+(?:[.,]\d+)?))?$/.exec(size.trim());
  if (number) {
    const first = Number(number[1]!.replace(',', '.'));
    return [1, first, number[2] ? Number(number[2].replace(',', '.')) : first, size];
  }
  return [2, 0, 0, size];
}

export function compareSizes(a: string, b: string): number {
  const x = rankOf(a);
  const y = rankOf(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0);
}

export function sortSizes(sizes: Iterable<string>): string[] {
  return [...new Set(sizes)].sort(compareSizes);
}

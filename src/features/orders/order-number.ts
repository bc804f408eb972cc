/**
 * Order numbers people can read aloud and type: a prefix and six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V), e.g. PB-7K3M9Q. Random, not
 * sequential, so a number tells nobody how many orders the shop takes, and it is never enough
 * on its own to open an order (that needs a signed token, see order-links.ts).
 *
 * 23 characters ^ 6 is about 148 million numbers; the database's unique constraint catches the
 * rare collision and the order is retried with a fresh number.
 */
import { randomInt } from 'node:crypto';

export const orderNumberAlphabet = '34679ACDEFGHJKMNPQRTWXY';
const alphabet = orderNumberAlphabet;
export const orderNumberLength = 6;

/** Prefix of the demo shop (Plensbui). */
export const defaultOrderNumberPrefix = 'PB';

export function generateOrderNumber(prefix: string = defaultOrderNumberPrefix, random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < orderNumberLength; i++) code += alphabet[random(alphabet.length)];
  return `${prefix}-${code}`;
}

const numberPattern = new RegExp(`^[A-Z]{1,6}-[${alphabet}]{${orderNumberLength}}$`);

/**
 * The canonical form of what a shopper typed or a URL carried ("pb-7k3m9q " -> "PB-7K3M9Q"),
 * or undefined when it cannot be an order number: a cheap refusal before any database query.
 */
export function normalizeOrderNumber(input: string): string | undefined {
  const candidate = input.trim().toUpperCase();
  return numberPattern.test(candidate) ? candidate : undefined;
}

/**
 * The shop's standing discount codes: campaign and welcome codes everyone may use. A fork
 * edits this list; the schema checks it at import, so a typo fails the build, not a checkout.
 *
 * Only server code imports this (discount.server.ts): bundled into an island, the list would
 * be readable by anyone, including codes of a campaign that has not started yet.
 * Single-use codes (the next-order discount e-mail) do not belong here: they come from a
 * database-backed DiscountSource.
 */
import { z } from 'zod';
import { normalizeDiscountCode, type DiscountBenefit, type DiscountDefinition } from './discount.ts';

export const discountBenefitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), percent: z.number().positive().max(100) }),
  z.object({ kind: z.literal('amount'), amountCents: z.number().int().positive() }),
  z.object({ kind: z.literal('freeShipping') }),
]) satisfies z.ZodType<DiscountBenefit>;

const configuredCodeSchema = z.object({
  /** Written as shoppers see it; compared case-insensitively. */
  code: z.string().refine((code) => normalizeDiscountCode(code) === code, 'write codes in capitals, digits and hyphens (2-40)'),
  benefit: discountBenefitSchema,
  minimumSubtotalCents: z.number().int().positive().optional(),
  /** ISO instants with an offset, e.g. 2026-01-01T00:00:00+01:00 (Amsterdam winter time). */
  validFrom: z.iso.datetime({ offset: true }).optional(),
  /** Exclusive: the first moment the code is no longer accepted. */
  validUntil: z.iso.datetime({ offset: true }).optional(),
});

export const configuredCodesSchema = z.array(configuredCodeSchema).superRefine((codes, ctx) => {
  const seen = new Set<string>();
  codes.forEach((entry, i) => {
    if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicate code ${entry.code}` });
    seen.add(entry.code);
    if (entry.validFrom && entry.validUntil && Date.parse(entry.validFrom) >= Date.parse(entry.validUntil)) {
      ctx.addIssue({ code: 'custom', path: [i, 'validUntil'], message: 'validUntil must be after validFrom' });
    }
  });
});

export type ConfiguredDiscountCode = z.input<typeof configuredCodeSchema>;

/** Turns configuration entries into definitions (dates parsed once). */
export function definitionsFromConfig(entries: readonly ConfiguredDiscountCode[]): DiscountDefinition[] {
  return configuredCodesSchema.parse(entries).map((entry) => ({
    code: entry.code,
    benefit: entry.benefit,
    minimumSubtotalCents: entry.minimumSubtotalCents,
    validFrom: entry.validFrom === undefined ? undefined : new Date(entry.validFrom),
    validUntil: entry.validUntil === undefined ? undefined : new Date(entry.validUntil),
  }));
}

export const discountCodes: readonly DiscountDefinition[] = definitionsFromConfig([
  // Welcome code on the newsletter sign-up: 10% off from € 25 of goods.
  { code: 'WELKOM10', benefit: { kind: 'percent', percent: 10 }, minimumSubtotalCents: 2500 },
  // Free shipping below the threshold, for a campaign; ends with 2026.
  { code: 'GRATISVERZENDING', benefit: { kind: 'freeShipping' }, validUntil: '2027-01-01T00:00:00+01:00' },
]);

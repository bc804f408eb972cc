import { describe, expect, it } from 'vitest';
import { configuredCodesSchema, definitionsFromConfig, discountCodes } from '../../../src/features/cart/discount-codes.ts';
import {
  checkDiscountCode,
  configDiscountSource,
  discountApiError,
  type DiscountSource,
} from '../../../src/features/cart/discount.server.ts';
import { discountAmount, evaluateDiscount, normalizeDiscountCode, type DiscountDefinition } from '../../../src/features/cart/discount.ts';
import { money, zero } from '../../../src/lib/money.ts';

const now = new Date('2026-06-15T10:00:00Z');

describe('normalizeDiscountCode', () => {
  it('ignores case, surrounding and inner spaces and full-width forms', () => {
    expect(normalizeDiscountCode('welkom10')).toBe('WELKOM10');
    expect(normalizeDiscountCode('  Welkom 10\t')).toBe('WELKOM10');
    expect(normalizeDiscountCode('ｗｅｌｋｏｍ１０')).toBe('WELKOM10');
    expect(normalizeDiscountCode('zomer-2026')).toBe('ZOMER-2026');
  });

  it('gives undefined for what cannot be a code', () => {
    for (const input of ['', ' ', 'x', 'WELKOM10!', "'; drop table--", 'A'.repeat(41), 'ÉTÉ']) {
      expect(normalizeDiscountCode(input), input).toBeUndefined();
    }
  });
});

describe('evaluateDiscount', () => {
  const definition: DiscountDefinition = {
    code: 'ZOMER',
    benefit: { kind: 'percent', percent: 15 },
    minimumSubtotalCents: 5000,
    validFrom: new Date('2026-06-01T00:00:00+02:00'),
    validUntil: new Date('2026-07-01T00:00:00+02:00'),
  };

  it('accepts a code inside its window with the minimum reached, minimum included', () => {
    expect(evaluateDiscount(definition, money(5000), now)).toEqual({
      ok: true,
      discount: { code: 'ZOMER', benefit: definition.benefit, minimumSubtotalCents: 5000 },
    });
  });

  it('says how much is missing below the minimum', () => {
    expect(evaluateDiscount(definition, money(4999), now)).toEqual({
      ok: false,
      error: { code: 'minimumNotReached', minimum: money(5000), missing: money(1) },
    });
  });

  it('is expired from the first moment of validUntil, and unknown before validFrom', () => {
    expect(evaluateDiscount(definition, money(9000), new Date('2026-06-30T21:59:59.999Z')).ok).toBe(true);
    expect(evaluateDiscount(definition, money(9000), new Date('2026-06-30T22:00:00Z'))).toEqual({ ok: false, error: { code: 'expired' } });
    expect(evaluateDiscount(definition, money(9000), new Date('2026-05-31T21:59:59Z'))).toEqual({ ok: false, error: { code: 'unknown' } });
    expect(evaluateDiscount(definition, money(9000), new Date('2026-05-31T22:00:00Z')).ok).toBe(true);
  });

  it('refuses a redeemed single-use code, and an absent definition as unknown', () => {
    expect(evaluateDiscount({ ...definition, redeemed: true }, money(9000), now)).toEqual({ ok: false, error: { code: 'alreadyUsed' } });
    expect(evaluateDiscount(undefined, money(9000), now)).toEqual({ ok: false, error: { code: 'unknown' } });
  });

  it('checks expiry before the minimum: an expired code is expired whatever the cart', () => {
    expect(evaluateDiscount(definition, money(1), new Date('2026-08-01T00:00:00Z'))).toEqual({ ok: false, error: { code: 'expired' } });
  });
});

describe('discountAmount', () => {
  it('rounds percentages half-up and never exceeds the goods', () => {
    expect(discountAmount({ kind: 'percent', percent: 10 }, money(1995))).toEqual(money(200));
    expect(discountAmount({ kind: 'percent', percent: 12.5 }, money(1004))).toEqual(money(126));
    expect(discountAmount({ kind: 'percent', percent: 100 }, money(1995))).toEqual(money(1995));
    expect(discountAmount({ kind: 'amount', amountCents: 1000 }, money(2500))).toEqual(money(1000));
    expect(discountAmount({ kind: 'amount', amountCents: 1000 }, money(700))).toEqual(money(700));
    expect(discountAmount({ kind: 'freeShipping' }, money(700))).toEqual(zero());
    expect(discountAmount({ kind: 'percent', percent: 10 }, zero())).toEqual(zero());
  });
});

describe('configured codes', () => {
  it('holds the template codes, valid against their schema', () => {
    expect(discountCodes.map((code) => code.code)).toEqual(['WELKOM10', 'GRATISVERZENDING']);
    expect(discountCodes[0]).toMatchObject({ benefit: { kind: 'percent', percent: 10 }, minimumSubtotalCents: 2500 });
    expect(discountCodes[1]?.validUntil).toEqual(new Date('2026-12-31T23:00:00Z'));
  });

  it('refuses lower-case codes, duplicates, bad windows and nonsense benefits', () => {
    const percent = { kind: 'percent', percent: 10 } as const;
    expect(configuredCodesSchema.safeParse([{ code: 'welkom', benefit: percent }]).success).toBe(false);
    expect(
      configuredCodesSchema.safeParse([
        { code: 'A1', benefit: percent },
        { code: 'A1', benefit: percent },
      ]).success,
    ).toBe(false);
    expect(
      configuredCodesSchema.safeParse([
        { code: 'A1', benefit: percent, validFrom: '2026-02-01T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' },
      ]).success,
    ).toBe(false);
    expect(configuredCodesSchema.safeParse([{ code: 'A1', benefit: { kind: 'percent', percent: 120 } }]).success).toBe(false);
    expect(configuredCodesSchema.safeParse([{ code: 'A1', benefit: { kind: 'amount', amountCents: 9.5 } }]).success).toBe(false);
    expect(configuredCodesSchema.safeParse([{ code: 'A1', benefit: percent, validUntil: '2026-01-01' }]).success).toBe(false);
    expect(() => definitionsFromConfig([{ code: 'bad code', benefit: percent }])).toThrow();
  });
});

describe('checkDiscountCode (server)', () => {
  it('accepts WELKOM10 in any case from € 25 of goods', async () => {
    expect(await checkDiscountCode(' welkom10 ', money(2500), now)).toEqual({
      ok: true,
      discount: { code: 'WELKOM10', benefit: { kind: 'percent', percent: 10 }, minimumSubtotalCents: 2500 },
    });
    expect(await checkDiscountCode('WELKOM10', money(2499), now)).toEqual({
      ok: false,
      error: { code: 'minimumNotReached', minimum: money(2500), missing: money(1) },
    });
  });

  it('accepts GRATISVERZENDING until the end of 2026 (Amsterdam time), then calls it expired', async () => {
    expect((await checkDiscountCode('GratisVerzending', money(100), new Date('2026-12-31T22:59:59Z'))).ok).toBe(true);
    expect(await checkDiscountCode('gratisverzending', money(100), new Date('2026-12-31T23:00:00Z'))).toEqual({
      ok: false,
      error: { code: 'expired' },
    });
  });

  it('calls unknown what no source knows and what cannot be a code', async () => {
    expect(await checkDiscountCode('NIETBESTAAND', money(9000), now)).toEqual({ ok: false, error: { code: 'unknown' } });
    expect(await checkDiscountCode('!!', money(9000), now)).toEqual({ ok: false, error: { code: 'unknown' } });
  });

  it('asks the sources in order; the first that knows a code decides', async () => {
    const asked: string[] = [];
    const singleUse: DiscountSource = {
      find: async (code) => {
        asked.push(code);
        return code === 'VOLGENDE-AB12' ? { code, benefit: { kind: 'amount', amountCents: 500 }, redeemed: true } : undefined;
      },
    };
    const sources = [configDiscountSource(), singleUse];
    expect(await checkDiscountCode('volgende-ab12', money(9000), now, sources)).toEqual({ ok: false, error: { code: 'alreadyUsed' } });
    expect((await checkDiscountCode('welkom10', money(9000), now, sources)).ok).toBe(true);
    expect(asked).toEqual(['VOLGENDE-AB12']);
  });

  it('turns a refusal into a 422 API error with the message on the code field', async () => {
    const error = discountApiError({ code: 'expired' }, 'nl');
    expect(error.status).toBe(422);
    expect(error.code).toBe('discount_expired');
    expect(error.fields).toEqual({ discountCode: 'Deze kortingscode is verlopen.' });
    const body = (await error.toResponse().json()) as { error: { message: string } };
    expect(body.error.message).toBe('Deze kortingscode is verlopen.');
    expect(discountApiError({ code: 'unknown' }, 'en').message).toBe('We do not know this discount code. Check the spelling.');
  });
});

/**
 * The checkout's validation is the payment endpoint's own schemas: every field a shopper can
 * get wrong has a message in Dutch and English that says how to fix it, and a Dutch address
 * typed the way people type it passes and comes out as the post office writes it.
 */
import { describe, expect, it } from 'vitest';
import { emptyDraft, type CheckoutDraft } from '../../../src/features/checkout/checkout-draft.ts';
import { fieldOrder, type CheckoutField } from '../../../src/features/checkout/checkout-fields.ts';
import { validateDelivery, validateDetails, validateField } from '../../../src/features/checkout/checkout-schema.ts';
import { checkoutPaymentRequestSchema } from '../../../src/features/orders/checkout-request.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';

const dutch: CheckoutDraft = {
  ...emptyDraft('NL'),
  email: ' Sanne@Voorbeeld.NL ',
  name: 'Sanne de Vries',
  phone: '',
  postcode: '1017sg',
  houseNumber: '12',
  addition: '',
  street: 'Weteringschans',
  city: 'Amsterdam',
  lookupKey: 'NL|1017SG|12|',
};

/** A wrong value for every field, and a word of what the message must say (nl, en). */
const wrong: Record<CheckoutField, { value: string; nl: RegExp; en: RegExp }> = {
  email: { value: 'sanne@', nl: /naam@voorbeeld\.nl/, en: /name@example\.com/ },
  name: { value: '   ', nl: /naam/i, en: /name/i },
  phone: { value: 'bel me', nl: /cijfers/, en: /digits/ },
  country: { value: 'FR', nl: /Nederland, België of Duitsland/, en: /Netherlands, Belgium or Germany/ },
  postcode: { value: '12', nl: /1234 AB/, en: /1234 AB/ },
  houseNumber: { value: 'abc', nl: /12, 12a of 12-3/, en: /12, 12a or 12-3/ },
  addition: { value: 'veel te lange toevoeging', nl: /toevoeging/i, en: /addition/i },
  street: { value: '', nl: /straat/i, en: /street/i },
  city: { value: '', nl: /woonplaats/i, en: /town or city/i },
  shippingMethodId: { value: 'Snel & Goedkoop!', nl: /verzendmethode/i, en: /delivery method/i },
};

describe('checkout field validation (the server schemas)', () => {
  it('covers every field of the form', () => {
    expect(Object.keys(wrong).sort()).toEqual([...fieldOrder].sort());
  });

  it.each(fieldOrder)('%s: a wrong value has a message in Dutch and English that says how to fix it', (field) => {
    const { value, nl, en } = wrong[field];
    const dutchMessage = validateField(field, value, 'NL', 'nl');
    const englishMessage = validateField(field, value, 'NL', 'en');
    expect(dutchMessage).toMatch(nl);
    expect(englishMessage).toMatch(en);
    expect(dutchMessage).not.toBe(englishMessage);
  });

  it('asks for required fields rather than calling them wrong', () => {
    for (const locale of locales) {
      for (const field of ['email', 'name', 'postcode', 'houseNumber', 'street', 'city'] as const) {
        expect(validateField(field, '', 'NL', locale), `${locale}.${field}`).toBeTruthy();
      }
    }
    expect(validateField('phone', '', 'NL', 'nl')).toBeUndefined();
    expect(validateField('addition', '', 'NL', 'nl')).toBeUndefined();
  });

  it('judges a postcode by the country of the address', () => {
    expect(validateField('postcode', '1000', 'BE', 'nl')).toBeUndefined();
    expect(validateField('postcode', '1000', 'NL', 'nl')).toMatch(/1234 AB/);
    expect(validateField('postcode', '1017 SG', 'DE', 'en')).toMatch(/five digits/);
  });

  it('accepts a Dutch address as people type it, and normalises it like the server does', () => {
    const result = validateDetails(dutch, 'nl');
    expect(result).toEqual({
      ok: true,
      contact: { email: 'sanne@voorbeeld.nl', name: 'Sanne de Vries' },
      address: { country: 'NL', postcode: '1017 SG', houseNumber: 12, street: 'Weteringschans', city: 'Amsterdam' },
    });
  });

  it('takes the addition from the house number field or its own field', () => {
    const withLetter = validateDetails({ ...dutch, houseNumber: '12a' }, 'nl');
    const separate = validateDetails({ ...dutch, houseNumber: '12', addition: 'h' }, 'nl');
    expect(withLetter.ok && withLetter.address).toMatchObject({ houseNumber: 12, addition: 'A' });
    expect(separate.ok && separate.address).toMatchObject({ houseNumber: 12, addition: 'H' });
  });

  it('reports every wrong field of the details step at once', () => {
    const result = validateDetails({ ...dutch, email: 'x', name: '', postcode: '99', street: '' }, 'en');
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['email', 'name', 'postcode', 'street']);
  });

  it('agrees with the payment request schema on the same address', () => {
    const parsed = checkoutPaymentRequestSchema('nl').safeParse({
      checkoutId: '3b241101-e2bb-4255-8caf-4136c566a962',
      locale: 'nl',
      lines: [{ sku: 'PB-WOLKJ-NB-M', quantity: 1 }],
      contact: { email: dutch.email, name: dutch.name, phone: '' },
      shippingAddress: {
        country: 'NL',
        postcode: dutch.postcode,
        houseNumber: dutch.houseNumber,
        addition: '',
        street: dutch.street,
        city: dutch.city,
      },
      shippingMethodId: 'standard',
      consent: { marketing: false },
    });
    const details = validateDetails(dutch, 'nl');
    expect(parsed.success && details.ok).toBe(true);
    expect(parsed.data?.shippingAddress).toEqual(details.ok ? details.address : undefined);
  });

  it('needs a delivery method that ships to the country', () => {
    expect(validateDelivery({ ...dutch, shippingMethodId: 'standard' }, ['standard', 'pickup'], 'nl')).toEqual({});
    expect(validateDelivery({ ...dutch, shippingMethodId: 'standard-de' }, ['standard', 'pickup'], 'nl').shippingMethodId).toMatch(
      /verzendmethode/,
    );
    expect(validateDelivery({ ...dutch, shippingMethodId: '' }, ['standard'], 'en').shippingMethodId).toMatch(/delivery method/);
  });
});

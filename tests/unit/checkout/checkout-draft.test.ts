import { describe, expect, it } from 'vitest';
import { attemptFingerprint } from '../../../src/features/checkout/checkout-attempt.ts';
import {
  emptyDraft,
  hasStreetAndCity,
  lookupKeyOf,
  parseCheckoutDraft,
  visibleAddressFields,
} from '../../../src/features/checkout/checkout-draft.ts';

const countries = ['NL', 'BE', 'DE'] as const;

describe('the checkout draft', () => {
  it('starts empty, with a Dutch address completed by lookup and no consent', () => {
    const draft = emptyDraft('NL');
    expect(draft).toMatchObject({ email: '', country: 'NL', addressMode: 'lookup', marketing: false, shippingMethodId: '' });
    expect(emptyDraft('BE').addressMode).toBe('manual');
  });

  it('reads back what was stored', () => {
    const stored = { ...emptyDraft('NL'), email: 'a@b.nl', postcode: '1017 SG', marketing: true };
    expect(parseCheckoutDraft(JSON.stringify(stored), countries)).toEqual(stored);
  });

  it('keeps the checkout attempt across a refresh, however long the order', () => {
    const lines = Array.from({ length: 50 }, (_, i) => ({ sku: `PB-SKU-${i}`, quantity: 10, seenUnitPriceCents: 99_999 }));
    const stored = {
      ...emptyDraft('NL'),
      checkoutId: '3b241101-e2bb-4255-8caf-4136c566a962',
      checkoutFingerprint: attemptFingerprint({ lines, contact: { email: 'a@b.nl', name: 'x'.repeat(100) } }),
    };
    expect(parseCheckoutDraft(JSON.stringify(stored), countries)).toEqual(stored);
  });

  it('never throws on storage it did not write, and keeps what is usable', () => {
    for (const raw of [null, '', '{', '[]', '42', 'null']) expect(parseCheckoutDraft(raw, countries)).toEqual(emptyDraft('NL'));
    const odd = parseCheckoutDraft(
      JSON.stringify({ email: 7, name: 'Sanne', country: 'FR', marketing: 'yes', addressMode: 'x' }),
      countries,
    );
    expect(odd).toMatchObject({ email: '', name: 'Sanne', country: 'NL', marketing: false, addressMode: 'lookup' });
    expect(parseCheckoutDraft(JSON.stringify({ name: 'x'.repeat(5000) }), countries).name).toHaveLength(300);
  });

  it('enters street and city by hand outside the Netherlands', () => {
    expect(parseCheckoutDraft(JSON.stringify({ country: 'DE', addressMode: 'lookup' }), countries).addressMode).toBe('manual');
  });

  it('shows six inputs for a Dutch address: street and city come from the lookup', () => {
    const contactAndPhone = ['email', 'name', 'phone'];
    expect([...contactAndPhone, ...visibleAddressFields(emptyDraft('NL'))]).toHaveLength(6);
    expect(visibleAddressFields({ addressMode: 'manual' })).toEqual(['postcode', 'houseNumber', 'addition', 'street', 'city']);
  });

  it('keys a lookup by what identifies the address, whatever the spelling', () => {
    const key = lookupKeyOf({ country: 'NL', postcode: '1017 sg', houseNumber: '12', addition: 'h' });
    expect(lookupKeyOf({ country: 'NL', postcode: '1017SG', houseNumber: ' 12', addition: 'H' })).toBe(key);
    expect(lookupKeyOf({ country: 'NL', postcode: '1017SG', houseNumber: '14', addition: 'H' })).not.toBe(key);
  });

  it('knows street and city only for the postcode and number they were found for', () => {
    const found = { ...emptyDraft('NL'), postcode: '1017 SG', houseNumber: '12', street: 'Weteringschans', city: 'Amsterdam' };
    expect(hasStreetAndCity({ ...found, lookupKey: lookupKeyOf(found) })).toBe(true);
    expect(hasStreetAndCity({ ...found, lookupKey: lookupKeyOf(found), houseNumber: '14' })).toBe(false);
    expect(hasStreetAndCity({ ...found, addressMode: 'manual' })).toBe(true);
    expect(hasStreetAndCity({ ...found, addressMode: 'manual', city: ' ' })).toBe(false);
  });
});

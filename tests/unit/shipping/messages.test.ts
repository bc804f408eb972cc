import { describe, expect, it } from 'vitest';
import { shop } from '../../../src/config/shop.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { deliveryPromise } from '../../../src/features/shipping/delivery-promise.ts';
import { holidays } from '../../../src/features/shipping/holidays.ts';
import {
  describeDeliveryPromise,
  describeOrderWithin,
  shippingMessages,
  shippingMethodText,
} from '../../../src/features/shipping/messages.ts';

function method(id: string) {
  const found = shop.shipping.methods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no method ${id} in the shop config`);
  return found;
}

const at = (iso: string): Date => new Date(iso);

describe('method texts', () => {
  it('has a name, description and arrival phrase for every configured method in every locale', () => {
    for (const locale of locales) {
      for (const { id } of shop.shipping.methods) {
        expect(Object.keys(shippingMessages[locale].methods), `${locale}: ${id}`).toContain(id);
        const text = shippingMethodText(id, locale);
        expect(text.name.length).toBeGreaterThan(0);
        expect(text.description.length).toBeGreaterThan(0);
        expect(text.arrival).toContain('{day}');
      }
    }
  });

  it('names the methods', () => {
    expect(shippingMethodText('standard', 'nl').name).toBe('Standaard bezorging');
    expect(shippingMethodText('evening', 'nl').name).toBe('Avondbezorging');
    expect(shippingMethodText('pickup', 'nl').name).toBe('Afhalen bij een PostNL-punt');
    expect(shippingMethodText('evening', 'en').name).toBe('Evening delivery');
  });

  it('falls back to generic texts for a method without words yet', () => {
    expect(shippingMethodText('courier', 'nl').name).toBe('Bezorging');
    expect(shippingMethodText('toString', 'en').name).toBe('Delivery');
  });
});

describe('describeOrderWithin', () => {
  it('counts hours and minutes with the right plurals', () => {
    expect(describeOrderWithin(125, 'nl')).toBe('Nog 2 uur en 5 minuten');
    expect(describeOrderWithin(125, 'en')).toBe('2 hours and 5 minutes left');
    expect(describeOrderWithin(61, 'nl')).toBe('Nog 1 uur en 1 minuut');
    expect(describeOrderWithin(61, 'en')).toBe('1 hour and 1 minute left');
    expect(describeOrderWithin(120, 'nl')).toBe('Nog 2 uur');
    expect(describeOrderWithin(45, 'en')).toBe('45 minutes left');
    expect(describeOrderWithin(0, 'nl')).toBe('Nog minder dan een minuut');
    expect(describeOrderWithin(0, 'en')).toBe('Less than a minute left');
  });
});

describe('describeDeliveryPromise', () => {
  function sentence(id: string, iso: string, locale: 'nl' | 'en'): string {
    const now = at(iso);
    const shippingMethod = method(id);
    return describeDeliveryPromise(deliveryPromise(shippingMethod, now, { holidays }), shippingMethod, locale, now);
  }

  it('promises tomorrow before the cut-off', () => {
    expect(sentence('standard', '2026-11-24T19:00:00Z', 'nl')).toBe('Voor 22:00 besteld, morgen in huis');
    expect(sentence('standard', '2026-11-24T19:00:00Z', 'en')).toBe('Order before 22:00, delivered tomorrow');
  });

  it('names the day after the cut-off', () => {
    expect(sentence('standard', '2026-11-24T21:30:00Z', 'nl')).toBe('Nu besteld, donderdag 26 november in huis');
    expect(sentence('standard', '2026-11-24T21:30:00Z', 'en')).toBe('Order now, delivered on Thursday 26 November');
  });

  it('promises tonight for evening delivery', () => {
    expect(sentence('evening', '2026-11-24T14:00:00Z', 'nl')).toBe('Voor 16:00 besteld, vandaag tussen 18:00 en 22:00 in huis');
    expect(sentence('evening', '2026-11-24T14:00:00Z', 'en')).toBe('Order before 16:00, delivered today between 18:00 and 22:00');
    expect(sentence('evening', '2026-11-29T10:00:00Z', 'nl')).toBe('Nu besteld, morgen tussen 18:00 en 22:00 in huis');
  });

  it('says when a pickup parcel is ready', () => {
    expect(sentence('pickup', '2026-11-24T09:00:00Z', 'nl')).toBe('Voor 22:00 besteld, donderdag 26 november af te halen');
    expect(sentence('pickup', '2026-11-24T09:00:00Z', 'en')).toBe('Order before 22:00, ready for pickup on Thursday 26 November');
  });

  it('spans a weekend and a holiday', () => {
    expect(sentence('standard', '2026-11-28T14:00:00Z', 'nl')).toBe('Voor 22:00 besteld, maandag 30 november in huis');
    expect(sentence('standard', '2026-04-27T08:00:00Z', 'en')).toBe('Order now, delivered on Wednesday 29 April');
  });
});

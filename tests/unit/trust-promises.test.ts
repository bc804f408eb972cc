import { describe, expect, it } from 'vitest';
import { deliveryPromiseText, trustPromises } from '../../src/components/trust-promises.ts';
import { shop } from '../../src/config/shop.ts';

describe('trust promises', () => {
  it('phrase delivery without a date', () => {
    expect(deliveryPromiseText({ cutoff: '22:00', transitDays: 1 }, 'nl')).toBe('Op werkdagen voor 22:00 besteld, volgende dag in huis');
    expect(deliveryPromiseText({ cutoff: '16:00', transitDays: 0 }, 'en')).toBe('Order before 16:00 on weekdays, delivered the same day');
    expect(deliveryPromiseText({ cutoff: '18:00', transitDays: 3 }, 'nl')).toBe(
      'Op werkdagen voor 18:00 besteld, binnen 3 werkdagen in huis',
    );
  });

  it('follow the shop configuration', () => {
    const titles = trustPromises(shop, 'nl').map((promise) => promise.title);
    expect(titles).toEqual([
      'Gratis verzending vanaf €\u00a050',
      'Op werkdagen voor 22:00 besteld, volgende dag in huis',
      '30 dagen gratis retourneren',
      'Veilig betalen',
    ]);
    const changed = { ...shop, returns: { windowDays: 14, free: false }, shipping: { ...shop.shipping, freeShippingThresholdCents: 7500 } };
    expect(trustPromises(changed, 'en').map((promise) => promise.title)).toEqual(
      expect.arrayContaining(['Free shipping from €75', '14-day return period']),
    );
  });
});

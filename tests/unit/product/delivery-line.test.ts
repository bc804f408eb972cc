import { describe, expect, it } from 'vitest';
import { liveDeliveryLine, timelessDeliveryLine, upcomingHolidays } from '../../../src/features/product/delivery-line.ts';

const standard = { id: 'standard', cutoff: '22:00', transitDays: 1, shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } as const;
const rules = {
  method: { ...standard, shipsOn: [...standard.shipsOn] },
  holidays: ['2026-12-25', '2026-12-26'],
  timeZone: 'Europe/Amsterdam',
};

describe('timelessDeliveryLine', () => {
  it('is true on any day, in the shipping feature words', () => {
    expect(timelessDeliveryLine(standard, 'nl')).toBe('Voor 22:00 besteld, volgende werkdag in huis');
    expect(timelessDeliveryLine(standard, 'en')).toBe('Order before 22:00, delivered the next working day');
    expect(timelessDeliveryLine({ id: 'pickup', cutoff: '20:00', transitDays: 2 }, 'nl')).toBe(
      'Voor 20:00 besteld, binnen 2 werkdagen af te halen',
    );
    expect(timelessDeliveryLine({ id: 'evening', cutoff: '16:00', transitDays: 0 }, 'nl')).toBe(
      'Voor 16:00 besteld, dezelfde dag tussen 18:00 en 22:00 in huis',
    );
  });
});

describe('liveDeliveryLine', () => {
  it('dates the promise from the moment the browser is in', () => {
    // Tuesday 10 November 2026, 10:00 in Amsterdam (09:00 UTC).
    expect(liveDeliveryLine(rules, 'nl', new Date('2026-11-10T09:00:00Z'))).toBe('Voor 22:00 besteld, morgen in huis');
    expect(liveDeliveryLine(rules, 'en', new Date('2026-11-10T09:00:00Z'))).toBe('Order before 22:00, delivered tomorrow');
    // Saturday after the cut-off: no delivery on Sunday, so Tuesday.
    expect(liveDeliveryLine(rules, 'nl', new Date('2026-11-14T22:30:00Z'))).toBe('Nu besteld, dinsdag 17 november in huis');
  });

  it('skips holidays', () => {
    // Thursday 24 December 2026 after the cut-off: 25 and 26 are holidays, 27 is a Sunday.
    expect(liveDeliveryLine(rules, 'nl', new Date('2026-12-24T22:00:00Z'))).toBe('Nu besteld, dinsdag 29 december in huis');
  });
});

describe('upcomingHolidays', () => {
  it('drops the days before today', () => {
    expect(upcomingHolidays(['2026-01-01', '2026-12-25', '2027-01-01'], '2026-06-01')).toEqual(['2026-12-25', '2027-01-01']);
  });
});

/**
 * The shop's own configuration: what a fork edits (together with content/) to make Kassa its
 * own. Validated by shopConfigSchema at import, so a typo fails the build, not a checkout.
 */
import { shopConfigSchema, type ShopConfig } from './shop.schema.ts';

export const shop: ShopConfig = shopConfigSchema.parse({
  brand: {
    name: 'Plensbui',
    tagline: {
      nl: 'Droog op de fiets, wat het weer ook doet',
      en: 'Dry on the bike, whatever the weather',
    },
    legalName: 'Plensbui B.V.',
    colors: { primary: '#0b5d6b', primaryContrast: '#ffffff', accent: '#f2b705', ink: '#17212b', surface: '#f5f7f8' },
  },
  contact: {
    email: 'klantenservice@plensbui.example',
    phone: '+31 20 123 4567',
    chatHours: [
      { days: 'mon-fri', opens: '08:30', closes: '21:00' },
      { days: 'sat', opens: '10:00', closes: '17:00' },
    ],
    address: { street: 'Weteringschans 12', postalCode: '1017 SG', city: 'Amsterdam', country: 'NL' },
    chamberOfCommerce: '12345678',
    vatNumber: 'NL001234567B01',
  },
  social: [
    { network: 'instagram', url: 'https://www.instagram.com/plensbui.example' },
    { network: 'facebook', url: 'https://www.facebook.com/plensbui.example' },
    { network: 'youtube', url: 'https://www.youtube.com/@plensbui.example' },
  ],
  currency: 'EUR',
  vatRate: 21,
  paymentMethods: ['ideal', 'bancontact', 'card', 'apple-pay', 'google-pay'],
  shipping: {
    freeShippingThresholdCents: 5000,
    timeZone: 'Europe/Amsterdam',
    methods: [
      {
        id: 'standard',
        countries: ['NL'],
        priceCents: 495,
        cutoff: '22:00',
        transitDays: 1,
        shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      },
      { id: 'evening', countries: ['NL'], priceCents: 695, cutoff: '16:00', transitDays: 0, shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      {
        id: 'pickup',
        countries: ['NL', 'BE'],
        priceCents: 395,
        cutoff: '22:00',
        transitDays: 2,
        shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      },
      {
        id: 'standard-be',
        countries: ['BE'],
        priceCents: 695,
        cutoff: '20:00',
        transitDays: 2,
        shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri'],
      },
      {
        id: 'standard-de',
        countries: ['DE'],
        priceCents: 795,
        cutoff: '18:00',
        transitDays: 3,
        shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri'],
      },
    ],
  },
  returns: { windowDays: 30, free: true },
  emails: {
    reviewRequestDaysAfterDelivery: 7,
    usageInstructionsDaysAfterDelivery: 2,
    nextOrderDiscountDaysAfterDelivery: 14,
    reengagementDaysAfterOrder: 60,
    satisfactionSurveyDaysAfterDelivery: 21,
  },
});

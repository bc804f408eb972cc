/** Strings of the shared UI pieces in src/components (price, rating). */
import { defineMessages } from '../lib/i18n/messages.ts';

export const componentMessages = defineMessages({
  nl: {
    priceFrom: 'vanaf',
    priceNow: 'Nu',
    priceWas: 'Was',
    ratingLabel: '{average} van 5 sterren',
    reviewCount: '{count} beoordelingen',
    reviewCountOne: '1 beoordeling',
    noReviews: 'Nog geen beoordelingen',
  },
  en: {
    priceFrom: 'from',
    priceNow: 'Now',
    priceWas: 'Was',
    ratingLabel: '{average} out of 5 stars',
    reviewCount: '{count} reviews',
    reviewCountOne: '1 review',
    noReviews: 'No reviews yet',
  },
});

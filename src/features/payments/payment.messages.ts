/**
 * The payment step's words (the Payment Element island and the pay button), nl/en. The
 * Payment Element itself speaks Stripe's words in the locale it is given.
 */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const paymentMessages = defineMessages({
  nl: {
    formLabel: 'Betalen',
    pay: 'Betaal {amount}',
    paying: 'Bezig met betalen…',
    loading: 'Betaalmethoden laden…',
    testBanner: 'Testbetalingen – er wordt niets afgeschreven',
    secure: 'Je betaalt beveiligd via Stripe. Wij zien en bewaren je kaart- of bankgegevens niet.',
    loadFailed: 'De betaalmethoden konden niet worden geladen. Controleer je verbinding en vernieuw de pagina.',
    failed: 'Je betaling is niet gelukt. Probeer het opnieuw of kies een andere betaalmethode.',
    noScript: 'Zet JavaScript aan om te betalen: de betaalmethoden van onze betaalpartner Stripe werken niet zonder.',
  },
  en: {
    formLabel: 'Payment',
    pay: 'Pay {amount}',
    paying: 'Paying…',
    loading: 'Loading payment methods…',
    testBanner: 'Test payments – nothing will be charged',
    secure: 'You pay securely through Stripe. We never see or store your card or bank details.',
    loadFailed: 'The payment methods could not be loaded. Check your connection and refresh the page.',
    failed: 'Your payment did not go through. Try again or choose another payment method.',
    noScript: 'Turn on JavaScript to pay: the payment methods of our payment partner Stripe do not work without it.',
  },
});

/**
 * The orders feature's words: checkout field messages (the same in the browser and on the
 * server) and the refusals of POST /api/checkout/payment, each saying what to do next.
 */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const orderMessages = defineMessages({
  nl: {
    field: {
      email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      name: 'Vul je naam in.',
      phone: 'Vul een telefoonnummer in met alleen cijfers, spaties en eventueel + of -, of laat het veld leeg.',
      street: 'Vul je straat in.',
      city: 'Vul je woonplaats in.',
      lines: 'Je winkelwagen is leeg. Voeg eerst iets toe.',
      shippingMethod: 'Kies een verzendmethode.',
      checkoutId: 'Vernieuw de pagina en probeer het opnieuw.',
    },
    error: {
      insufficientStock: 'Niet alles in je winkelwagen is nog op voorraad: {details}. Pas je winkelwagen aan en probeer het opnieuw.',
      lineShort: '{item}: nog {available}',
      lineSoldOut: '{item}: uitverkocht',
      nothingToCheckout: 'Er is niets in je winkelwagen dat we kunnen versturen. Voeg een artikel toe.',
      shippingMethodUnavailable: 'Deze verzendmethode is niet mogelijk voor {country}. Kies een andere.',
      amountTooSmall: 'Je bestelling is te klein om online te betalen. Voeg nog een artikel toe.',
      checkoutChanged: 'Je winkelwagen of gegevens zijn gewijzigd. Vernieuw de pagina om opnieuw af te rekenen.',
      checkoutExpired: 'Deze bestelpoging is verlopen en de artikelen zijn weer vrijgegeven. Vernieuw de pagina om opnieuw af te rekenen.',
      checkoutCompleted: 'Deze bestelling ({number}) is al betaald. Je vindt hem in de bevestigingsmail.',
      paymentUnavailable:
        'Betalen lukt nu even niet. Je artikelen blijven {minutes} minuten voor je gereserveerd: probeer het over een minuut opnieuw.',
    },
  },
  en: {
    field: {
      email: 'Enter a valid e-mail address, like name@example.com.',
      name: 'Enter your name.',
      phone: 'Enter a phone number using only digits, spaces and + or -, or leave the field empty.',
      street: 'Enter your street.',
      city: 'Enter your town or city.',
      lines: 'Your cart is empty. Add something first.',
      shippingMethod: 'Choose a delivery method.',
      checkoutId: 'Refresh the page and try again.',
    },
    error: {
      insufficientStock: 'Not everything in your cart is still in stock: {details}. Adjust your cart and try again.',
      lineShort: '{item}: {available} left',
      lineSoldOut: '{item}: sold out',
      nothingToCheckout: 'There is nothing in your cart we can send. Add an item.',
      shippingMethodUnavailable: 'This delivery method is not available for {country}. Choose another one.',
      amountTooSmall: 'Your order is too small to pay online. Add another item.',
      checkoutChanged: 'Your cart or details have changed. Refresh the page to check out again.',
      checkoutExpired: 'This checkout has expired and the items were released. Refresh the page to check out again.',
      checkoutCompleted: 'This order ({number}) has already been paid. You will find it in the confirmation e-mail.',
      paymentUnavailable: 'Paying is not possible right now. Your items stay reserved for {minutes} minutes: try again in a minute.',
    },
  },
});

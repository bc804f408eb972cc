/**
 * The address feature's words: how to fix a postcode or house number (per country, with an
 * example in that country's format) and what the checkout form says about a lookup.
 */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const addressMessages = defineMessages({
  nl: {
    country: {
      invalid: 'Kies Nederland, België of Duitsland.',
    },
    postcode: {
      required: 'Vul je postcode in.',
      NL: 'Vul een postcode in zoals 1234 AB: vier cijfers en twee letters.',
      BE: 'Vul een Belgische postcode in van vier cijfers, zoals 1000.',
      DE: 'Vul een Duitse postcode in van vijf cijfers, zoals 10115.',
    },
    houseNumber: {
      required: 'Vul je huisnummer in.',
      invalid: 'Vul een huisnummer in zoals 12, 12a of 12-3.',
      tooLarge: 'Dit huisnummer is te hoog. Vul alleen het nummer van je huis in, zoals 12.',
    },
    addition: {
      invalid: 'Vul een korte toevoeging in, zoals A, 2 of bis, of laat het veld leeg.',
    },
    lookup: {
      searching: 'Adres zoeken…',
      found: 'Dit is je adres: {street} {houseNumber}, {postcode} {city}.',
      chooseAddition: 'Op dit nummer zijn meer adressen. Kies je toevoeging: {additions}.',
      notFound: 'We vinden dit adres niet. Controleer je postcode en huisnummer, of vul straat en plaats zelf in.',
      unavailable: 'Je adres automatisch aanvullen lukt nu even niet. Vul je straat en plaats zelf in.',
      manual: 'Zelf invullen',
    },
  },
  en: {
    country: {
      invalid: 'Choose the Netherlands, Belgium or Germany.',
    },
    postcode: {
      required: 'Enter your postcode.',
      NL: 'Enter a postcode like 1234 AB: four digits and two letters.',
      BE: 'Enter a Belgian postcode of four digits, like 1000.',
      DE: 'Enter a German postcode of five digits, like 10115.',
    },
    houseNumber: {
      required: 'Enter your house number.',
      invalid: 'Enter a house number like 12, 12a or 12-3.',
      tooLarge: 'This house number is too high. Enter just the number of your house, like 12.',
    },
    addition: {
      invalid: 'Enter a short addition, like A, 2 or bis, or leave the field empty.',
    },
    lookup: {
      searching: 'Looking up your address…',
      found: 'This is your address: {street} {houseNumber}, {postcode} {city}.',
      chooseAddition: 'There are more addresses at this number. Choose your addition: {additions}.',
      notFound: 'We cannot find this address. Check your postcode and house number, or enter your street and city yourself.',
      unavailable: 'Completing your address automatically is not possible right now. Enter your street and city yourself.',
      manual: 'Enter it myself',
    },
  },
});

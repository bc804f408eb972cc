/**
 * The words of the API's own errors: what a shopper reads when a request is refused for a
 * reason that is not a feature's (bad JSON, too many tries, a foreign origin, our fault).
 * Every message says what to do next. Field messages here are the fallbacks for schemas that
 * did not word their own; feature schemas should (see src/features/addresses/messages.ts).
 */
import { defineMessages } from '../i18n/messages.ts';

export const httpMessages = defineMessages({
  nl: {
    invalidInput: 'Controleer de gemarkeerde velden en probeer het opnieuw.',
    invalidJson: 'We konden je gegevens niet lezen. Vernieuw de pagina en probeer het opnieuw.',
    rateLimited: 'Je probeert het erg vaak achter elkaar. Wacht {seconds} seconden en probeer het dan opnieuw.',
    forbiddenOrigin: 'Dit verzoek kwam niet van onze winkel. Vernieuw de pagina en probeer het opnieuw.',
    internal: 'Er ging iets mis aan onze kant. Probeer het over een minuut opnieuw; lukt het dan nog niet, neem contact met ons op.',
    field: {
      required: 'Vul dit veld in.',
      invalid: 'Deze waarde klopt niet. Controleer wat je hebt ingevuld.',
      tooShort: 'Vul minstens {minimum} tekens in.',
      tooLong: 'Gebruik hoogstens {maximum} tekens.',
      tooSmall: 'Vul een getal in van minstens {minimum}.',
      tooLarge: 'Vul een getal in van hoogstens {maximum}.',
      option: 'Kies een van de mogelijkheden.',
      unknownField: 'Dit veld kennen we niet: {keys}.',
    },
  },
  en: {
    invalidInput: 'Check the highlighted fields and try again.',
    invalidJson: 'We could not read your details. Refresh the page and try again.',
    rateLimited: 'You are trying very often in a row. Wait {seconds} seconds and then try again.',
    forbiddenOrigin: 'This request did not come from our shop. Refresh the page and try again.',
    internal: 'Something went wrong on our side. Try again in a minute; if it still fails, please contact us.',
    field: {
      required: 'Fill in this field.',
      invalid: 'This value is not right. Check what you entered.',
      tooShort: 'Enter at least {minimum} characters.',
      tooLong: 'Use at most {maximum} characters.',
      tooSmall: 'Enter a number of at least {minimum}.',
      tooLarge: 'Enter a number of at most {maximum}.',
      option: 'Choose one of the options.',
      unknownField: 'We do not know this field: {keys}.',
    },
  },
});

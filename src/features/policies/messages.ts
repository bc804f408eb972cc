/** Words around the policy pages (the pages' own text is Markdown in content/pages/). */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const policyMessages = defineMessages({
  nl: {
    // Followed by the date.
    updated: 'Laatst bijgewerkt op',
    nav: 'Klantenservice',
  },
  en: {
    updated: 'Last updated on',
    nav: 'Customer service',
  },
});

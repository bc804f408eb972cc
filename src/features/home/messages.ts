/** The home page's words. The tagline itself lives in the shop configuration (brand.tagline). */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const homeMessages = defineMessages({
  nl: {
    kicker: 'Regenkleding voor fietsers',
    heroText:
      'Ademende regenjassen, regenbroeken, poncho’s en waterdichte fietstassen. Ontworpen in Amsterdam, getest in echte Hollandse buien.',
    heroCta: 'Bekijk {category}',
    heroSecondary: 'Alle categorieën',
    heroImageAlt: 'Een gele regenjas, een donkerblauwe poncho en een oranje fietstas in de regen',
    categories: 'Shop per categorie',
    featured: 'Populair bij onze klanten',
    storyTitle: 'Gemaakt voor elke dag op de fiets',
    storyText:
      'Plensbui begon met één vraag: waarom kom je na tien minuten fietsen in de regen nog steeds nat aan? Daarom ontwerpen we regenkleding die echt waterdicht is, ademt als je doortrapt en over je helm en tas past. Elk ontwerp testen we eerst een winter lang in het Amsterdamse woon-werkverkeer.',
    storyLink: 'Vragen? Neem contact op',
    description: '{tagline}. {categories} bij {brand}: gratis verzending vanaf {amount} en {days} dagen gratis retour.',
  },
  en: {
    kicker: 'Rainwear for cyclists',
    heroText:
      'Breathable rain jackets, rain trousers, ponchos and waterproof bike bags. Designed in Amsterdam, tested in real Dutch downpours.',
    heroCta: 'Shop {category}',
    heroSecondary: 'All categories',
    heroImageAlt: 'A yellow rain jacket, a navy poncho and an orange bike bag in the rain',
    categories: 'Shop by category',
    featured: 'Customer favourites',
    storyTitle: 'Made for riding every day',
    storyText:
      'Plensbui started with one question: why do you still arrive wet after ten minutes of cycling in the rain? So we design rainwear that is truly waterproof, breathes when you pedal hard and fits over your helmet and bag. Every design is first tested for a whole winter in Amsterdam’s commuter traffic.',
    storyLink: 'Questions? Get in touch',
    description: '{tagline}. {categories} from {brand}: free shipping from {amount} and free returns within {days} days.',
  },
});

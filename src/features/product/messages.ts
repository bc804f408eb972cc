/**
 * The product page's words: gallery, variant picker, stock, delivery, details, trust signals
 * and the related-product lists. Imported by the islands too, so keep it to strings.
 */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const productMessages = defineMessages({
  nl: {
    breadcrumb: 'Kruimelpad',
    gallery: {
      label: "Foto's van {name}",
      thumbnails: 'Kies een foto',
      photo: 'Foto {index} van {count}',
      zoom: 'vergroten',
      previous: 'Vorige foto',
      next: 'Volgende foto',
      close: 'Sluiten',
      zoomDialog: 'Vergrote foto',
    },
    picker: {
      color: 'Kleur',
      size: 'Maat',
      sizeGuide: 'Maattabel',
      soldOutSuffix: 'uitverkocht',
      lowStockSuffix: 'bijna op',
      saleBadge: '-{percent}%',
    },
    stock: {
      inStock: 'Op voorraad',
      low: 'Nog {count} op voorraad',
      soldOut: 'Uitverkocht',
      colorSoldOut: 'Uitverkocht in {color}',
      chooseSize: 'Kies je maat',
      checking: 'Voorraad controleren…',
      unavailable: 'Voorraad nu niet te zien; probeer het zo opnieuw.',
    },
    delivery: {
      // {day} inside the shipping method's arrival phrase, in the prerendered line that must be
      // true on any day ("Voor 22:00 besteld, volgende werkdag in huis").
      sameDay: 'dezelfde dag',
      nextWorkingDay: 'volgende werkdag',
      withinWorkingDays: 'binnen {days} werkdagen',
    },
    trust: {
      label: 'Waarom bij ons',
      freeReturns: '{days} dagen gratis retourneren',
      returns: '{days} dagen retourneren',
      freeShipping: 'Gratis verzending vanaf {amount}',
      securePayment: 'Veilig betalen met',
      contact: 'Bel {phone}',
      contactMail: 'of mail ons',
    },
    details: {
      description: 'Omschrijving',
      specs: 'Specificaties',
      materials: 'Materiaal',
      care: 'Wassen en onderhoud',
      sizing: 'Maattabel',
      sizingCaption: 'Lichaamsmaten per maat',
      sizeColumn: 'Maat',
      scrollHint: 'Veeg opzij voor alle maten',
      usage: 'Zo gebruik je het',
      faq: 'Veelgestelde vragen',
    },
    related: {
      similar: 'Misschien ook iets voor jou',
      complementary: 'Maak je set compleet',
    },
    notFound: 'Dit product kennen we niet (meer). Zoek het op in de winkel.',
  },
  en: {
    breadcrumb: 'Breadcrumb',
    gallery: {
      label: 'Photos of {name}',
      thumbnails: 'Choose a photo',
      photo: 'Photo {index} of {count}',
      zoom: 'enlarge',
      previous: 'Previous photo',
      next: 'Next photo',
      close: 'Close',
      zoomDialog: 'Enlarged photo',
    },
    picker: {
      color: 'Colour',
      size: 'Size',
      sizeGuide: 'Size chart',
      soldOutSuffix: 'sold out',
      lowStockSuffix: 'almost gone',
      saleBadge: '-{percent}%',
    },
    stock: {
      inStock: 'In stock',
      low: 'Only {count} left',
      soldOut: 'Sold out',
      colorSoldOut: 'Sold out in {color}',
      chooseSize: 'Choose your size',
      checking: 'Checking stock…',
      unavailable: 'Stock cannot be shown right now; try again in a moment.',
    },
    delivery: {
      sameDay: 'the same day',
      nextWorkingDay: 'the next working day',
      withinWorkingDays: 'within {days} working days',
    },
    trust: {
      label: 'Why shop with us',
      freeReturns: 'Free returns within {days} days',
      returns: 'Returns within {days} days',
      freeShipping: 'Free shipping from {amount}',
      securePayment: 'Secure payment with',
      contact: 'Call {phone}',
      contactMail: 'or e-mail us',
    },
    details: {
      description: 'Description',
      specs: 'Specifications',
      materials: 'Materials',
      care: 'Washing and care',
      sizing: 'Size chart',
      sizingCaption: 'Body measurements per size',
      sizeColumn: 'Size',
      scrollHint: 'Swipe sideways for all sizes',
      usage: 'How to use it',
      faq: 'Frequently asked questions',
    },
    related: {
      similar: 'You may also like',
      complementary: 'Complete your set',
    },
    notFound: 'We do not know this product (any more). Look it up in the shop.',
  },
});

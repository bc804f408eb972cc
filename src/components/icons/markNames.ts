/**
 * Display names of third-party marks (payment methods, social networks). Brand names are not
 * translated, so they live here rather than in a message catalog.
 */
import type { ShopConfig } from '../../config/shop.schema.ts';

export type PaymentMarkName = 'ideal' | 'bancontact' | 'visa' | 'mastercard' | 'apple-pay' | 'google-pay';
export type SocialNetwork = ShopConfig['social'][number]['network'];

export const paymentMarkNames: Record<PaymentMarkName, string> = {
  ideal: 'iDEAL',
  bancontact: 'Bancontact',
  visa: 'Visa',
  mastercard: 'Mastercard',
  'apple-pay': 'Apple Pay',
  'google-pay': 'Google Pay',
};

/** A configured payment method may show more than one mark: "card" is Visa and Mastercard. */
export const paymentMethodMarks: Record<ShopConfig['paymentMethods'][number], readonly PaymentMarkName[]> = {
  ideal: ['ideal'],
  bancontact: ['bancontact'],
  card: ['visa', 'mastercard'],
  'apple-pay': ['apple-pay'],
  'google-pay': ['google-pay'],
};

export const socialNetworkNames: Record<SocialNetwork, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
};

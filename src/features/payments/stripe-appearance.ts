/**
 * The Payment Element in the shop's colours. Stripe renders it in an iframe that cannot read
 * the page's CSS variables, so the island reads the brand tokens (set by BaseLayout from
 * src/config/shop.ts) and passes concrete values: a fork changes its colours in one place.
 */
import type { Appearance } from '@stripe/stripe-js';

export type BrandTokens = Readonly<{ primary: string; ink: string; danger: string; font: string }>;

export const fallbackTokens: BrandTokens = {
  primary: '#0b5d6b',
  ink: '#17212b',
  danger: '#b42318',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
};

export function stripeAppearance(tokens: BrandTokens): Appearance {
  return {
    theme: 'stripe',
    variables: {
      colorPrimary: tokens.primary,
      colorText: tokens.ink,
      colorDanger: tokens.danger,
      colorBackground: '#ffffff',
      fontFamily: tokens.font,
      fontSizeBase: '16px',
      borderRadius: '8px',
      spacingUnit: '4px',
    },
    rules: {
      // 44 px targets, as everywhere else in the shop.
      '.Input': { padding: '12px' },
      '.AccordionItem': { padding: '14px 16px' },
    },
  };
}

/** The tokens as the page's CSS has them, with the defaults for any that is missing. */
export function readBrandTokens(element: Element): BrandTokens {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    primary: token('--c-primary', fallbackTokens.primary),
    ink: token('--c-ink', fallbackTokens.ink),
    danger: token('--c-danger', fallbackTokens.danger),
    font: style.fontFamily || fallbackTokens.font,
  };
}

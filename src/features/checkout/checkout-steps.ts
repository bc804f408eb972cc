/**
 * The three checkout steps and their place in the URL: the step is the hash (#gegevens,
 * #bezorging, #betalen; #details, #delivery, #payment in English), so the browser's back and
 * forward buttons move between steps and a refresh stays on the step, without a page load.
 * A step can only be shown when the steps before it are complete; a link or a refresh to a
 * later step lands on the first one that still needs something.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { checkoutMessages } from './messages.ts';

export const checkoutSteps = ['details', 'delivery', 'payment'] as const;
export type CheckoutStep = (typeof checkoutSteps)[number];

export function stepNumber(step: CheckoutStep): number {
  return checkoutSteps.indexOf(step) + 1;
}

/** The step a hash names, in either language; the first step for anything else. */
export function stepFromHash(hash: string): CheckoutStep {
  let name: string;
  try {
    name = decodeURIComponent(hash.replace(/^#/, '')).toLowerCase();
  } catch {
    return 'details'; // a malformed escape, typed or pasted
  }
  for (const locale of ['nl', 'en'] as const) {
    const hashes = checkoutMessages[locale].hashes;
    const found = checkoutSteps.find((step) => hashes[step] === name);
    if (found) return found;
  }
  return 'details';
}

export function hashOfStep(step: CheckoutStep, locale: Locale): string {
  return `#${checkoutMessages[locale].hashes[step]}`;
}

export type StepCompletion = Readonly<{ details: boolean; delivery: boolean }>;

/** The step to show for a wanted one: never past the first step that is not complete. */
export function reachableStep(wanted: CheckoutStep, done: StepCompletion): CheckoutStep {
  if (wanted === 'details' || !done.details) return 'details';
  if (wanted === 'delivery' || !done.delivery) return 'delivery';
  return 'payment';
}

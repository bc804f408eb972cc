import { describe, expect, it } from 'vitest';
import { checkoutSteps, hashOfStep, reachableStep, stepFromHash, stepNumber } from '../../../src/features/checkout/checkout-steps.ts';

describe('checkout steps in the URL', () => {
  it('has at most three steps, numbered from one', () => {
    expect(checkoutSteps).toHaveLength(3);
    expect(checkoutSteps.map(stepNumber)).toEqual([1, 2, 3]);
  });

  it('names each step in the hash, in the page language, and reads both languages back', () => {
    expect(checkoutSteps.map((step) => hashOfStep(step, 'nl'))).toEqual(['#gegevens', '#bezorging', '#betalen']);
    expect(checkoutSteps.map((step) => hashOfStep(step, 'en'))).toEqual(['#details', '#delivery', '#payment']);
    for (const step of checkoutSteps) {
      expect(stepFromHash(hashOfStep(step, 'nl'))).toBe(step);
      expect(stepFromHash(hashOfStep(step, 'en'))).toBe(step);
    }
    expect(stepFromHash('#BEZORGING')).toBe('delivery');
  });

  it('starts at the first step for no hash or an unknown one', () => {
    for (const hash of ['', '#', '#kassa', '#%E0%A4%A']) expect(stepFromHash(hash)).toBe('details');
  });

  it('never shows a step before the ones ahead of it are complete', () => {
    expect(reachableStep('payment', { details: true, delivery: true })).toBe('payment');
    expect(reachableStep('payment', { details: true, delivery: false })).toBe('delivery');
    expect(reachableStep('payment', { details: false, delivery: true })).toBe('details');
    expect(reachableStep('delivery', { details: false, delivery: false })).toBe('details');
    expect(reachableStep('details', { details: true, delivery: true })).toBe('details');
  });
});

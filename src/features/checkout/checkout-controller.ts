/**
 * The checkout form's state and behaviour, apart from its markup: the draft (kept in
 * sessionStorage), field errors, the step (kept in the URL hash), the address lookup, and
 * moving between steps. Fields are checked by the server's own schemas, on blur and on
 * submit (checkout-validation.ts).
 *
 * Create it inside a component that renders after mount: it reads browser storage and the URL.
 */
import { useStore } from '@nanostores/solid';
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { addressMessages } from '../addresses/messages.ts';
import { $discountCode, $shippingCountry } from '../cart/cart-choices-store.ts';
import type { PricingRules } from '../cart/cart-pricing.ts';
import { createCartPricing, type CartPricing } from '../cart/create-cart-pricing.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import { lookupAddress } from './address-lookup-client.ts';
import { hasStreetAndCity, lookupCountries, lookupKeyOf, type CheckoutDraft, type TextField } from './checkout-draft.ts';
import { $checkoutDraft, restoreCheckoutDraft, updateCheckoutDraft } from './checkout-draft-store.ts';
import { detailsFields, fieldOrder, type CheckoutField, type FieldErrors } from './checkout-fields.ts';
import { hashOfStep, reachableStep, stepFromHash, stepNumber, type CheckoutStep } from './checkout-steps.ts';
import { validateFields } from './checkout-validation.ts';
import { orderMessages } from '../orders/messages.ts';
import { checkoutMessages } from './messages.ts';

export type LookupState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found' }
  | { status: 'chooseAddition'; additions: readonly string[] }
  | { status: 'not_found' }
  | { status: 'unavailable' };

export type CheckoutOptions = {
  locale: Locale;
  rules: PricingRules;
  countries: readonly ShippingCountry[];
};

export type CheckoutController = {
  locale: Locale;
  draft: Accessor<CheckoutDraft>;
  errors: Accessor<FieldErrors>;
  step: Accessor<CheckoutStep>;
  lookup: Accessor<LookupState>;
  /** The sentence for the form's live region after a refused submit. */
  alert: Accessor<string | undefined>;
  pricing: CartPricing;
  discountCode: Accessor<string>;
  /** Street and city are inputs (another country, a failed lookup, the shopper's choice). */
  manualAddress: Accessor<boolean>;
  /** The country's addresses are completed from postcode and house number (the Netherlands). */
  lookupCountry: Accessor<boolean>;
  setField(field: TextField, value: string): void;
  blurField(field: TextField, value: string): void;
  setCountry(country: ShippingCountry): void;
  setAddressMode(mode: CheckoutDraft['addressMode']): void;
  chooseAddition(addition: string): void;
  setShippingMethod(methodId: string): void;
  setMarketing(consent: boolean): void;
  submitDetails(): Promise<void>;
  submitDelivery(): Promise<void>;
  goTo(step: CheckoutStep, how?: 'push' | 'replace', focus?: boolean): void;
  showErrors(errors: FieldErrors, step: CheckoutStep): void;
};

export function fieldId(field: CheckoutField): string {
  return `co-${field}`;
}

export function createCheckout(options: CheckoutOptions): CheckoutController {
  const { locale } = options;
  const t = checkoutMessages[locale];
  restoreCheckoutDraft(options.countries, $shippingCountry.get() ?? options.countries[0] ?? 'NL');
  const draft = useStore($checkoutDraft);
  const discountCode = useStore($discountCode);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [step, setStep] = createSignal<CheckoutStep>('details');
  const [lookup, setLookup] = createSignal<LookupState>({ status: 'idle' });
  const [alert, setAlert] = createSignal<string>();

  const pricing = createCartPricing({
    locale,
    rules: options.rules,
    country: () => draft().country,
    shippingMethodId: () => draft().shippingMethodId || undefined,
    discountCode,
  });

  const isLookupCountry = () => lookupCountries.includes(draft().country);
  const manualAddress = () =>
    draft().addressMode === 'manual' || !isLookupCountry() || lookup().status === 'not_found' || lookup().status === 'unavailable';

  const setFieldError = (field: CheckoutField, message: string | undefined) => {
    const next = { ...errors() };
    if (message === undefined) delete next[field];
    else next[field] = message;
    setErrors(next);
  };

  // A later check of the same field wins, whatever order the answers arrive in.
  const checkSeq = new Map<CheckoutField, number>();
  const validateOne = async (field: TextField, value: string) => {
    const seq = (checkSeq.get(field) ?? 0) + 1;
    checkSeq.set(field, seq);
    const found = await validateFields({ [field]: value }, draft().country, locale);
    if (found === undefined || checkSeq.get(field) !== seq) return;
    setFieldError(field, found[field]);
  };

  const detailValues = (): Partial<Record<CheckoutField, string>> => {
    const current = draft();
    const values: Partial<Record<CheckoutField, string>> = {};
    for (const field of detailsFields) values[field] = field === 'country' ? current.country : current[field];
    return values;
  };

  // --- address lookup -------------------------------------------------------------------
  let lookupController: AbortController | undefined;
  let lookupTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => {
    lookupController?.abort();
    clearTimeout(lookupTimer);
  });

  /**
   * Asks for street and city once postcode and number look typed in full. Whether they are
   * valid is for the endpoint to say (it uses the same schemas); `report` puts its field
   * messages in the form (blur, submit), a lookup while typing keeps quiet about them.
   */
  const runLookup = async (report: boolean): Promise<void> => {
    const current = draft();
    if (current.addressMode !== 'lookup' || !isLookupCountry()) return;
    const typed = current.postcode.replace(/\s+/g, '').length >= 4 && /\d/.test(current.houseNumber);
    if (!typed) {
      setLookup({ status: 'idle' });
      return;
    }
    const key = lookupKeyOf(current);
    if (hasStreetAndCity(current)) {
      setLookup({ status: 'found' });
      return;
    }
    lookupController?.abort();
    const controller = new AbortController();
    lookupController = controller;
    setLookup({ status: 'searching' });
    let outcome;
    try {
      outcome = await lookupAddress(current, locale, controller.signal);
    } catch {
      return; // superseded by a newer lookup
    }
    if (controller.signal.aborted || lookupKeyOf(draft()) !== key) return;
    switch (outcome.status) {
      case 'found': {
        const needsAddition = !outcome.exact && outcome.additions.length > 0;
        // The postcode as the register writes it ("1017 SG"); the key ignores spaces and case, so it still matches.
        updateCheckoutDraft({
          postcode: outcome.address.postcode,
          street: outcome.address.street,
          city: outcome.address.city,
          lookupKey: needsAddition ? '' : key,
        });
        setLookup(needsAddition ? { status: 'chooseAddition', additions: outcome.additions } : { status: 'found' });
        const next = { ...errors() };
        for (const field of ['postcode', 'houseNumber', 'addition', 'street', 'city'] as const) delete next[field];
        setErrors(next);
        return;
      }
      case 'invalid': {
        if (report) {
          const next = { ...errors() };
          for (const [field, message] of Object.entries(outcome.fields)) {
            if (field === 'postcode' || field === 'houseNumber' || field === 'addition') next[field] = message;
          }
          setErrors(next);
        }
        setLookup({ status: 'idle' });
        return;
      }
      case 'unsupported':
        updateCheckoutDraft({ addressMode: 'manual' });
        setLookup({ status: 'idle' });
        return;
      case 'not_found':
      case 'unavailable':
        setLookup({ status: outcome.status });
        return;
    }
  };

  const lookupNow = (report = true): Promise<void> => {
    clearTimeout(lookupTimer);
    return runLookup(report);
  };

  const lookupSoon = () => {
    clearTimeout(lookupTimer);
    lookupTimer = setTimeout(() => void lookupNow(false), 450);
  };

  // --- steps ----------------------------------------------------------------------------
  const focusStepHeading = () => {
    requestAnimationFrame(() => document.getElementById('co-step-title')?.focus());
  };

  const updateTitle = (current: CheckoutStep) => {
    const names = t.steps;
    const progress = fill(names.progress, { current: stepNumber(current), total: 3, name: names[current] });
    document.title = document.title.replace(/^(Stap|Step) \d.*? \| /, '');
    document.title = `${progress} | ${document.title}`;
  };

  const goTo = (next: CheckoutStep, how: 'push' | 'replace' = 'push', focus = true) => {
    const hash = hashOfStep(next, locale);
    if (location.hash !== hash) {
      if (how === 'push') history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
    setAlert(undefined);
    setStep(next);
    updateTitle(next);
    if (!focus) return;
    window.scrollTo({ top: 0 });
    focusStepHeading();
  };

  const offeredMethods = () => {
    const response = pricing.lastResponse();
    return response && response.cart.shipping?.country === draft().country ? response.shippingOptions.map((option) => option.methodId) : [];
  };

  const requiredFilled = () => {
    const current = draft();
    const required: TextField[] = ['email', 'name', 'postcode', 'houseNumber', 'street', 'city'];
    return required.every((field) => current[field].trim() !== '');
  };

  /** Which steps are complete, by the server's schemas (or, offline, by what is filled in). */
  const completion = async () => {
    const found = await validateFields(detailValues(), draft().country, locale);
    const details =
      (found === undefined ? requiredFilled() : Object.keys(found).length === 0) && (manualAddress() || hasStreetAndCity(draft()));
    const offered = offeredMethods();
    const method = draft().shippingMethodId;
    // Options not in yet (a refresh): the payment endpoint checks the method and sends a refusal back to step 2.
    return { details, delivery: method !== '' && (offered.length === 0 || offered.includes(method)) };
  };

  /** Back, forward, a step link or a refresh: show the step the hash names, if it can be shown. */
  const followHash = async (focus: boolean) => {
    const wanted = stepFromHash(location.hash);
    const reachable = wanted === 'details' ? 'details' : reachableStep(wanted, await completion());
    if (reachable !== step() || reachable !== wanted) goTo(reachable, 'replace', focus);
  };

  const onHashChange = () => void followHash(true);
  window.addEventListener('hashchange', onHashChange);
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));
  updateTitle('details');
  if (stepFromHash(location.hash) !== 'details') void followHash(false);

  // A returning shopper with a Dutch address from an earlier visit: have its street ready.
  if (draft().addressMode === 'lookup' && draft().postcode !== '' && draft().houseNumber !== '') void lookupNow(false);

  // Preselect the cheapest method (the server's default) once the options for this country are in.
  createEffect(() => {
    const response = pricing.lastResponse();
    const current = draft();
    if (!response || response.cart.shipping?.country !== current.country) return;
    const offered = response.shippingOptions.map((option) => option.methodId);
    if (current.shippingMethodId === '' || !offered.includes(current.shippingMethodId)) {
      const fallback = response.cart.shipping.methodId;
      if (offered.includes(fallback) && fallback !== current.shippingMethodId) updateCheckoutDraft({ shippingMethodId: fallback });
    }
  });

  const showErrors = (found: FieldErrors, at: CheckoutStep) => {
    setErrors(found);
    const invalid = fieldOrder.filter((field) => found[field] !== undefined);
    if (invalid.length === 0) return;
    if (step() !== at) goTo(at);
    const labels = invalid.map((field) => fieldLabel(field, locale));
    setAlert(fill(invalid.length === 1 ? t.errors.summaryOne : t.errors.summary, { count: invalid.length, fields: labels.join(', ') }));
    requestAnimationFrame(() => {
      const first = invalid[0];
      const element =
        first === 'shippingMethodId'
          ? document.querySelector<HTMLElement>('input[name="co-method"]')
          : document.getElementById(fieldId(first!));
      element?.focus();
    });
  };

  return {
    locale,
    draft,
    errors,
    step,
    lookup,
    alert,
    pricing,
    discountCode,
    manualAddress,
    lookupCountry: isLookupCountry,
    setField(field, value) {
      const before = draft();
      updateCheckoutDraft({ [field]: value });
      if (errors()[field] !== undefined) void validateOne(field, value);
      if ((field === 'street' || field === 'city') && before.addressMode === 'lookup') {
        // Typing in the fallback fields is choosing to enter the address by hand.
        updateCheckoutDraft({ addressMode: 'manual', lookupKey: '' });
      }
      if ((field === 'postcode' || field === 'houseNumber' || field === 'addition') && draft().addressMode === 'lookup') {
        if (lookupKeyOf(draft()) !== lookupKeyOf(before)) {
          if (lookup().status === 'found' || lookup().status === 'chooseAddition') setLookup({ status: 'idle' });
          lookupSoon();
        }
      }
    },
    blurField(field, value) {
      if (value.trim() !== '' || errors()[field] !== undefined) void validateOne(field, value);
      if ((field === 'postcode' || field === 'houseNumber' || field === 'addition') && draft().addressMode === 'lookup') void lookupNow();
    },
    setCountry(country) {
      updateCheckoutDraft({
        country,
        addressMode: lookupCountries.includes(country) ? 'lookup' : 'manual',
        lookupKey: '',
        shippingMethodId: '',
      });
      $shippingCountry.set(country);
      setLookup({ status: 'idle' });
      const next = { ...errors() };
      for (const field of ['postcode', 'houseNumber', 'addition', 'street', 'city', 'shippingMethodId'] as const) delete next[field];
      setErrors(next);
      if (draft().addressMode === 'lookup') void lookupNow();
    },
    setAddressMode(mode) {
      updateCheckoutDraft({ addressMode: mode, lookupKey: mode === 'lookup' ? '' : draft().lookupKey });
      if (mode === 'lookup') void lookupNow();
      else setLookup({ status: 'idle' });
      requestAnimationFrame(() => document.getElementById(fieldId(mode === 'manual' ? 'street' : 'postcode'))?.focus());
    },
    chooseAddition(addition) {
      updateCheckoutDraft({ addition });
      setFieldError('addition', undefined);
      void lookupNow();
    },
    setShippingMethod(methodId) {
      updateCheckoutDraft({ shippingMethodId: methodId });
      setFieldError('shippingMethodId', undefined);
    },
    setMarketing(consent) {
      updateCheckoutDraft({ marketing: consent });
    },
    async submitDetails() {
      if (draft().addressMode === 'lookup' && isLookupCountry() && !hasStreetAndCity(draft())) await lookupNow();
      const checked = await validateFields(detailValues(), draft().country, locale);
      // Offline: the payment endpoint checks everything again and sends mistakes back here.
      const found: FieldErrors = { ...(checked ?? {}) };
      if (!manualAddress()) {
        // Street and city are not inputs here; what is missing is the lookup's to explain.
        delete found.street;
        delete found.city;
        const state = lookup();
        if (state.status === 'chooseAddition' && found.addition === undefined) {
          found.addition = fill(addressMessages[locale].lookup.chooseAddition, { additions: state.additions.join(', ') });
        } else if (
          !hasStreetAndCity(draft()) &&
          found.postcode === undefined &&
          found.houseNumber === undefined &&
          found.addition === undefined
        ) {
          found.postcode = addressMessages[locale].lookup.notFound;
        }
      }
      if (Object.keys(found).length > 0) {
        showErrors(found, 'details');
        return;
      }
      goTo('delivery');
    },
    async submitDelivery() {
      const offered = offeredMethods();
      if (!offered.includes(draft().shippingMethodId)) {
        showErrors({ shippingMethodId: orderMessages[locale].field.shippingMethod }, 'delivery');
        return;
      }
      goTo('payment');
    },
    goTo,
    showErrors,
  };
}

/** The visible label of a field, for the error summary. */
export function fieldLabel(field: CheckoutField, locale: Locale): string {
  const m = checkoutMessages[locale];
  return field === 'shippingMethodId' ? m.steps.delivery : m.details[field];
}

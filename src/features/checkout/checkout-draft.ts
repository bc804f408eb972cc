/**
 * The checkout form as the shopper fills it in: every field as typed (strings, checked by the
 * schemas only when asked), where the street and city came from, the delivery choice and the
 * consent. Kept in sessionStorage (checkout-draft-store.ts) so nothing typed is lost on back,
 * refresh or a failed step; read back through parseCheckoutDraft, which never trusts storage.
 *
 * Pure and without zod: the island carries no validator; the server's schemas judge the
 * fields (checkout-validation.ts).
 */
import type { ShippingCountry } from '../shipping/delivery-promise.ts';

export type AddressMode =
  /** Dutch default: postcode + house number, street and city filled in by the lookup. */
  | 'lookup'
  /** Street and city typed by the shopper: another country, a failed lookup, or their choice. */
  | 'manual';

export type CheckoutDraft = {
  email: string;
  name: string;
  phone: string;
  country: ShippingCountry;
  postcode: string;
  houseNumber: string;
  addition: string;
  street: string;
  city: string;
  addressMode: AddressMode;
  /**
   * The lookup (country|postcode|number|addition) that street and city came from; when the
   * shopper changes the postcode or number afterwards, the found street no longer belongs to it.
   */
  lookupKey: string;
  shippingMethodId: string;
  /** Newsletter and discount e-mails; unticked until the shopper ticks it. */
  marketing: boolean;
  /** The attempt id and what it was made for (checkout-attempt.ts). */
  checkoutId: string;
  checkoutFingerprint: string;
};

export type TextField = 'email' | 'name' | 'phone' | 'postcode' | 'houseNumber' | 'addition' | 'street' | 'city';

export const textFields: readonly TextField[] = ['email', 'name', 'phone', 'postcode', 'houseNumber', 'addition', 'street', 'city'];

/** Generous caps on what is stored: every schema allows less, and storage is not a dump. */
const maxStoredLength = 300;

/** Countries whose addresses are completed from postcode + house number. */
export const lookupCountries: readonly ShippingCountry[] = ['NL'];

export function emptyDraft(country: ShippingCountry): CheckoutDraft {
  return {
    email: '',
    name: '',
    phone: '',
    country,
    postcode: '',
    houseNumber: '',
    addition: '',
    street: '',
    city: '',
    addressMode: lookupCountries.includes(country) ? 'lookup' : 'manual',
    lookupKey: '',
    shippingMethodId: '',
    marketing: false,
    checkoutId: '',
    checkoutFingerprint: '',
  };
}

/**
 * Reads a stored draft: each field is taken only when it has the right type, anything else
 * falls back to the empty draft's value, and a country the shop does not ship to is replaced
 * by the default. Never throws.
 */
export function parseCheckoutDraft(raw: string | null | undefined, countries: readonly ShippingCountry[]): CheckoutDraft {
  const fallbackCountry = countries[0] ?? 'NL';
  const draft = emptyDraft(fallbackCountry);
  if (typeof raw !== 'string' || raw === '') return draft;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return draft;
  }
  if (typeof data !== 'object' || data === null) return draft;
  const stored = data as Record<string, unknown>;
  const text = (key: string): string => {
    const value = stored[key];
    return typeof value === 'string' ? value.slice(0, maxStoredLength) : '';
  };
  const country = countries.find((candidate) => candidate === stored['country']) ?? fallbackCountry;
  const mode = stored['addressMode'] === 'manual' || !lookupCountries.includes(country) ? 'manual' : 'lookup';
  return {
    email: text('email'),
    name: text('name'),
    phone: text('phone'),
    country,
    postcode: text('postcode'),
    houseNumber: text('houseNumber'),
    addition: text('addition'),
    street: text('street'),
    city: text('city'),
    addressMode: mode,
    lookupKey: text('lookupKey'),
    shippingMethodId: text('shippingMethodId'),
    marketing: stored['marketing'] === true,
    checkoutId: text('checkoutId'),
    checkoutFingerprint: text('checkoutFingerprint'),
  };
}

/** The key of a lookup: the same query gives the same street, another query may not. */
export function lookupKeyOf(draft: Pick<CheckoutDraft, 'country' | 'postcode' | 'houseNumber' | 'addition'>): string {
  const compact = (value: string) => value.replace(/[\s-]+/g, '').toUpperCase();
  return [draft.country, compact(draft.postcode), compact(draft.houseNumber), compact(draft.addition)].join('|');
}

/**
 * Which address inputs the shopper sees. In lookup mode street and city are text the lookup
 * filled in (with an edit link), not inputs: a Dutch shopper types six fields at most
 * (e-mail, name, postcode, house number, addition, phone).
 */
export function visibleAddressFields(draft: Pick<CheckoutDraft, 'addressMode'>): TextField[] {
  return draft.addressMode === 'manual'
    ? ['postcode', 'houseNumber', 'addition', 'street', 'city']
    : ['postcode', 'houseNumber', 'addition'];
}

/** Street and city are known for the current postcode and number (found, or typed by hand). */
export function hasStreetAndCity(draft: CheckoutDraft): boolean {
  if (draft.street.trim() === '' || draft.city.trim() === '') return false;
  return draft.addressMode === 'manual' || draft.lookupKey === lookupKeyOf(draft);
}

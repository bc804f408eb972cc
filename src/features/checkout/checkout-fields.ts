/**
 * The checkout's fields by name, for both sides of the form: which field a server message
 * belongs to, and the order they appear in (the first invalid one gets focus). No zod here:
 * the island loads this; the schemas stay on the server (checkout-schema.ts).
 */
import type { TextField } from './checkout-draft.ts';

/** Every field the form can put a message next to. */
export type CheckoutField = TextField | 'country' | 'shippingMethodId';

export type FieldErrors = Partial<Record<CheckoutField, string>>;

/** Step 1's fields, in the order they appear. */
export const detailsFields: readonly Exclude<CheckoutField, 'shippingMethodId'>[] = [
  'email',
  'name',
  'country',
  'postcode',
  'houseNumber',
  'addition',
  'street',
  'city',
  'phone',
];

/** All fields in page order, for "focus the first invalid field". */
export const fieldOrder: readonly CheckoutField[] = [...detailsFields, 'shippingMethodId'];

export function isCheckoutField(value: unknown): value is CheckoutField {
  return typeof value === 'string' && (fieldOrder as readonly string[]).includes(value);
}

/**
 * Where a message of POST /api/checkout/payment belongs in the form: `contact.email` is the
 * e-mail field, `shippingAddress.postcode` the postcode, `shippingMethodId` the delivery step.
 */
export function formFieldOfServerPath(path: string): CheckoutField | undefined {
  const [head, field] = path.split('.');
  if (head === 'shippingMethodId') return 'shippingMethodId';
  if ((head === 'contact' || head === 'shippingAddress') && field !== 'shippingMethodId' && isCheckoutField(field)) return field;
  return undefined;
}

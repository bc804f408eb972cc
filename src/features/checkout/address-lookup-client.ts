/**
 * Asking GET /api/address-lookup from the checkout form. Every way it can go wrong (slow,
 * offline, rate-limited, a 500) ends as `unavailable`, which the form answers with manual
 * street and city fields: completing an address is a convenience, never a gate.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { AddressLookupResponse, LookupAddress } from '../addresses/address-lookup.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';

export type AddressLookupQuery = Readonly<{ country: ShippingCountry; postcode: string; houseNumber: string; addition: string }>;

export type LookupOutcome =
  | Readonly<{ status: 'found'; address: LookupAddress; exact: boolean; additions: readonly string[] }>
  | Readonly<{ status: 'not_found' }>
  | Readonly<{ status: 'unavailable' }>
  | Readonly<{ status: 'unsupported' }>
  /** The server did not accept the postcode or number: the form's own field messages say why. */
  | Readonly<{ status: 'invalid'; fields: Readonly<Record<string, string>> }>;

/** Longer than the server's own 3 s deadline, so a slow upstream is reported by the server first. */
export const lookupTimeoutMs = 4000;

export async function lookupAddress(query: AddressLookupQuery, locale: Locale, signal?: AbortSignal): Promise<LookupOutcome> {
  const params = new URLSearchParams({
    country: query.country,
    postcode: query.postcode,
    houseNumber: query.houseNumber,
    addition: query.addition,
    locale,
  });
  const timeout = AbortSignal.timeout(lookupTimeoutMs);
  try {
    const response = await fetch(`/api/address-lookup?${params}`, {
      headers: { accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const body = (await response.json()) as AddressLookupResponse | { error?: { fields?: Record<string, string> } };
    if (response.status === 400) return { status: 'invalid', fields: ('error' in body ? body.error?.fields : undefined) ?? {} };
    if (!response.ok || !('status' in body)) return { status: 'unavailable' };
    if (body.status === 'found') return { status: 'found', address: body.address, exact: body.exact, additions: body.additions };
    return { status: body.status === 'not_found' || body.status === 'unsupported' ? body.status : 'unavailable' };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: 'unavailable' };
  }
}

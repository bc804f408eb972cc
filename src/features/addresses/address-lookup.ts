/**
 * Address completion: the shopper types postcode and house number, a provider returns street
 * and city. Providers sit behind one interface, registered per country, so a fork can add
 * Belgium or Germany (or swap PDOK for a paid service) without touching the route or the
 * form. A lookup is a convenience, never a gate: whatever goes wrong, the answer is
 * `unavailable` within a deadline and the form keeps manual entry. Browser-safe.
 */
import { z } from 'zod';
import type { Locale } from '../../lib/i18n/locales.ts';
import { addressMessages } from './messages.ts';
import { countrySchema, parsePostalAddress, type AddressCountry } from './postcode.ts';

export interface AddressQuery {
  country: AddressCountry;
  /** Normalised: "1017 SG", "1000", "10115" (see normalizePostcode). */
  postcode: string;
  houseNumber: number;
  /** Normalised: "A", "3", "A-3", "bis" (see normalizeAddition). */
  houseNumberAddition?: string;
}

export interface LookupAddress {
  street: string;
  houseNumber: number;
  /** The addition as the register writes it, when the address has one. */
  addition?: string;
  postcode: string;
  city: string;
  country: AddressCountry;
}

export type UnavailableReason =
  /** No answer within the time-out. */
  | 'timeout'
  /** Could not connect, or the connection broke. */
  | 'network'
  /** The provider answered with an error status. */
  | 'upstream_error'
  /** The provider answered something that is not its documented format. */
  | 'invalid_response'
  /** Recent lookups failed; we are not asking for a while (see createAddressLookup). */
  | 'circuit_open'
  /** The provider threw: a bug in the provider. */
  | 'provider_error';

export type LookupResult =
  | {
      status: 'found';
      address: LookupAddress;
      /**
       * True when this exact house number and addition exist. False when street and city are
       * right but the addition is missing or unknown: ask the shopper to choose from `additions`.
       */
      exact: boolean;
      /** Additions that exist at this house number ([] when none, or when the provider cannot tell). */
      additions: string[];
    }
  | { status: 'not_found' }
  | { status: 'unavailable'; reason: UnavailableReason };

/** What the endpoint answers: a provider's result, or that no provider covers the country. */
export type AddressLookupResponse = LookupResult | { status: 'unsupported' };

/**
 * A source of addresses for one or more countries. Contract: never throws or rejects (map
 * every failure to `unavailable`), and settles within its own time-out.
 */
export interface AddressLookupProvider {
  /** For logs: "pdok". */
  readonly name: string;
  lookup(query: AddressQuery, options?: { signal?: AbortSignal }): Promise<LookupResult>;
}

/** Which provider answers for which country. A country without one is `unsupported`. */
export type AddressProviderRegistry = Partial<Record<AddressCountry, AddressLookupProvider>>;

export interface AddressLookupService {
  supports(country: AddressCountry): boolean;
  lookup(query: AddressQuery): Promise<AddressLookupResponse>;
}

export interface AddressLookupOptions {
  /** Hard deadline for any provider, also one that ignores its own time-out. Default 3000 ms. */
  deadlineMs?: number;
  /** Consecutive failures of a provider after which it is skipped for `cooldownMs`. Default 3. */
  failureThreshold?: number;
  /** Default 30 s. */
  cooldownMs?: number;
  now?: () => number;
  /** Told about every `unavailable`, so operators see a provider that is down. */
  onUnavailable?: (provider: string, reason: UnavailableReason) => void;
}

/**
 * Routes a query to its country's provider, with two safety nets: a deadline, and a circuit
 * breaker that answers `unavailable` at once while a provider keeps failing, so shoppers do
 * not each wait out a time-out during an outage.
 */
export function createAddressLookup(registry: AddressProviderRegistry, options: AddressLookupOptions = {}): AddressLookupService {
  const { deadlineMs = 3000, failureThreshold = 3, cooldownMs = 30_000, now = Date.now, onUnavailable } = options;
  const health = new Map<AddressLookupProvider, { failures: number; openUntil: number }>();

  async function ask(provider: AddressLookupProvider, query: AddressQuery): Promise<LookupResult> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<LookupResult>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ status: 'unavailable', reason: 'timeout' });
      }, deadlineMs);
    });
    try {
      const answer = provider
        .lookup(query, { signal: controller.signal })
        .catch((): LookupResult => ({ status: 'unavailable', reason: 'provider_error' }));
      return await Promise.race([answer, deadline]);
    } catch {
      return { status: 'unavailable', reason: 'provider_error' };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    supports: (country) => registry[country] !== undefined,
    async lookup(query) {
      const provider = registry[query.country];
      if (provider === undefined) return { status: 'unsupported' };
      const state = health.get(provider) ?? { failures: 0, openUntil: 0 };
      health.set(provider, state);
      if (now() < state.openUntil) {
        onUnavailable?.(provider.name, 'circuit_open');
        return { status: 'unavailable', reason: 'circuit_open' };
      }
      const result = await ask(provider, query);
      if (result.status === 'unavailable') {
        state.failures += 1;
        if (state.failures >= failureThreshold) {
          state.openUntil = now() + cooldownMs;
          state.failures = 0;
        }
        onUnavailable?.(provider.name, result.reason);
      } else {
        state.failures = 0;
      }
      return result;
    },
  };
}

/** Compares additions the way people write them: "a3", "A-3" and "A 3" are the same. */
export function additionKey(addition: string | undefined): string {
  return (addition ?? '').replace(/[^\p{L}\d]/gu, '').toUpperCase();
}

const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/**
 * The query string of GET /api/address-lookup: country, postcode, houseNumber (may include
 * the addition, "12a") and an optional separate addition (which wins when both are given).
 */
export function addressQuerySchema(locale: Locale) {
  const m = addressMessages[locale];
  return z
    .object({
      country: countrySchema(locale),
      postcode: z.string({ error: m.postcode.required }),
      houseNumber: z.string({ error: m.houseNumber.required }),
      addition: z.preprocess(emptyAsUndefined, z.string().optional()),
    })
    .transform((input, ctx): AddressQuery => {
      const parsed = parsePostalAddress(input, locale, ctx);
      if (!parsed) return z.NEVER;
      return {
        country: input.country,
        postcode: parsed.postcode,
        houseNumber: parsed.houseNumber,
        ...(parsed.addition === undefined ? {} : { houseNumberAddition: parsed.addition }),
      };
    });
}

/**
 * The shop's address providers, one per country. This is the file a fork edits to add a
 * country or swap a provider (see README.md in this folder). Countries left out answer
 * `unsupported` and the checkout form simply offers manual entry.
 */
import { getEnv } from '../../lib/env.server.ts';
import { createAddressLookup, type AddressLookupService, type AddressProviderRegistry } from './address-lookup.ts';
import { createPdokProvider } from './pdok-provider.server.ts';

export function defaultAddressProviders(env = getEnv()): AddressProviderRegistry {
  return {
    NL: createPdokProvider({ baseUrl: env.ADDRESS_LOOKUP_URL, timeoutMs: 2500 }),
  };
}

let service: AddressLookupService | undefined;

/** One service per process, so the circuit breaker sees every request. */
export function addressLookupService(): AddressLookupService {
  service ??= createAddressLookup(defaultAddressProviders(), {
    deadlineMs: 3000,
    onUnavailable: (provider, reason) => console.warn(`[address-lookup] ${provider} unavailable: ${reason}`),
  });
  return service;
}

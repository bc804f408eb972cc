/**
 * Dutch addresses from the BAG through PDOK Locatieserver (v3_1): keyless, free under fair
 * use, updated daily. One request per lookup on the `free` endpoint, filtered exactly on
 * postcode and house number; every address at that number comes back (12, 12A, 12-1), and
 * the addition is matched here so a shopper who omits or mistypes it still gets street and
 * city plus the additions to choose from.
 *
 * v3_1 refuses query parameters outside its OpenAPI description, so only fq, fl and rows
 * are sent. Filter queries (fq) are exact and unscored, unlike q, which is free text.
 */
import { z } from 'zod';
import { additionKey, type AddressLookupProvider, type AddressQuery, type LookupResult } from './address-lookup.ts';
import { compactPostcode, normalizePostcode } from './postcode.ts';

export const pdokDefaultBaseUrl = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

/** The fields we read; fl keeps the answer small. */
const fields = [
  'id',
  'type',
  'weergavenaam',
  'straatnaam',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'huis_nlt',
  'postcode',
  'woonplaatsnaam',
  'gemeentenaam',
  'provincienaam',
] as const;

/** Big buildings have many flats at one number (12-1 ... 12-80); the addition is matched locally. */
const rows = 100;

const pdokDocSchema = z.object({
  type: z.string(),
  straatnaam: z.string().min(1),
  huisnummer: z.coerce.number().int(),
  huisletter: z.string().optional(),
  huisnummertoevoeging: z.string().optional(),
  postcode: z.string(),
  woonplaatsnaam: z.string().min(1),
});
export type PdokDoc = z.infer<typeof pdokDocSchema>;

const pdokResponseSchema = z.object({
  response: z.object({
    numFound: z.number().int().min(0),
    // One odd document must not spoil the others: keep those that have what we need.
    docs: z.array(z.unknown()).transform((docs) =>
      docs.flatMap((doc) => {
        const parsed = pdokDocSchema.safeParse(doc);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  }),
});

/** The request URL for a Dutch postcode and house number. */
export function pdokLookupUrl(baseUrl: string, query: Pick<AddressQuery, 'postcode' | 'houseNumber'>): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/free`);
  url.searchParams.append('fq', 'type:adres');
  url.searchParams.append('fq', `postcode:${compactPostcode(query.postcode)}`);
  url.searchParams.append('fq', `huisnummer:${query.houseNumber}`);
  url.searchParams.set('fl', fields.join(' '));
  url.searchParams.set('rows', String(rows));
  return url;
}

/** "A" + "2" -> "A-2", "A" -> "A", "2" -> "2", "bis" -> "bis": the way huis_nlt writes it. */
function additionOf(doc: PdokDoc): string | undefined {
  const letter = doc.huisletter?.trim() ?? '';
  const suffix = doc.huisnummertoevoeging?.trim() ?? '';
  if (letter && suffix) return `${letter}-${suffix}`;
  return letter || suffix || undefined;
}

/** Picks the shopper's address from the documents at one postcode and house number. */
export function pickPdokAddress(docs: readonly PdokDoc[], query: AddressQuery): LookupResult {
  const wanted = compactPostcode(query.postcode);
  const candidates = docs.filter(
    (doc) => doc.type === 'adres' && doc.huisnummer === query.houseNumber && compactPostcode(doc.postcode) === wanted,
  );
  if (candidates.length === 0) return { status: 'not_found' };
  const additions = [...new Set(candidates.map(additionOf).filter((a) => a !== undefined))].sort((a, b) =>
    a.localeCompare(b, 'nl', { numeric: true }),
  );
  const key = additionKey(query.houseNumberAddition);
  const exactDoc = candidates.find((doc) => additionKey(additionOf(doc)) === key);
  const doc = exactDoc ?? candidates.find((d) => additionOf(d) === undefined) ?? candidates[0]!;
  const addition = exactDoc === undefined ? undefined : additionOf(doc);
  return {
    status: 'found',
    address: {
      street: doc.straatnaam,
      houseNumber: doc.huisnummer,
      ...(addition === undefined ? {} : { addition }),
      postcode: normalizePostcode('NL', doc.postcode) ?? doc.postcode,
      city: doc.woonplaatsnaam,
      country: 'NL',
    },
    exact: exactDoc !== undefined,
    additions,
  };
}

export interface PdokProviderOptions {
  /** Locatieserver base, without /free. Default: the public v3_1 service. */
  baseUrl?: string;
  /** Default 2500 ms; covers connecting, waiting and reading the body. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createPdokProvider(options: PdokProviderOptions = {}): AddressLookupProvider {
  const { baseUrl = pdokDefaultBaseUrl, timeoutMs = 2500, fetch: fetchImpl = globalThis.fetch } = options;
  return {
    name: 'pdok',
    async lookup(query, { signal } = {}) {
      if (query.country !== 'NL') return { status: 'not_found' };
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const response = await fetchImpl(pdokLookupUrl(baseUrl, query), {
          headers: { accept: 'application/json' },
          signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
        });
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          return { status: 'unavailable', reason: 'upstream_error' };
        }
        const parsed = pdokResponseSchema.safeParse(await response.json());
        if (!parsed.success) return { status: 'unavailable', reason: 'invalid_response' };
        return pickPdokAddress(parsed.data.response.docs, query);
      } catch (error) {
        if (timeout.aborted || signal?.aborted) return { status: 'unavailable', reason: 'timeout' };
        return { status: 'unavailable', reason: error instanceof SyntaxError ? 'invalid_response' : 'network' };
      }
    },
  };
}

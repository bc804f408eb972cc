/**
 * The one file the browser downloads to search as you type (when search runs in the browser,
 * search-delivery.ts): the compact index plus what a suggestion shows that the index does not
 * hold, the product's image and whether its price is a "from" price. Built at build time per
 * locale; the island fetches it on the first focus of a search field.
 *
 * The serialised index is spliced in as it is, so building the file never parses it again.
 */
import { loadIndex, type SearchIndex } from './search-index.ts';

export const PAYLOAD_FORMAT = 'kassa-search-payload/1';

/** Per product: [image URL or "", 1 when variant prices differ]; a tuple because it repeats per product. */
export type SuggestionMediaEntry = [image: string, from: 0 | 1];

export type SuggestionMedia = { image: string | undefined; from: boolean };

export function createSearchPayload(serializedIndex: string, media: ReadonlyMap<string, SuggestionMedia>): string {
  const entries: Record<string, SuggestionMediaEntry> = {};
  for (const [slug, { image, from }] of media) entries[slug] = [image ?? '', from ? 1 : 0];
  return `{"format":${JSON.stringify(PAYLOAD_FORMAT)},"media":${JSON.stringify(entries)},"index":${serializedIndex}}`;
}

export type LoadedSearchPayload = { index: SearchIndex; media: ReadonlyMap<string, SuggestionMedia> };

/** Reads a payload (string or parsed JSON); throws on anything else, like loadIndex. */
export function readSearchPayload(serialized: string | unknown): LoadedSearchPayload {
  const data = (typeof serialized === 'string' ? JSON.parse(serialized) : serialized) as {
    format?: unknown;
    media?: Record<string, SuggestionMediaEntry>;
    index?: unknown;
  } | null;
  if (!data || data.format !== PAYLOAD_FORMAT || typeof data.media !== 'object') throw new Error(`not a ${PAYLOAD_FORMAT} file`);
  const media = new Map<string, SuggestionMedia>();
  for (const [slug, [image, from]] of Object.entries(data.media)) media.set(slug, { image: image || undefined, from: from === 1 });
  return { index: loadIndex(data.index), media };
}

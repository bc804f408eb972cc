/**
 * The search index: built at build time from the catalog, serialised to one JSON file per
 * locale, loaded in the browser (small catalogs) or on the server (large ones). See README.md
 * for why it is a custom inverted index and not one of the libraries it was measured against.
 *
 * Layout: documents are numbered in order of popularity, so a lower number wins a tie and
 * postings compress well; each term has a posting list of (document, weight) pairs where the
 * weight already holds the field boosts, so a query adds numbers and never looks at fields.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { analyzeText, createLexicon, type Lexicon } from './analyze.ts';

/** The product fields the index reads; a full catalog Product fits. */
export type IndexableProduct = {
  slug: string;
  category: string;
  name: { nl: string; en: string };
  shortDescription: { nl: string; en: string };
  description: { nl: string; en: string };
  colors: readonly { id: string; name: { nl: string; en: string } }[];
  variants: readonly { priceCents: number }[];
  popularity: number;
};

export type IndexableCategory = { slug: string; name: { nl: string; en: string } };

/**
 * How much a hit in each field counts: the name first, then colour and category, then the
 * one-line summary, the long description last (it mentions many things a product is not).
 */
export const fieldBoosts = { name: 5, color: 2, category: 2, summary: 1, description: 0.5 } as const;
export type SearchField = keyof typeof fieldBoosts;

/**
 * `full` indexes the long description too; `compact` leaves it out, which makes the index
 * several times smaller at little cost in relevance (see README.md): the browser gets that.
 */
export type IndexScope = 'full' | 'compact';

export type SearchDocument = {
  slug: string;
  /** Name in the index's locale, for the result list and highlighting. */
  name: string;
  category: string;
  colors: readonly string[];
  /** Lowest variant price: a result can show "from €...". */
  priceCents: number;
};

export type SearchIndex = {
  locale: Locale;
  scope: IndexScope;
  lexicon: Lexicon;
  docs: readonly SearchDocument[];
  categories: readonly IndexableCategory[];
  colors: readonly IndexableProduct['colors'][number][];
  /** Sorted, so a prefix is a contiguous range. */
  terms: readonly string[];
  termIds: ReadonlyMap<string, number>;
  /** Posting list of a term: [doc, weight, doc, weight, ...] with absolute doc numbers. */
  postings(termId: number): Int32Array;
  /** Number of documents a term occurs in. */
  documentFrequency(termId: number): number;
};

/** Version tag of the serialised form; loadIndex refuses others rather than misread them. */
export const INDEX_FORMAT = 'kassa-search/1';

/** Weights are stored as integers in tenths, which keeps the JSON short. */
const WEIGHT_SCALE = 10;

type SerializedIndex = {
  format: typeof INDEX_FORMAT;
  locale: Locale;
  scope: IndexScope;
  categories: IndexableCategory[];
  colors: IndexableProduct['colors'][number][];
  /** [slug, name, category index, colour indexes, price]. */
  docs: [string, string, number, number[], number][];
  terms: string[];
  /** Per term: [doc gap, weight, doc gap, weight, ...]; gaps from the previous doc. */
  postings: number[][];
};

/** More occurrences count, but less and less: a word said twice is not twice as relevant. */
function saturate(count: number): number {
  return count <= 1 ? count : 1 + 0.25 * Math.log2(count);
}

function categoryText(category: IndexableCategory | undefined, slug: string, locale: Locale): string {
  return category ? `${category.name[locale]} ${slug}` : slug.replaceAll('-', ' ');
}

export type BuildOptions = { categories?: readonly IndexableCategory[]; scope?: IndexScope };

/** Builds the index of one locale. Pure; a 10k catalog takes well under a second. */
export function buildSearchIndex(products: readonly IndexableProduct[], locale: Locale, options: BuildOptions = {}): SearchIndex {
  const scope = options.scope ?? 'compact';
  const categories = [...(options.categories ?? [])];
  for (const slug of new Set(products.map((p) => p.category))) {
    if (!categories.some((c) => c.slug === slug)) categories.push({ slug, name: { nl: slug, en: slug } });
  }
  const colorById = new Map<string, IndexableProduct['colors'][number]>();
  for (const product of products) for (const color of product.colors) if (!colorById.has(color.id)) colorById.set(color.id, color);
  const colors = [...colorById.values()];
  const lexicon = createLexicon(locale, categoryHeads(categories), colors);

  const ordered = [...products].sort((a, b) => b.popularity - a.popularity || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const lists = new Map<string, number[]>();
  ordered.forEach((product, doc) => {
    const category = categories.find((c) => c.slug === product.category);
    const fields: [SearchField, string][] = [
      ['name', product.name[locale]],
      ['color', product.colors.map((c) => `${c.id} ${c.name.nl} ${c.name.en}`).join(' ')],
      ['category', categoryText(category, product.category, locale)],
      ['summary', product.shortDescription[locale]],
    ];
    if (scope === 'full') fields.push(['description', product.description[locale]]);
    const weights = new Map<string, number>();
    for (const [field, text] of fields) {
      const counts = analyzeText(text, lexicon);
      if (field === 'color') addColorFamilies(counts, product.colors, lexicon);
      for (const [term, count] of counts) weights.set(term, (weights.get(term) ?? 0) + fieldBoosts[field] * saturate(count));
    }
    for (const [term, weight] of weights) {
      const list = lists.get(term) ?? [];
      if (list.length === 0) lists.set(term, list);
      list.push(doc, Math.max(1, Math.round(weight * WEIGHT_SCALE)));
    }
  });

  const terms = [...lists.keys()].sort();
  const postingLists = terms.map((term) => Int32Array.from(lists.get(term)!));
  const docs = ordered.map((p) => ({
    slug: p.slug,
    name: p.name[locale],
    category: p.category,
    colors: p.colors.map((c) => c.id),
    priceCents: Math.min(...p.variants.map((v) => v.priceCents)),
  }));
  return assemble(locale, scope, lexicon, docs, categories, colors, terms, (id) => postingLists[id]!);
}

/** Category names name product types, so they split compounds too ("Regenjassen" -> head "regenjas"). */
function categoryHeads(categories: readonly IndexableCategory[]): string[] {
  return categories.flatMap((c) => [c.slug.replaceAll('-', ' '), c.name.nl, c.name.en]);
}

/** A colour's family words from the lexicon ("nachtblauw" is also blue and navy). */
function addColorFamilies(counts: Map<string, number>, colors: IndexableProduct['colors'], lexicon: Lexicon): void {
  for (const [word, ids] of lexicon.colorIdsByWord) {
    if (!counts.has(word) && colors.some((c) => ids.includes(c.id))) counts.set(word, 1);
  }
}

function assemble(
  locale: Locale,
  scope: IndexScope,
  lexicon: Lexicon,
  docs: SearchDocument[],
  categories: IndexableCategory[],
  colors: IndexableProduct['colors'][number][],
  terms: string[],
  postings: (id: number) => Int32Array,
): SearchIndex {
  const termIds = new Map(terms.map((term, id) => [term, id]));
  return {
    locale,
    scope,
    lexicon,
    docs,
    categories,
    colors,
    terms,
    termIds,
    postings,
    documentFrequency: (id) => postings(id).length / 2,
  };
}

/** The index as a JSON string, for a static file or the server's memory. */
export function serializeIndex(index: SearchIndex): string {
  const categoryIds = new Map(index.categories.map((c, i) => [c.slug, i]));
  const colorIds = new Map(index.colors.map((c, i) => [c.id, i]));
  const data: SerializedIndex = {
    format: INDEX_FORMAT,
    locale: index.locale,
    scope: index.scope,
    categories: [...index.categories],
    colors: [...index.colors],
    docs: index.docs.map((d) => [d.slug, d.name, categoryIds.get(d.category)!, d.colors.map((c) => colorIds.get(c)!), d.priceCents]),
    terms: [...index.terms],
    postings: index.terms.map((_, id) => {
      const list = index.postings(id);
      const out = new Array<number>(list.length);
      let last = 0;
      for (let i = 0; i < list.length; i += 2) {
        out[i] = list[i]! - last;
        out[i + 1] = list[i + 1]!;
        last = list[i]!;
      }
      return out;
    }),
  };
  return JSON.stringify(data);
}

/**
 * Reads a serialised index (the string or its parsed JSON). Posting lists are decoded on
 * first use: a query touches a few dozen terms, so loading stays one JSON.parse.
 */
export function loadIndex(serialized: string | unknown): SearchIndex {
  const data = (typeof serialized === 'string' ? JSON.parse(serialized) : serialized) as SerializedIndex;
  if (!data || data.format !== INDEX_FORMAT) throw new Error(`not a ${INDEX_FORMAT} search index`);
  const docs = data.docs.map(([slug, name, category, colors, priceCents]) => ({
    slug,
    name,
    category: data.categories[category]!.slug,
    colors: colors.map((c) => data.colors[c]!.id),
    priceCents,
  }));
  const decoded: (Int32Array | undefined)[] = new Array(data.terms.length);
  const postings = (id: number): Int32Array => {
    let list = decoded[id];
    if (!list) {
      const raw = data.postings[id]!;
      list = new Int32Array(raw.length);
      let doc = 0;
      for (let i = 0; i < raw.length; i += 2) {
        doc += raw[i]!;
        list[i] = doc;
        list[i + 1] = raw[i + 1]!;
      }
      decoded[id] = list;
    }
    return list;
  };
  const lexicon = createLexicon(data.locale, categoryHeads(data.categories), data.colors);
  return assemble(data.locale, data.scope, lexicon, docs, data.categories, data.colors, data.terms, postings);
}

/** Weight of a posting as a number comparable across terms (before idf). */
export function postingWeight(stored: number): number {
  return stored / WEIGHT_SCALE;
}

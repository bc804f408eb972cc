/**
 * The engines the search benchmark compares, behind one small interface. Every engine gets
 * the same analysed text (Kassa's normaliser: folding, stemming, compound heads) and the same
 * expanded query (synonyms, colour words), so the comparison is about the engines: index
 * size, speed, typo and prefix matching, ranking, not about who tokenises Dutch better.
 */
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { create as createOrama, insertMultiple, load as loadOrama, save as saveOrama, search as searchOrama } from '@orama/orama';
import type { Category, Product } from '../src/features/catalog/catalog.schema.ts';
import type { Locale } from '../src/lib/i18n/locales.ts';
import { analyzeQuery, analyzeText, createLexicon, type Lexicon, type QueryClause } from '../src/features/search/analyze.ts';
import { allowedEdits } from '../src/features/search/edit-distance.ts';
import {
  buildSearchIndex,
  fieldBoosts,
  loadIndex,
  serializeIndex,
  type IndexScope,
  type SearchIndex,
} from '../src/features/search/search-index.ts';
import { search as kassaSearch } from '../src/features/search/search.ts';

export type Engine<T> = {
  name: string;
  /** Module source esbuild bundles to measure the code the browser downloads with this engine. */
  bundleEntry: string;
  build(products: readonly Product[], locale: Locale, categories: readonly Category[]): T | Promise<T>;
  serialize(built: T): string | Promise<string>;
  load(payload: string, locale: Locale, categories: readonly Category[], products: readonly Product[]): T | Promise<T>;
  search(loaded: T, query: string, limit: number): string[] | Promise<string[]>;
};

const src = new URL('../src/features/search/', import.meta.url).pathname;
const analyserExports = `export { analyzeQuery, createLexicon } from '${src}analyze.ts';`;

function kassaEngine(scope: IndexScope): Engine<SearchIndex> {
  return {
    name: scope === 'compact' ? 'kassa' : 'kassa (full text)',
    bundleEntry: `export { loadIndex } from '${src}search-index.ts'; export { search } from '${src}search.ts'; export { highlight } from '${src}highlight.ts';`,
    build: (products, locale, categories) => buildSearchIndex(products, locale, { categories, scope }),
    serialize: (index) => serializeIndex(index),
    load: (payload) => loadIndex(payload),
    search: (index, query, limit) => kassaSearch(index, query, { limit }).map((hit) => hit.slug),
  };
}

// The libraries index the same fields as Kassa's compact scope, analysed by Kassa's analyser.
type FieldName = 'name' | 'color' | 'category' | 'summary';
const FIELDS: FieldName[] = ['name', 'color', 'category', 'summary'];
type AnalysedDoc = { id: number; slug: string } & Record<FieldName, string>;

function lexiconFor(products: readonly Product[], locale: Locale, categories: readonly Category[]): Lexicon {
  const colors = new Map(products.flatMap((p) => p.colors.map((c) => [c.id, c] as const)));
  return createLexicon(
    locale,
    categories.flatMap((c) => [c.slug, c.name.nl, c.name.en]),
    [...colors.values()],
  );
}

function analysed(text: string, lexicon: Lexicon): string {
  const out: string[] = [];
  for (const [term, weight] of analyzeText(text, lexicon)) for (let i = 0; i < Math.max(1, Math.round(weight)); i++) out.push(term);
  return out.join(' ');
}

function analysedDocs(products: readonly Product[], locale: Locale, categories: readonly Category[]): AnalysedDoc[] {
  const lexicon = lexiconFor(products, locale, categories);
  return [...products]
    .sort((a, b) => b.popularity - a.popularity)
    .map((p, id) => {
      const category = categories.find((c) => c.slug === p.category);
      const colourText = p.colors.map((c) => [c.id, c.name.nl, c.name.en, ...colorFamily(c.id, lexicon)].join(' ')).join(' ');
      return {
        id,
        slug: p.slug,
        name: analysed(p.name[locale], lexicon),
        color: analysed(colourText, lexicon),
        category: analysed(`${category?.name[locale] ?? ''} ${p.category}`, lexicon),
        summary: analysed(p.shortDescription[locale], lexicon),
      };
    });
}

function colorFamily(id: string, lexicon: Lexicon): string[] {
  return [...lexicon.colorIdsByWord].filter(([, ids]) => ids.includes(id)).map(([word]) => word);
}

/** The query as clauses of alternative terms; the last clause is being typed. */
function clausesOf(query: string, lexicon: Lexicon): QueryClause[] {
  return analyzeQuery(query, lexicon);
}

type MiniState = { mini: MiniSearch<AnalysedDoc>; lexicon: Lexicon };
const miniOptions = {
  fields: FIELDS,
  storeFields: ['slug'],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
};

const miniEngine: Engine<MiniState> = {
  name: 'minisearch',
  bundleEntry: `export { default } from 'minisearch'; ${analyserExports}`,
  build(products, locale, categories) {
    const mini = new MiniSearch<AnalysedDoc>(miniOptions);
    mini.addAll(analysedDocs(products, locale, categories));
    return { mini, lexicon: lexiconFor(products, locale, categories) };
  },
  serialize: ({ mini }) => JSON.stringify(mini),
  load: (payload, locale, categories, products) => ({
    mini: MiniSearch.loadJSON<AnalysedDoc>(payload, miniOptions),
    lexicon: lexiconFor(products, locale, categories),
  }),
  search({ mini, lexicon }, query, limit) {
    const clauses = clausesOf(query, lexicon);
    if (clauses.length === 0) return [];
    const synonyms = new Set(clauses.flatMap((c) => c.variants.filter((v) => !v.own).map((v) => v.term)));
    const options = {
      boost: { name: fieldBoosts.name, color: fieldBoosts.color, category: fieldBoosts.category, summary: fieldBoosts.summary },
      weights: { fuzzy: 0.6, prefix: 0.75 },
      // Synonyms count a little less than the word typed, as in Kassa's engine.
      boostTerm: (term: string) => (synonyms.has(term) ? 0.85 : 1),
    };
    const queries = clauses.map((clause) => ({
      combineWith: 'OR' as const,
      queries: clause.variants.map((v) => v.term),
      prefix: clause.prefix,
      fuzzy: (term: string) => allowedEdits(term) || false,
    }));
    let results = mini.search({ combineWith: 'AND', queries }, options);
    if (results.length === 0) results = mini.search({ combineWith: 'OR', queries }, options);
    return results.slice(0, limit).map((r) => r['slug'] as string);
  },
};

type FlexState = { fields: Record<FieldName, FlexIndex>; slugs: string[]; lexicon: Lexicon };
const flexOptions = { tokenize: 'forward' as const, resolution: 9, encode: (text: string) => text.split(' ').filter(Boolean) };

const flexEngine: Engine<FlexState> = {
  name: 'flexsearch',
  bundleEntry: `export { Index } from 'flexsearch'; ${analyserExports}`,
  build(products, locale, categories) {
    const docs = analysedDocs(products, locale, categories);
    const fields = Object.fromEntries(FIELDS.map((f) => [f, new FlexIndex(flexOptions)])) as Record<FieldName, FlexIndex>;
    for (const doc of docs) for (const f of FIELDS) if (doc[f]) fields[f].add(doc.id, doc[f]);
    return { fields, slugs: docs.map((d) => d.slug), lexicon: lexiconFor(products, locale, categories) };
  },
  async serialize({ fields, slugs }) {
    const chunks: Record<string, Record<string, string>> = {};
    for (const f of FIELDS) {
      chunks[f] = {};
      await fields[f].export((key, data) => {
        chunks[f]![String(key)] = data as string;
      });
    }
    return JSON.stringify({ slugs, chunks });
  },
  load(payload, locale, categories, products) {
    const data = JSON.parse(payload) as { slugs: string[]; chunks: Record<FieldName, Record<string, string>> };
    const fields = Object.fromEntries(FIELDS.map((f) => [f, new FlexIndex(flexOptions)])) as Record<FieldName, FlexIndex>;
    for (const f of FIELDS) for (const [key, value] of Object.entries(data.chunks[f])) fields[f].import(key, value);
    return { fields, slugs: data.slugs, lexicon: lexiconFor(products, locale, categories) };
  },
  // FlexSearch returns ranked ids without scores: a hit scores by field boost and rank.
  search({ fields, slugs, lexicon }, query, limit) {
    const clauses = clausesOf(query, lexicon);
    if (clauses.length === 0) return [];
    const total = new Map<number, number>();
    const matched = new Map<number, number>();
    for (const clause of clauses) {
      const best = new Map<number, number>();
      for (const variant of clause.variants) {
        for (const f of FIELDS) {
          const ids = fields[f].search(variant.term, { limit: 2000, suggest: true }) as number[];
          ids.forEach((id, rank) => {
            const score = fieldBoosts[f] * variant.weight * (1 - rank / (ids.length + 1));
            if (score > (best.get(id) ?? 0)) best.set(id, score);
          });
        }
      }
      for (const [id, score] of best) {
        total.set(id, (total.get(id) ?? 0) + score);
        matched.set(id, (matched.get(id) ?? 0) + 1);
      }
    }
    const most = Math.max(0, ...matched.values());
    return [...total]
      .filter(([id]) => matched.get(id) === most)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => slugs[id]!);
  },
};

const oramaSchema = { slug: 'string', name: 'string', color: 'string', category: 'string', summary: 'string' } as const;
type OramaState = { db: ReturnType<typeof newOrama>; lexicon: Lexicon };
function newOrama() {
  return createOrama({
    schema: oramaSchema,
    components: {
      tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw: string) => raw.split(' ').filter(Boolean) },
    },
  });
}

const oramaEngine: Engine<OramaState> = {
  name: 'orama',
  bundleEntry: `export { create, load, search } from '@orama/orama'; ${analyserExports}`,
  async build(products, locale, categories) {
    const db = newOrama();
    await insertMultiple(
      db,
      analysedDocs(products, locale, categories).map(({ id: _id, ...doc }) => doc),
      1000,
    );
    return { db, lexicon: lexiconFor(products, locale, categories) };
  },
  serialize: ({ db }) => JSON.stringify(saveOrama(db)),
  load(payload, locale, categories, products) {
    const db = newOrama();
    loadOrama(db, JSON.parse(payload));
    return { db, lexicon: lexiconFor(products, locale, categories) };
  },
  async search({ db, lexicon }, query, limit) {
    const clauses = clausesOf(query, lexicon);
    if (clauses.length === 0) return [];
    const term = clauses.flatMap((c) => c.variants.map((v) => v.term)).join(' ');
    const longest = Math.max(...clauses.map((c) => c.variants[0]!.term.length));
    const results = await searchOrama(db, {
      term,
      properties: FIELDS,
      boost: { name: fieldBoosts.name, color: fieldBoosts.color, category: fieldBoosts.category, summary: fieldBoosts.summary },
      // Orama has one tolerance for the whole query, not one per word length.
      tolerance: allowedEdits('x'.repeat(longest)),
      limit,
    });
    return results.hits.map((hit) => hit.document.slug as string);
  },
};

export const engines: Engine<unknown>[] = [
  kassaEngine('compact') as Engine<unknown>,
  kassaEngine('full') as Engine<unknown>,
  miniEngine as Engine<unknown>,
  flexEngine as Engine<unknown>,
  oramaEngine as Engine<unknown>,
];

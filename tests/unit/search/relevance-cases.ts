/**
 * What a shopper types and which demo products must come up. Shared by the relevance test
 * and scripts/bench-search.ts, which scores every engine on the same cases (on generated
 * catalogs a product counts as its demo model: "regenjas-wolkbreuk-texel-pro-1a" is
 * "regenjas-wolkbreuk").
 *
 * `within: 1` means the first result is one of `anyOf`; `within: 3` means one of `anyOf`
 * (or every one of `allOf`) is among the first three.
 */
import type { Locale } from '../../../src/lib/i18n/locales.ts';

export type RelevanceCase = {
  query: string;
  locale: Locale;
  within: 1 | 3;
  anyOf?: readonly string[];
  allOf?: readonly string[];
  /** What the case is about, for the report. */
  kind: 'exact' | 'typo' | 'prefix' | 'plural' | 'diminutive' | 'compound' | 'synonym' | 'colour' | 'diacritics' | 'english';
};

const rainJackets = [
  'regenjas-wolkbreuk',
  'regenjas-motregen',
  'regenjas-stadsfietser',
  'regenjas-hoosbui-dames',
  'regenjas-polder-reflect',
  'kinderregenjas-plasje',
  'regenjack-sprint',
  'parka-noordwester',
];
const ponchos = ['fietsponcho-schuilbui', 'poncho-motregen-ultralicht', 'noodponcho-zakformaat', 'kinderponcho-plasje'];
const panniers = ['dubbele-fietstas-wolkbreuk', 'fietstas-grachtengordel', 'laptop-fietstas-kantoor', 'shopper-fietstas-markt'];
const rainTrousers = [
  'regenbroek-wolkbreuk',
  'regenbroek-motregen',
  'overbroek-snelzit',
  'kinderregenbroek-plasje',
  'regensalopette-noordwester',
];

export const relevanceCases: readonly RelevanceCase[] = [
  { kind: 'exact', locale: 'nl', query: 'regenjas', within: 1, anyOf: ['regenjas-wolkbreuk'] },
  { kind: 'exact', locale: 'nl', query: 'REGENJAS Wolkbreuk', within: 1, anyOf: ['regenjas-wolkbreuk'] },
  {
    kind: 'exact',
    locale: 'nl',
    query: 'wolkbreuk',
    within: 3,
    allOf: ['regenjas-wolkbreuk', 'regenbroek-wolkbreuk', 'dubbele-fietstas-wolkbreuk'],
  },
  { kind: 'typo', locale: 'nl', query: 'regnjas', within: 3, anyOf: ['regenjas-wolkbreuk'] },
  { kind: 'typo', locale: 'nl', query: 'fietstsa', within: 1, anyOf: panniers },
  { kind: 'typo', locale: 'nl', query: 'poncoh', within: 1, anyOf: ponchos },
  { kind: 'typo', locale: 'en', query: 'glovse', within: 1, anyOf: ['regenhandschoenen-grip'] },
  { kind: 'typo', locale: 'nl', query: 'overschoenn', within: 1, anyOf: ['overschoenen-droogvoet'] },
  { kind: 'prefix', locale: 'nl', query: 'regenj', within: 1, anyOf: rainJackets },
  { kind: 'prefix', locale: 'nl', query: 'over', within: 3, allOf: ['overschoenen-droogvoet', 'overbroek-snelzit'] },
  { kind: 'prefix', locale: 'en', query: 'handleb', within: 1, anyOf: ['stuurtas-kompas'] },
  { kind: 'prefix', locale: 'nl', query: 'softsh', within: 1, anyOf: ['softshell-zeebries'] },
  { kind: 'english', locale: 'en', query: 'rain jacket', within: 1, anyOf: rainJackets },
  { kind: 'english', locale: 'en', query: 'gloves', within: 1, anyOf: ['regenhandschoenen-grip'] },
  { kind: 'english', locale: 'en', query: 'saddle cover', within: 1, anyOf: ['zadelhoes-droogzit'] },
  { kind: 'english', locale: 'en', query: 'handlebar bag', within: 1, anyOf: ['stuurtas-kompas'] },
  { kind: 'english', locale: 'en', query: 'trousers', within: 1, anyOf: rainTrousers },
  { kind: 'english', locale: 'en', query: 'sou’wester', within: 1, anyOf: ['zuidwester-klassiek'] },
  { kind: 'synonym', locale: 'nl', query: 'gloves', within: 1, anyOf: ['regenhandschoenen-grip'] },
  { kind: 'synonym', locale: 'nl', query: 'rain jacket', within: 1, anyOf: rainJackets },
  { kind: 'synonym', locale: 'en', query: 'pannier', within: 1, anyOf: [...panniers, 'fietsrugzak-tweeling'] },
  { kind: 'synonym', locale: 'en', query: 'pants', within: 1, anyOf: rainTrousers },
  { kind: 'synonym', locale: 'en', query: 'overshoes', within: 1, anyOf: ['overschoenen-droogvoet'] },
  { kind: 'plural', locale: 'nl', query: 'handschoenen', within: 1, anyOf: ['regenhandschoenen-grip'] },
  { kind: 'plural', locale: 'nl', query: 'regenjassen', within: 1, anyOf: rainJackets },
  { kind: 'plural', locale: 'nl', query: 'overschoen', within: 1, anyOf: ['overschoenen-droogvoet'] },
  { kind: 'plural', locale: 'nl', query: 'fietstassen', within: 1, anyOf: panniers },
  { kind: 'plural', locale: 'en', query: 'ponchos', within: 1, anyOf: ponchos },
  { kind: 'diminutive', locale: 'nl', query: 'zadeltasje', within: 1, anyOf: ['zadeltasje-klein'] },
  { kind: 'diminutive', locale: 'nl', query: 'zadeltasjes', within: 1, anyOf: ['zadeltasje-klein'] },
  { kind: 'diminutive', locale: 'nl', query: 'regenjasje', within: 1, anyOf: rainJackets },
  { kind: 'compound', locale: 'nl', query: 'jas', within: 1, anyOf: rainJackets },
  { kind: 'compound', locale: 'nl', query: 'kinderjas', within: 1, anyOf: ['kinderregenjas-plasje'] },
  { kind: 'compound', locale: 'nl', query: 'tas', within: 1, anyOf: panniers },
  { kind: 'compound', locale: 'nl', query: 'helmhoes', within: 1, anyOf: ['helmhoes-reflect'] },
  { kind: 'compound', locale: 'nl', query: 'rugzak', within: 3, allOf: ['fietsrugzak-tweeling', 'regenhoes-rugzak'] },
  {
    kind: 'colour',
    locale: 'nl',
    query: 'gele regenjas',
    within: 1,
    anyOf: ['regenjas-motregen', 'kinderregenjas-plasje', 'regenjas-polder-reflect'],
  },
  { kind: 'colour', locale: 'en', query: 'black poncho', within: 1, anyOf: ['poncho-motregen-ultralicht'] },
  {
    kind: 'colour',
    locale: 'nl',
    query: 'zwarte fietstas',
    within: 1,
    anyOf: ['dubbele-fietstas-wolkbreuk', 'fietstas-grachtengordel', 'laptop-fietstas-kantoor'],
  },
  {
    kind: 'colour',
    locale: 'en',
    query: 'yellow rain jacket',
    within: 1,
    anyOf: ['regenjas-motregen', 'kinderregenjas-plasje', 'regenjas-polder-reflect'],
  },
  { kind: 'colour', locale: 'nl', query: 'roze poncho', within: 1, anyOf: ['kinderponcho-plasje'] },
  {
    kind: 'colour',
    locale: 'en',
    query: 'red bag',
    within: 1,
    anyOf: ['fietstas-grachtengordel', 'shopper-fietstas-markt', 'zadeltasje-klein'],
  },
  {
    kind: 'colour',
    locale: 'nl',
    query: 'blauwe regenbroek',
    within: 1,
    anyOf: ['regenbroek-wolkbreuk', 'kinderregenbroek-plasje', 'regenbroek-motregen'],
  },
  { kind: 'diacritics', locale: 'nl', query: "poncho's", within: 1, anyOf: ponchos },
  { kind: 'diacritics', locale: 'nl', query: 'knieën', within: 1, anyOf: ['kinderregenbroek-plasje'] },
  { kind: 'diacritics', locale: 'nl', query: 'knieen', within: 1, anyOf: ['kinderregenbroek-plasje'] },
  { kind: 'diacritics', locale: 'nl', query: 'Regenjás', within: 1, anyOf: ['regenjas-wolkbreuk'] },
];

/** Whether the slugs (best first) satisfy a case; `modelOf` maps a generated slug to its demo model. */
export function caseHolds(testCase: RelevanceCase, slugs: readonly string[], modelOf: (slug: string) => string = (s) => s): boolean {
  const top = slugs.slice(0, testCase.within).map(modelOf);
  if (testCase.allOf && !testCase.allOf.every((slug) => top.includes(slug))) return false;
  if (testCase.anyOf && !testCase.anyOf.some((slug) => top.includes(slug))) return false;
  return true;
}

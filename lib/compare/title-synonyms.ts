import type { AnalysedStatement } from "./analyse";
import { TITLES } from "./gazetteer";
import type { Lexicon } from "./lexicon";

/**
 * `nameTerm` (per term id, 1 for a name, title or country; similarity.ts buildVectors) with the synonym-set terms of
 * titles flagged too. A title ("Secretary", "Prime Minister") is no name, so the vectors give it its WordNet synonym
 * sets, but two sentences that share those sets share only the title: for the alignment's rules that ask what a
 * sentence brings besides names ("Prime Minister Pashinyan informed Secretary Blinken about housing" next to
 * "…held a phone call with Secretary Blinken"), they are names. A new array; `nameTerm` is not changed.
 */
export function withTitleSynonyms(nameTerm: Uint8Array, analysed: readonly AnalysedStatement[], lexicon: Lexicon): Uint8Array {
  const flags = new Uint8Array(lexicon.terms.length);
  flags.set(nameTerm);
  // Every statement language: a title quoted in English inside a Russian readout has synonym sets there too
  // (Lexicon.synonymsApply); in an English statement every word has them.
  const languages = Array.from(new Set(analysed.map((statement) => statement.language)));
  const tables = languages.map((language) => lexicon.termTable(language));
  lexicon.words.forEach((word, id) => {
    if (!TITLES.has(word)) return;
    languages.forEach((language, k) => {
      // Only the terms the statements' words already have (the lexicon's caches): nothing new is interned.
      const terms = tables[k][id];
      if (!terms || !lexicon.synonymsApply(id, language)) return;
      for (const term of terms) for (const set of lexicon.synonymTerms(term)) flags[set] = 1;
    });
  });
  return flags;
}

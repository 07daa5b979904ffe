import type { AnalysedStatement } from "./analyse";
import { TITLES } from "./gazetteer";
import type { Lexicon } from "./lexicon";
import { hasSynonyms } from "./synonyms";

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
  const languages = new Set(analysed.filter((statement) => hasSynonyms(statement.language)).map((statement) => statement.language));
  if (languages.size === 0) return flags;
  // Only the terms the statements' words already have (the lexicon's caches): nothing new is interned.
  const tables = Array.from(languages, (language) => lexicon.termTable(language));
  lexicon.words.forEach((word, id) => {
    if (!TITLES.has(word)) return;
    for (const table of tables) for (const term of table[id] ?? []) for (const set of lexicon.synonymTerms(term)) flags[set] = 1;
  });
  return flags;
}

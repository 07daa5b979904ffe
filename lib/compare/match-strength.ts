import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";
import { foldCase } from "./normalise";
import type { RowMatch } from "./types";

// At most this many matched words of each kind are listed: enough to say why the row was formed.
const MAX_LISTED = 8;

export interface CellSource {
  statement: AnalysedStatement;
  units: readonly Unit[];
}

/**
 * What a row's cells have in common, for the reader to judge the row (issue 11, "Each row shows its match strength
 * and what matched"): the words, names and numbers found in at least two cells (as first written, case-folded, at
 * most MAX_LISTED each), and `weak` when the row rests on less than the alignment threshold (a mutual best match)
 * or on synonyms alone. `similarity` is the row's mean pairwise similarity. Returns null for a one-cell row.
 */
export function matchOf(cells: readonly CellSource[], lexicon: Lexicon, nameTerm: Uint8Array, similarity: number, threshold: number): RowMatch | null {
  if (cells.length < 2) return null;
  const termSets = cells.map(({ statement, units }) => {
    const terms = new Set<number>();
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) for (const term of lexicon.termsOf(statement.tokens.words[t], statement.language)) terms.add(term);
    }
    return terms;
  });
  const cellsWith = new Map<number, number>();
  for (const terms of termSets) for (const term of terms) cellsWith.set(term, (cellsWith.get(term) ?? 0) + 1);
  const words: string[] = [];
  const names: string[] = [];
  const numbers: string[] = [];
  const listed = new Set<number>();
  for (const { statement, units } of cells) {
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) {
        for (const term of lexicon.termsOf(statement.tokens.words[t], statement.language)) {
          if ((cellsWith.get(term) ?? 0) < 2 || listed.has(term)) continue;
          listed.add(term);
          const list = lexicon.isNumberTerm(term) ? numbers : nameTerm[term] ? names : words;
          if (list.length < MAX_LISTED) list.push(statement.text.slice(statement.tokens.starts[t], statement.tokens.ends[t]));
        }
      }
    }
  }
  const strength = similarity >= threshold && words.length + numbers.length > 0 ? "strong" : "weak";
  // The matching fold's case folding: a statement's language tag may be anything, and toLocaleLowerCase throws on some.
  return { strength, words: words.map(foldCase), names, numbers };
}

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
  const scratch = scratchFor(lexicon);
  const row = scratch.next();
  // Per term: the number of cells it is in (counted once per cell), kept in per-term arrays stamped with the row and cell.
  for (const { statement, units } of cells) {
    const cell = scratch.next();
    const table = lexicon.termTable(statement.language);
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) {
        const wordId = statement.tokens.words[t];
        const terms = table[wordId] ?? lexicon.termsOf(wordId, statement.language);
        for (let k = 0; k < terms.length; k++) scratch.countCell(terms[k], row, cell);
      }
    }
  }
  const words: string[] = [];
  const names: string[] = [];
  const numbers: string[] = [];
  for (const { statement, units } of cells) {
    const table = lexicon.termTable(statement.language);
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) {
        const wordId = statement.tokens.words[t];
        const terms = table[wordId] ?? lexicon.termsOf(wordId, statement.language);
        for (let k = 0; k < terms.length; k++) {
          const term = terms[k];
          if (scratch.cellsWith(term, row) < 2 || scratch.listedIn[term] === row) continue;
          scratch.listedIn[term] = row;
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

/**
 * Per-term counters for matchOf, one set per comparison (per Lexicon, so they go with it): stamped with a row or cell
 * number instead of cleared, so a row costs no Set or Map. Four Int32Arrays of the comparison's term count
 * (16 bytes per term).
 */
class MatchScratch {
  /** The row whose count `count[term]` holds. */
  private rowOf = new Int32Array(0);
  /** The last cell that counted the term. */
  private cellOf = new Int32Array(0);
  private count = new Int32Array(0);
  listedIn = new Int32Array(0);
  private stamp = 0;

  /** A fresh row or cell number. */
  next(): number {
    return ++this.stamp;
  }

  countCell(term: number, row: number, cell: number): void {
    if (term >= this.count.length) this.grow(term);
    if (this.rowOf[term] !== row) {
      this.rowOf[term] = row;
      this.count[term] = 0;
    }
    if (this.cellOf[term] !== cell) {
      this.cellOf[term] = cell;
      this.count[term]++;
    }
  }

  /** Cells of `row` holding the term (0 for a term not counted in this row). */
  cellsWith(term: number, row: number): number {
    return term < this.count.length && this.rowOf[term] === row ? this.count[term] : 0;
  }

  private grow(term: number): void {
    const size = Math.max(term + 1, this.count.length * 2, 1024);
    const widen = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.rowOf = widen(this.rowOf);
    this.cellOf = widen(this.cellOf);
    this.count = widen(this.count);
    this.listedIn = widen(this.listedIn);
  }
}

const scratches = new WeakMap<Lexicon, MatchScratch>();

function scratchFor(lexicon: Lexicon): MatchScratch {
  let scratch = scratches.get(lexicon);
  if (!scratch) scratches.set(lexicon, (scratch = new MatchScratch()));
  return scratch;
}

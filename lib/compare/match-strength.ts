import type { AnalysedStatement, Unit } from "./analyse";
import type { Lexicon } from "./lexicon";
import { foldCase } from "./normalise";
import { roundSimilarity, type SparseVector } from "./similarity";
import type { SoftMatcher } from "./soft-synonyms";
import { hasSynonyms } from "./synonyms";
import type { RowMatch, SimilarWord } from "./types";

// At most this many matched words of each kind are listed: enough to say why the row was formed.
const MAX_LISTED = 8;

export interface CellSource {
  statement: AnalysedStatement;
  units: readonly Unit[];
}

/** What matchOf needs to judge a row as the alignment did: the soft matcher and each cell's vector. */
export interface NearMatching {
  /** The comparison's soft matcher; null when soft matching is off (softMatcherFor). */
  soft: SoftMatcher | null;
  /** Each cell's vector (the sum of its units' vectors), in the order of `cells`. */
  cellVectors: readonly SparseVector[];
}

/**
 * What a row's cells have in common, for the reader to judge the row (issue 11, "Each row shows its match strength
 * and what matched"): the words, names and numbers found in at least two cells (as first written, case-folded, at
 * most MAX_LISTED each), the words matched in other words (WordNet synonyms, GloVe neighbours; similarWordsOf), and
 * `weak` when the row's similarity is below the alignment threshold (a mutual best match) or it shares only names.
 * `similarity` is the row's mean pairwise cosine; with `near`, strength is judged by the mean pairwise soft
 * similarity instead, the score the alignment used (soft-synonyms.ts). Returns null for a one-cell row.
 */
export function matchOf(cells: readonly CellSource[], lexicon: Lexicon, nameTerm: Uint8Array, similarity: number, threshold: number, near?: NearMatching): RowMatch | null {
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
  const soft = near?.soft ?? null;
  // The same walk gathers each English cell's words that may be said in other words (similarWordsOf), when two cells are English.
  let englishCells = 0;
  for (const cell of cells) if (hasSynonyms(cell.statement.language)) englishCells++;
  const similarOf: (number[] | null)[] = [];
  for (const { statement, units } of cells) {
    const table = lexicon.termTable(statement.language);
    const gather = englishCells >= 2 && hasSynonyms(statement.language);
    let similar: number[] | null = null;
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) {
        const wordId = statement.tokens.words[t];
        const terms = table[wordId] ?? lexicon.termsOf(wordId, statement.language);
        for (let k = 0; k < terms.length; k++) {
          const term = terms[k];
          if (gather && !nameTerm[term] && !lexicon.isNumberTerm(term) && (lexicon.synonymTerms(term).length > 0 || soft?.hasNeighbours(term))) (similar ??= []).push(term);
          if (scratch.cellsWith(term, row) < 2 || scratch.listedIn[term] === row) continue;
          scratch.listedIn[term] = row;
          const list = lexicon.isNumberTerm(term) ? numbers : nameTerm[term] ? names : words;
          if (list.length < MAX_LISTED) list.push(statement.text.slice(statement.tokens.starts[t], statement.tokens.ends[t]));
        }
      }
    }
    similarOf.push(similar);
  }
  const similarWords = englishCells >= 2 ? similarWordsOf(cells, similarOf, lexicon, nameTerm, soft) : [];
  const judged = near?.soft ? softMeanSimilarity(cells, near.soft, near.cellVectors) : similarity;
  const strength = judged >= threshold && words.length + numbers.length + similarWords.length > 0 ? "strong" : "weak";
  // The matching fold's case folding: a statement's language tag may be anything, and toLocaleLowerCase throws on some.
  return { strength, words: words.map(foldCase), names, numbers, similarWords, similarity: judged };
}

/** Mean pairwise soft similarity of the cells (2 decimals, as AlignedRow.similarity); plain cosine for non-English pairs. */
function softMeanSimilarity(cells: readonly CellSource[], soft: SoftMatcher, cellVectors: readonly SparseVector[]): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < cells.length; i++) {
    for (let j = i + 1; j < cells.length; j++) {
      const english = hasSynonyms(cells[i].statement.language) && hasSynonyms(cells[j].statement.language);
      total += soft.vectorSimilarity(cellVectors[i], cellVectors[j], english);
      pairs++;
    }
  }
  return roundSimilarity(total / pairs);
}

/**
 * A cell's plain word terms (no names, numbers or synonym-set terms), each with its first token, and those of them
 * that may be said in other words (with a synonym set or a soft neighbour).
 */
interface CellWords {
  source: CellSource;
  /** Term id → index of the first token with it. */
  tokenOf: Map<number, number>;
  /** Terms with a synonym set or a soft neighbour, in text order, each once. */
  similar: number[];
}

/** The CellWords of a cell whose words that may be said in other words (`similar`, in text order) matchOf gathered. */
function cellWordsOf(source: CellSource, similar: number[], lexicon: Lexicon, nameTerm: Uint8Array): CellWords {
  const { statement, units } = source;
  const table = lexicon.termTable(statement.language);
  const tokenOf = new Map<number, number>();
  for (const unit of units) {
    for (let t = unit.tokenFrom; t < unit.tokenTo; t++) {
      const wordId = statement.tokens.words[t];
      const terms = table[wordId] ?? lexicon.termsOf(wordId, statement.language);
      for (let k = 0; k < terms.length; k++) if (!tokenOf.has(terms[k]) && !nameTerm[terms[k]] && !lexicon.isNumberTerm(terms[k])) tokenOf.set(terms[k], t);
    }
  }
  return { source, tokenOf, similar: [...new Set(similar)] };
}

function textOf({ source: { statement }, tokenOf }: CellWords, term: number): string {
  const t = tokenOf.get(term)!;
  return foldCase(statement.text.slice(statement.tokens.starts[t], statement.tokens.ends[t]));
}

function shareSynonymSet(lexicon: Lexicon, x: number, y: number): boolean {
  const xs = lexicon.synonymTerms(x);
  if (xs.length === 0) return false;
  const ys = lexicon.synonymTerms(y);
  for (const set of xs) if (ys.includes(set)) return true;
  return false;
}

/**
 * Words of one cell that another cell says in other words, for each pair of English cells: a word the other cell
 * lacks, paired with a word of the other cell that the first lacks and that shares a WordNet synonym set with it (as
 * the vectors count it, similarity.ts), else with its GloVe neighbour of highest cosine (as the soft bonus credits
 * it, soft-synonyms.ts). Each pair of terms once, at most MAX_LISTED. `similarOf`: per cell, its words that may be
 * said in other words (null for a cell that is not English or has none), as matchOf gathered them.
 */
function similarWordsOf(cells: readonly CellSource[], similarOf: readonly (number[] | null)[], lexicon: Lexicon, nameTerm: Uint8Array, soft: SoftMatcher | null): SimilarWord[] {
  const words = cells.map((cell, c) => (similarOf[c] ? cellWordsOf(cell, similarOf[c], lexicon, nameTerm) : null));
  const listed: SimilarWord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < cells.length; i++) {
    const first = words[i];
    if (!first) continue;
    for (let j = i + 1; j < cells.length; j++) {
      const second = words[j];
      if (!second) continue;
      // From the earlier cell's words, then from the later cell's: a pair is listed as (earlier, later).
      for (const [own, other, earlierFirst] of [[first, second, true], [second, first, false]] as const) {
        const unshared = (term: number) => other.tokenOf.has(term) && !own.tokenOf.has(term);
        for (const x of own.similar) {
          if (other.tokenOf.has(x)) continue;
          let partner = -1;
          let kind: SimilarWord["kind"] = "synonym";
          for (const y of other.similar) {
            if (!own.tokenOf.has(y) && shareSynonymSet(lexicon, x, y)) {
              partner = y;
              break;
            }
          }
          if (partner < 0 && soft) {
            partner = soft.nearestNeighbour(x, unshared);
            kind = "neighbour";
          }
          if (partner < 0) continue;
          const [a, b] = earlierFirst ? [x, partner] : [partner, x];
          const key = a < b ? `${a}:${b}` : `${b}:${a}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (listed.length >= MAX_LISTED) return listed;
          listed.push({ kind, a: textOf(earlierFirst ? own : other, a), b: textOf(earlierFirst ? other : own, b) });
        }
      }
    }
  }
  return listed;
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

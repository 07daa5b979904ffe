import type { AnalysedStatement, Unit } from "./analyse";
import { TITLES } from "./gazetteer";
import type { Lexicon } from "./lexicon";

/** A TF-IDF vector over term ids, terms ascending. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

// Names and numbers are what independent readouts of one call share even when every other word
// differs, so they count double.
const NAME_OR_NUMBER_BOOST = 2;

export const EMPTY_VECTOR: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0), norm: 0 };

/**
 * Word ids that appear capitalised somewhere other than at the start of a sentence: those are
 * names, and a sentence-initial capital on the same word is a name too. Titles ("the Secretary")
 * are capitalised without naming anyone, so they get no boost.
 */
function nameWords(statements: readonly AnalysedStatement[], lexicon: Lexicon): Set<number> {
  const names = new Set<number>();
  for (const statement of statements) {
    const { codes, sentenceInitial, count } = statement.tokens;
    for (let i = 0; i < count; i++) {
      if (codes[i] & 1 && !sentenceInitial[i] && !TITLES.has(lexicon.words[codes[i] >> 1])) names.add(codes[i] >> 1);
    }
  }
  return names;
}

interface TermCounts {
  terms: Int32Array;
  counts: Float64Array;
  boosts: Float64Array;
}

function countTerms(statement: AnalysedStatement, unit: Unit, lexicon: Lexicon, names: Set<number>): TermCounts {
  const counts = new Map<number, number>();
  const boosts = new Map<number, number>();
  const { codes } = statement.tokens;
  for (let i = unit.tokenFrom; i < unit.tokenTo; i++) {
    const wordId = codes[i] >> 1;
    const isName = names.has(wordId);
    for (const term of lexicon.termsOf(wordId, statement.language)) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (isName || lexicon.isNumberTerm(term)) boosts.set(term, NAME_OR_NUMBER_BOOST);
    }
  }
  const terms = Int32Array.from(counts.keys()).sort();
  return {
    terms,
    counts: Float64Array.from(terms, (term) => counts.get(term)!),
    boosts: Float64Array.from(terms, (term) => boosts.get(term) ?? 1),
  };
}

export interface VectorSpace {
  vectors: SparseVector[];
  /** Number of units containing each term. */
  documentFrequency: Int32Array;
}

/** One TF-IDF vector per unit; document frequencies are counted over the units of all statements. */
export function buildVectors(
  statements: readonly AnalysedStatement[],
  units: readonly Unit[],
  lexicon: Lexicon,
): VectorSpace {
  const names = nameWords(statements, lexicon);
  const counted = units.map((unit) => countTerms(statements[unit.statement], unit, lexicon, names));
  const documentFrequency = new Int32Array(lexicon.terms.length);
  for (const { terms } of counted) for (const term of terms) documentFrequency[term]++;
  const unitCount = Math.max(1, units.length);
  const vectors = counted.map(({ terms, counts, boosts }) => {
    const weights = new Float64Array(terms.length);
    let squares = 0;
    for (let k = 0; k < terms.length; k++) {
      const idf = Math.log(1 + unitCount / documentFrequency[terms[k]]);
      weights[k] = (1 + Math.log(counts[k])) * idf * boosts[k];
      squares += weights[k] * weights[k];
    }
    return { terms, weights, norm: Math.sqrt(squares) };
  });
  return { vectors, documentFrequency };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const difference = a.terms[i] - b.terms[j];
    if (difference === 0) dot += a.weights[i++] * b.weights[j++];
    else if (difference < 0) i++;
    else j++;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

/** The vector of several units read as one text (a cell with two sentences). */
export function sumVectors(vectors: readonly SparseVector[]): SparseVector {
  if (vectors.length === 1) return vectors[0];
  const sums = new Map<number, number>();
  for (const vector of vectors) {
    for (let k = 0; k < vector.terms.length; k++) sums.set(vector.terms[k], (sums.get(vector.terms[k]) ?? 0) + vector.weights[k]);
  }
  const terms = Int32Array.from(sums.keys()).sort();
  const weights = Float64Array.from(terms, (term) => sums.get(term)!);
  let squares = 0;
  for (const weight of weights) squares += weight * weight;
  return { terms, weights, norm: Math.sqrt(squares) };
}

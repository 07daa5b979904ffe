import { cosine, cosineScattered, substanceMask, substantiveCosine, type SparseVector, type VectorSpace } from "./similarity";

/** Two units of different statements that are similar enough to share a row. */
export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

// A term in more units than this is too common to suggest a pair by itself. It still counts in the
// exact similarity of every pair found through rarer terms; it just does not generate candidates.
// Without this bound, candidate generation is quadratic in the size of the input.
const MIN_INFORMATIVE_DF = 8;
const INFORMATIVE_DF_PER_STATEMENT = 2;

/**
 * All cross-statement unit pairs with cosine similarity ≥ threshold, found through an inverted
 * index over informative terms rather than by comparing every pair. Dot products over informative
 * terms are accumulated from the index; the exact cosine is computed only for pairs that could
 * still reach the threshold once the common terms are added (bounded by Cauchy–Schwarz).
 * Sorted strongest first, ties by unit ids, so that greedy grouping is deterministic.
 */
export function similarPairs(
  vectors: readonly SparseVector[],
  unitStatement: Int32Array,
  documentFrequency: Int32Array,
  statementCount: number,
  threshold: number,
): Edge[] {
  const maxDf = Math.max(MIN_INFORMATIVE_DF, INFORMATIVE_DF_PER_STATEMENT * statementCount);
  const termCount = documentFrequency.length;
  const informative = (term: number) => documentFrequency[term] <= maxDf;

  // Postings in compressed rows: (unit, weight) for term t at offsets[t] .. offsets[t + 1], units ascending.
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + (informative(t) ? documentFrequency[t] : 0);
  const postingUnits = new Int32Array(offsets[termCount]);
  const postingWeights = new Float64Array(offsets[termCount]);
  const filled = offsets.slice(0, termCount);
  // Norm of each vector's common (non-informative) part: the most those terms can add to a dot product.
  const commonNorm = new Float64Array(vectors.length);
  vectors.forEach((vector, unit) => {
    let squares = 0;
    for (let k = vector.from; k < vector.to; k++) {
      const term = vector.terms[k];
      if (informative(term)) {
        postingUnits[filled[term]] = unit;
        postingWeights[filled[term]++] = vector.weights[k];
      } else squares += vector.weights[k] ** 2;
    }
    commonNorm[unit] = Math.sqrt(squares);
  });

  const edges: Edge[] = [];
  const partial = new Float64Array(vectors.length);
  // The current unit's weights by term, for exact similarities with its candidates.
  const dense = new Float64Array(termCount);
  // This unit's candidates (each once: its partial score is 0 until first found), as a typed array
  // with a count, because emptying a JS array frees its storage and it would regrow for every unit.
  const candidates = new Int32Array(vectors.length);
  let candidateCount = 0;
  vectors.forEach((vector, unit) => {
    if (vector.norm === 0) return;
    for (let k = vector.from; k < vector.to; k++) {
      const term = vector.terms[k];
      if (!informative(term)) continue;
      for (let p = offsets[term + 1] - 1; p >= offsets[term]; p--) {
        const other = postingUnits[p];
        if (other <= unit) break;
        if (unitStatement[other] === unitStatement[unit]) continue;
        if (partial[other] === 0) candidates[candidateCount++] = other;
        partial[other] += vector.weights[k] * postingWeights[p];
      }
    }
    for (let k = vector.from; k < vector.to; k++) dense[vector.terms[k]] = vector.weights[k];
    for (let c = 0; c < candidateCount; c++) {
      const other = candidates[c];
      const norms = vector.norm * vectors[other].norm;
      const upperBound = (partial[other] + commonNorm[unit] * commonNorm[other]) / norms;
      partial[other] = 0;
      if (upperBound < threshold) continue;
      const similarity = cosineScattered(dense, vector.norm, vectors[other]);
      if (similarity >= threshold && similarity > 0) edges.push({ a: unit, b: other, similarity });
    }
    for (let k = vector.from; k < vector.to; k++) dense[vector.terms[k]] = 0;
    candidateCount = 0;
  });
  for (const edge of commonOnlyPairs(vectors, unitStatement, informative, threshold)) edges.push(edge);
  edges.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  return edges;
}

// Units made only of common terms are compared with each other directly up to this many; past it,
// only units with the very same terms are paired (by hash), which keeps the cost linear.
const MAX_COMMON_ONLY_UNITS = 1500;

/**
 * Pairs the inverted index cannot see: units whose every term is too common to generate candidates.
 * A sentence that stands word for word in two statements must share a row however common its words
 * are in the event (e.g. a sentence naming the two countries and the treaty, in a report where every
 * sentence does), so such units are paired when their terms are identical, and compared with each other
 * outright while they are few. Any pair with an informative term in common is found by the index.
 */
function commonOnlyPairs(
  vectors: readonly SparseVector[],
  unitStatement: Int32Array,
  informative: (term: number) => boolean,
  threshold: number,
): Edge[] {
  const commonOnly: number[] = [];
  vectors.forEach((vector, unit) => {
    if (vector.norm === 0) return;
    for (let k = vector.from; k < vector.to; k++) if (informative(vector.terms[k])) return;
    commonOnly.push(unit);
  });
  const edges: Edge[] = [];
  const consider = (a: number, b: number) => {
    if (unitStatement[a] === unitStatement[b]) return;
    const similarity = cosine(vectors[a], vectors[b]);
    if (similarity >= threshold && similarity > 0) edges.push({ a, b, similarity });
  };
  if (commonOnly.length <= MAX_COMMON_ONLY_UNITS) {
    for (let i = 0; i < commonOnly.length; i++) for (let j = i + 1; j < commonOnly.length; j++) consider(commonOnly[i], commonOnly[j]);
    return edges;
  }
  // Buckets by a hash of the terms (collisions are harmless: every pair is scored exactly).
  const byTerms = new Map<number, number[]>();
  for (const unit of commonOnly) {
    const { terms, from, to } = vectors[unit];
    let key = 0x811c9dc5;
    for (let k = from; k < to; k++) key = Math.imul(key ^ terms[k], 0x01000193);
    const bucket = byTerms.get(key);
    if (bucket) {
      for (const other of bucket) consider(other, unit);
      bucket.push(unit);
    } else byTerms.set(key, [unit]);
  }
  return edges;
}

// Of the alignment threshold, the share two units must reach on their words other than names, titles and countries.
export const SUBSTANCE_SHARE = 0.25;

/**
 * The edges whose units share more than names, titles and countries: their similarity without those terms
 * (substantiveCosine) is at least SUBSTANCE_SHARE × threshold. A shared name alone never makes a row
 * (issue 11, "A shared name makes a row"). Keeps the order of `edges`.
 */
export function withSubstance(edges: readonly Edge[], space: VectorSpace, threshold: number): Edge[] {
  const { vectors } = space;
  return edges.filter(({ a, b }) => substantiveCosine(vectors[a], vectors[b], substanceMask(space, a, b)) >= threshold * SUBSTANCE_SHARE);
}

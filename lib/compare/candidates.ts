import { cosine, type SparseVector } from "./similarity";

/** Two units of different statements that are similar enough to share a row. */
export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

// A term in more units than this is too common to suggest a pair by itself. It still counts in the
// exact similarity of every pair found through rarer terms; it just does not generate candidates.
// Without this bound, candidate generation is quadratic in the size of the input.
const MIN_INFORMATIVE_DF = 16;
const INFORMATIVE_DF_PER_STATEMENT = 4;

/**
 * All cross-statement unit pairs with cosine similarity ≥ threshold, found through an inverted
 * index over informative terms rather than by comparing every pair. Sorted strongest first, ties
 * by unit ids, so that greedy grouping is deterministic.
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

  // Postings in compressed rows: units containing term t are postings[offsets[t] .. offsets[t + 1]], ascending.
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + (documentFrequency[t] <= maxDf ? documentFrequency[t] : 0);
  const postings = new Int32Array(offsets[termCount]);
  const filled = offsets.slice(0, termCount);
  vectors.forEach((vector, unit) => {
    for (const term of vector.terms) if (documentFrequency[term] <= maxDf) postings[filled[term]++] = unit;
  });

  const edges: Edge[] = [];
  const lastSeenBy = new Int32Array(vectors.length).fill(-1);
  const candidates: number[] = [];
  vectors.forEach((vector, unit) => {
    candidates.length = 0;
    for (const term of vector.terms) {
      if (documentFrequency[term] > maxDf) continue;
      for (let p = offsets[term + 1] - 1; p >= offsets[term]; p--) {
        const other = postings[p];
        if (other <= unit) break;
        if (unitStatement[other] === unitStatement[unit] || lastSeenBy[other] === unit) continue;
        lastSeenBy[other] = unit;
        candidates.push(other);
      }
    }
    for (const other of candidates) {
      const similarity = cosine(vector, vectors[other]);
      if (similarity >= threshold && similarity > 0) edges.push({ a: unit, b: other, similarity });
    }
  });
  edges.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  return edges;
}

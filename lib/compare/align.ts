import type { Edge } from "./candidates";
import type { ExchangeSets } from "./exchange-sets";
import type { UnitRoles } from "./roles";
import { cosine, substantiveCosine, sumVectors, type SparseVector } from "./similarity";

/** At most this many segments of one statement share a row: enough for a claim split over a few sentences. */
const MAX_SEGMENTS_PER_CELL = 3;
// Joining two groups through one strong pair also pairs every other member; on average those
// pairs must still be at least this fraction of the threshold, or a chain A~B~C with A≁C forms.
const CHAIN_COHESION = 0.5;
// No name terms (when the caller gives none).
const NO_NAMES = new Uint8Array(0);

export interface AlignmentInput {
  vectors: readonly SparseVector[];
  unitStatement: Int32Array;
  /** Each unit's position among its statement's units. */
  unitPosition: Int32Array;
  edges: readonly Edge[];
  threshold: number;
  /** Per statement, the exchanges it reports (exchange-sets.ts); a row's statements must share one. Absent: no constraint. */
  exchangeSets?: ExchangeSets;
  /** Similarity of two units for the cohesion of a merge; absent: their cosine. (Soft matching, soft-synonyms.ts.) */
  similarity?: (a: number, b: number) => number;
  /**
   * Per term id, 1 for a name's term (similarity.ts buildVectors; with the synonym sets of titles, title-synonyms.ts):
   * names say nothing about which part of a claim a sentence holds.
   */
  nameTerm?: Uint8Array;
  /** Per unit, 1 when it holds a negation cue of its language ("did not", "rejected"): such a neighbour says the opposite. */
  negated?: Uint8Array;
  /**
   * Who did what to whom in each unit (roles.ts): two units that swap the roles of one act and say different things
   * besides (UnitRoles.twoClaims) never share a row.
   */
  roles?: UnitRoles;
}

/** What a merge does: nothing, join the two groups, or join them with `evicted` leaving its row first. */
type Verdict = false | true | { evicted: number };

/** Terms of `vectors[units]` (a set, for membership tests). */
function termsOf(vectors: readonly SparseVector[], units: readonly number[]): Set<number> {
  const terms = new Set<number>();
  for (const unit of units) for (let k = vectors[unit].from; k < vectors[unit].to; k++) terms.add(vectors[unit].terms[k]);
  return terms;
}

/** Whether two vectors (terms ascending) share a term other than a name (`nameTerm`). */
function sharesWords(a: SparseVector, b: SparseVector, nameTerm: Uint8Array | undefined): boolean {
  for (let i = a.from, j = b.from; i < a.to && j < b.to; ) {
    const difference = a.terms[i] - b.terms[j];
    if (difference === 0 && !nameTerm?.[a.terms[i]]) return true;
    if (difference <= 0) i++;
    if (difference >= 0) j++;
  }
  return false;
}

/**
 * Whether `unit` completes its statement's `cell` in a row whose other statements' terms are `rest`: at least half of
 * its terms other than names are in the rest, and at least half of those not yet in the cell (one at least) are. "The Secretary reiterated support
 * for Armenia's sovereignty. The Secretary reiterated support for its territorial integrity." against "…support for
 * Armenia's sovereignty and territorial integrity.": the first sentence repeats the second's frame, so the summed
 * vector's cosine falls although it brings the claim's other half (tester 57 #4). The containment test of
 * versions/pair.ts extendSplit, on the alignment's terms.
 */
function completesCell(vectors: readonly SparseVector[], nameTerm: Uint8Array | undefined, cell: readonly number[], unit: number, rest: ReadonlySet<number>): boolean {
  const inCell = termsOf(vectors, cell);
  const { terms, from, to } = vectors[unit];
  let own = 0;
  let inRest = 0;
  let novel = 0;
  let brings = 0;
  for (let k = from; k < to; k++) {
    if (nameTerm?.[terms[k]]) continue;
    own++;
    const fresh = !inCell.has(terms[k]);
    if (fresh) novel++;
    if (!rest.has(terms[k])) continue;
    inRest++;
    if (fresh) brings++;
  }
  // What it adds to the cell must be mostly the rest's: "…urged Azerbaijan to withdraw its troops from the border"
  // brings "border" to "…urged Azerbaijan to respect the ceasefire" against "…respect the ceasefire along the
  // border", but "withdraw" and "troops" are a claim of its own, which the other statement left out (tester 61 F8).
  return brings > 0 && 2 * brings >= novel && 2 * inRest >= own;
}

/**
 * Greedy agglomerative grouping: strongest pairs first, each merge checked so that a row holds one
 * claim. Two groups that both already contain the same statement never merge; a single segment may
 * join its own statement's cell only when it is adjacent to it and makes the cell more similar to
 * the rest of the row, or brings the rest's words the cell lacked (completesCell: the claim was split over
 * consecutive sentences); statements that report no exchange in
 * common never share a row, nor do two units that swap the roles of one act around different complements (`roles`:
 * "A thanked B for X" / "B thanked A for Y"). A cell never holds a
 * sentence that negates and its neighbour that does not while the rest of the row does not negate; when the negated
 * one was paired first, the one whose words other than names are nearer the rest keeps the place, and the other
 * becomes a row of its own (it may pair elsewhere later). Returns groups of unit ids,
 * including single-unit groups for units nothing matched.
 */
export function groupUnits({ vectors, unitStatement, unitPosition, edges, threshold, exchangeSets, similarity, nameTerm, negated, roles }: AlignmentInput): number[][] {
  const groups: number[][] = [];
  const groupOf = new Int32Array(vectors.length);
  for (let unit = 0; unit < vectors.length; unit++) {
    groups.push([unit]);
    groupOf[unit] = unit;
  }

  const meanCrossSimilarity = (x: number[], y: number[]): number => {
    let total = 0;
    for (const a of x) for (const b of y) total += similarity ? similarity(a, b) : cosine(vectors[a], vectors[b]);
    return total / (x.length * y.length);
  };

  // Whether some unit of x and some unit of y of another statement swap the roles of one act around different
  // complements ("A thanked B for X" / "B thanked A for Y"); around the same one they are one claim, its roles contradicted.
  const swapRoles = (x: readonly number[], y: readonly number[]): boolean => {
    if (!roles?.any) return false;
    for (const a of x) for (const b of y) if (unitStatement[a] !== unitStatement[b] && roles.twoClaims(a, b)) return true;
    return false;
  };

  const canJoinOwnCell = (group: number[], unit: number): Verdict => {
    const statement = unitStatement[unit];
    const cell = group.filter((member) => unitStatement[member] === statement);
    if (cell.length >= MAX_SEGMENTS_PER_CELL) return false;
    const positions = [...cell, unit].map((member) => unitPosition[member]).sort((p, q) => p - q);
    if (positions[positions.length - 1] - positions[0] !== positions.length - 1) return false;
    const others = group.filter((member) => unitStatement[member] !== statement);
    if (swapRoles(others, [unit])) return false;
    if (negated && !others.some((member) => negated[member])) {
      // A neighbour that negates what the rest of the row affirms ("They did not discuss any withdrawal of troops",
      // "Moscow rejected any withdrawal") is a claim of its own, which the other statements did not make (tester 62 F7).
      if (negated[unit]) return false;
      // The other order: the negated sentence was paired first, through the names it repeats ("Blinken and Aliyev did
      // not agree on the ban on visits" with "Blinken and Aliyev agreed to meet in Baku"), and its neighbour arrives
      // ("They will meet in Baku"). The two never share the cell; the row keeps the one whose words other than names
      // are nearer the rest, and the other becomes a row of its own. "Did not agree to meet" against "agreed to meet"
      // stays the row's partner, and the row shows the contradiction.
      if (cell.some((member) => negated[member])) {
        if (cell.length > 1 || meanCrossSimilarity(others, [unit]) < threshold * CHAIN_COHESION) return false;
        const rest = sumVectors(others.map((member) => vectors[member]));
        const names = nameTerm ?? NO_NAMES;
        return substantiveCosine(vectors[unit], rest, names) > substantiveCosine(vectors[cell[0]], rest, names) ? { evicted: cell[0] } : false;
      }
    }
    const rest = sumVectors(others.map((member) => vectors[member]));
    const before = cosine(sumVectors(cell.map((member) => vectors[member])), rest);
    const after = cosine(sumVectors([...cell, unit].map((member) => vectors[member])), rest);
    // Shared names alone raise the cosine of any neighbour ("Pashinyan informed Blinken about housing" joined the row
    // of "Blinken spoke with Pashinyan"): names say nothing about which part of a claim a sentence holds.
    return (after > before && sharesWords(vectors[unit], rest, nameTerm)) || completesCell(vectors, nameTerm, cell, unit, termsOf(vectors, others));
  };

  const canMerge = (x: number[], y: number[]): Verdict => {
    // Every statement of the merged row must report one exchange in common (a claim is about one exchange).
    if (exchangeSets && !exchangeSets.unitsShare(x, y, unitStatement)) return false;
    const xStatements = new Set(x.map((unit) => unitStatement[unit]));
    if (!y.some((unit) => xStatements.has(unitStatement[unit]))) {
      return meanCrossSimilarity(x, y) >= threshold * CHAIN_COHESION && !swapRoles(x, y);
    }
    if (y.length === 1) return canJoinOwnCell(x, y[0]);
    if (x.length === 1) return canJoinOwnCell(y, x[0]);
    return false;
  };

  for (const { a, b } of edges) {
    const x = groupOf[a];
    const y = groupOf[b];
    if (x === y) continue;
    const verdict = canMerge(groups[x], groups[y]);
    if (verdict === false) continue;
    if (verdict !== true) {
      // The evicted unit leaves its row for a row of its own; the arriving unit takes its place.
      const { evicted } = verdict;
      const row = groupOf[evicted];
      groups[row] = groups[row].filter((unit) => unit !== evicted);
      groupOf[evicted] = groups.length;
      groups.push([evicted]);
    }
    const [into, from] = groups[x].length >= groups[y].length ? [x, y] : [y, x];
    for (const unit of groups[from]) {
      groups[into].push(unit);
      groupOf[unit] = into;
    }
    groups[from] = [];
  }
  return groups.filter((group) => group.length > 0);
}

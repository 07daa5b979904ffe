import type { SentenceMatch } from "./pair";

/**
 * Which matched sentences changed place. Matches are first grouped into runs: matches consecutive in a and in b
 * (what stayed together). The runs that keep their order are the chain increasing in both versions with the most
 * runs, and among those the most sentences (a heaviest increasing subsequence over runs, by a Fenwick tree of
 * prefix maxima, O(r log r)); diff tools that detect moves work from the same idea (git's --color-moved: unchanged
 * order is the backbone, the rest moved). Counting runs rather than sentences keeps the moves fewest: a tie in
 * sentences never picks the chain that leaves three passages to move over one that leaves two. The runs outside the
 * chain are the moved passages; then neighbouring passages that together fill one stretch of b and one stretch of a
 * are one passage whose order changed inside (mergeNeighbours: three thousand sentences reversed are one moved
 * passage, not 2,999 moves). Returns each passage's match indexes in b's order.
 * Invariant (tested): for texts made of blocks of sentences put in another order, the passages are at most the
 * blocks outside the longest increasing run of blocks.
 */
export function detectMoves(matches: readonly SentenceMatch[]): number[][] {
  const order = matches.map((_, index) => index).sort((x, y) => matches[x].a[0] - matches[y].a[0]);
  const lastA = (m: number) => matches[m].a[matches[m].a.length - 1];
  const lastB = (m: number) => matches[m].b[matches[m].b.length - 1];
  // Runs: matches consecutive in a and in b, in a's order.
  const runs: number[][] = [];
  for (const m of order) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (previous !== undefined && matches[m].a[0] === lastA(previous) + 1 && matches[m].b[0] === lastB(previous) + 1) run.push(m);
    else runs.push([m]);
  }
  const kept = keptRuns(
    runs.map((run) => matches[run[0]].b[0]),
    runs.map((run) => run.length),
  );
  const passages: number[][] = [];
  runs.forEach((run, r) => {
    if (!kept[r]) passages.push(run);
  });
  return mergeNeighbours(matches, passages);
}

/**
 * The runs (in a's order, each with its first b sentence and its number of matches) on the chain increasing in b
 * with the most runs and, among those, the most matches. Fenwick tree over b ranks of the best chain ending at or
 * below each rank; a chain's score is runs × 2^21 + matches (exact in a double for up to 2^31 matches).
 */
function keptRuns(firstB: number[], sizes: number[]): Uint8Array {
  const count = firstB.length;
  const rankOf = new Int32Array(count);
  const byB = firstB.map((_, r) => r).sort((x, y) => firstB[x] - firstB[y]);
  byB.forEach((r, rank) => (rankOf[r] = rank + 1));
  const treeScore = new Float64Array(count + 1);
  const treeRun = new Int32Array(count + 1).fill(-1);
  const previous = new Int32Array(count).fill(-1);
  const score = new Float64Array(count);
  let best = -1;
  for (let r = 0; r < count; r++) {
    // Best chain among earlier runs (in a) with a smaller first b.
    let bestScore = 0;
    let bestRun = -1;
    for (let i = rankOf[r] - 1; i > 0; i -= i & -i) {
      if (treeScore[i] > bestScore) {
        bestScore = treeScore[i];
        bestRun = treeRun[i];
      }
    }
    score[r] = bestScore + 2 ** 21 + sizes[r];
    previous[r] = bestRun;
    for (let i = rankOf[r]; i <= count; i += i & -i) {
      if (score[r] > treeScore[i]) {
        treeScore[i] = score[r];
        treeRun[i] = r;
      }
    }
    // On a tie the chain ending later in a: what moved is then the earlier passage, read where it now stands.
    if (best < 0 || score[r] >= score[best]) best = r;
  }
  const kept = new Uint8Array(count);
  for (let r = best; r >= 0; r = previous[r]) kept[r] = 1;
  return kept;
}

/**
 * Passages (each consecutive in a and in b) joined when they stand next to each other in b and together cover one
 * unbroken stretch of a (no other sentence of a between them): what moved there moved together, in a new order.
 * Linear after a sort by b.
 */
function mergeNeighbours(matches: readonly SentenceMatch[], passages: number[][]): number[][] {
  if (passages.length < 2) return passages;
  const firstB = (passage: number[]) => matches[passage[0]].b[0];
  const lastB = (passage: number[]) => {
    const last = matches[passage[passage.length - 1]];
    return last.b[last.b.length - 1];
  };
  const firstA = (passage: number[]) => matches[passage[0]].a[0];
  const lastA = (passage: number[]) => {
    const last = matches[passage[passage.length - 1]];
    return last.a[last.a.length - 1];
  };
  const byB = passages.slice().sort((x, y) => firstB(x) - firstB(y));
  const merged: number[][] = [];
  let group = byB[0].slice();
  let low = firstA(byB[0]);
  let high = lastA(byB[0]);
  let sentencesA = high - low + 1;
  let endB = lastB(byB[0]);
  for (let p = 1; p < byB.length; p++) {
    const next = byB[p];
    const nextLow = Math.min(low, firstA(next));
    const nextHigh = Math.max(high, lastA(next));
    const nextSentences = sentencesA + lastA(next) - firstA(next) + 1;
    if (firstB(next) === endB + 1 && nextHigh - nextLow + 1 === nextSentences) {
      for (const m of next) group.push(m);
      [low, high, sentencesA] = [nextLow, nextHigh, nextSentences];
    } else {
      merged.push(group);
      group = next.slice();
      [low, high, sentencesA] = [firstA(next), lastA(next), lastA(next) - firstA(next) + 1];
    }
    endB = lastB(next);
  }
  merged.push(group);
  return merged;
}

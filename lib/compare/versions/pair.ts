import { dice, sameWords, type VersionSentence } from "./sentences";

/** Sentences of a and b that correspond (consecutive indexes on each side); `exact` when equal up to typography. */
export interface SentenceMatch {
  a: number[];
  b: number[];
  exact: boolean;
}

/**
 * Two sentences correspond when at least half of their distinct content words are shared (Dice ≥ 0.5).
 * A twenty-word sentence with three words swapped scores about 0.85; two unrelated sentences of one
 * readout about 0.1–0.3. Chosen on the issue-12 examples; not a published value.
 */
export const PAIR_MIN_DICE = 0.5;
/** A split or merge is taken when adding the neighbour raises the Dice score by at least this much. */
const SPLIT_GAIN = 0.1;
/** Words in more sentences than this are not used to find candidates (they say little about which sentence it is). */
const MAX_POSTINGS = 64;

// Each side's sentences by hash (non-empty ones, in order), kept while the array lives: the version finder pairs every
// statement with each of the others, and rebuilt these for every pair (at 10 statements × 50,000 words, ~8 MB of garbage).
const hashIndexes = new WeakMap<readonly VersionSentence[], Map<number, number[]>>();

function sentencesByHash(sentences: readonly VersionSentence[]): Map<number, number[]> {
  let byHash = hashIndexes.get(sentences);
  if (!byHash) {
    byHash = new Map();
    for (let j = 0; j < sentences.length; j++) {
      if (!sentences[j].words.length) continue;
      const list = byHash.get(sentences[j].hash);
      if (list) list.push(j);
      else byHash.set(sentences[j].hash, [j]);
    }
    hashIndexes.set(sentences, byHash);
  }
  return byHash;
}

/**
 * Pairs the sentences of two versions: first those equal up to typography (in order of appearance),
 * then the most similar remaining pairs (Dice over content words, ≥ PAIR_MIN_DICE; ties to the pair
 * nearer in relative position), then a neighbour that makes a 1:1 pair a split (one a sentence, two b
 * sentences) or a merge. Sentences left over are added or removed. Order is not required: a pair can
 * be anywhere, and detectMoves finds the ones that changed place. Cost: near-linear in the number of
 * sentences, plus the candidate scores through an inverted index of content words.
 */
export function pairSentences(a: readonly VersionSentence[], b: readonly VersionSentence[]): SentenceMatch[] {
  const pairOfA = new Int32Array(a.length).fill(-1);
  const pairOfB = new Int32Array(b.length).fill(-1);
  const matches: SentenceMatch[] = [];
  const link = (match: SentenceMatch) => {
    const index = matches.push(match) - 1;
    for (const i of match.a) pairOfA[i] = index;
    for (const j of match.b) pairOfB[j] = index;
  };

  // Equal sentences, first come first paired (a b sentence already paired is taken).
  const byHash = sentencesByHash(b);
  for (let i = 0; i < a.length; i++) {
    const list = byHash.get(a[i].hash);
    if (!list) continue;
    let at = 0;
    while (at < list.length && (pairOfB[list[at]] >= 0 || !sameWords(a[i].words, b[list[at]].words))) at++;
    if (at < list.length) link({ a: [i], b: [list[at]], exact: true });
  }

  // Similar sentences through an inverted index of b's content words (flat: ids are dense, 0 to the largest).
  let largestId = -1;
  for (const side of [a, b]) for (const sentence of side) for (let k = 0; k < sentence.content.length; k++) if (sentence.content[k] > largestId) largestId = sentence.content[k];
  const postingStart = new Int32Array(largestId + 2);
  for (let j = 0; j < b.length; j++) {
    if (pairOfB[j] >= 0) continue;
    const { content } = b[j];
    for (let k = 0; k < content.length; k++) postingStart[content[k] + 1]++;
  }
  for (let id = 0; id <= largestId; id++) postingStart[id + 1] += postingStart[id];
  const postings = new Int32Array(postingStart[largestId + 1]);
  const filled = postingStart.slice(0, largestId + 1);
  for (let j = 0; j < b.length; j++) {
    if (pairOfB[j] >= 0) continue;
    const { content } = b[j];
    for (let k = 0; k < content.length; k++) postings[filled[content[k]]++] = j;
  }
  const candidates: { i: number; j: number; score: number; distance: number }[] = [];
  // Shared content words per b sentence, counted through the postings (no set merge per candidate).
  const shared = new Int32Array(b.length);
  const touched = new Int32Array(b.length);
  const contentLengthB = new Int32Array(b.length);
  for (let j = 0; j < b.length; j++) contentLengthB[j] = b[j].content.length;
  for (let i = 0; i < a.length; i++) {
    if (pairOfA[i] >= 0) continue;
    const { content } = a[i];
    let touchedCount = 0;
    for (let k = 0; k < content.length; k++) {
      const from = postingStart[content[k]];
      const to = postingStart[content[k] + 1];
      if (to - from > MAX_POSTINGS) continue;
      for (let p = from; p < to; p++) if (shared[postings[p]]++ === 0) touched[touchedCount++] = postings[p];
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t];
      // Dice over content words; words too common to be indexed count as unshared, so this is a lower bound.
      // A necessary condition first (a hair under the threshold, against rounding): most fail it without a division.
      if (2 * shared[j] >= PAIR_MIN_DICE * (content.length + contentLengthB[j]) - 1e-9) {
        const score = (2 * shared[j]) / (content.length + contentLengthB[j]);
        if (score >= PAIR_MIN_DICE) candidates.push({ i, j, score, distance: Math.abs(i / a.length - j / b.length) });
      }
      shared[j] = 0;
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (pairOfA[i] < 0 && pairOfB[j] < 0) link({ a: [i], b: [j], exact: false });

  // Splits and merges: an unpaired neighbour that makes a changed pair match better.
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index];
    if (match.exact) continue;
    const [i] = match.a;
    const [j] = match.b;
    const base = dice(a[i].content, b[j].content);
    // The first of the best: b after, b before, a after, a before (a neighbour already paired gains 0).
    let side = "b";
    let k = j + 1;
    let best = j + 1 < b.length && pairOfB[j + 1] < 0 ? diceWithUnion(a[i].content, b[j].content, b[j + 1].content) - base : 0;
    const beforeB = j - 1 >= 0 && pairOfB[j - 1] < 0 ? diceWithUnion(a[i].content, b[j].content, b[j - 1].content) - base : 0;
    if (beforeB > best) [side, k, best] = ["b", j - 1, beforeB];
    const afterA = i + 1 < a.length && pairOfA[i + 1] < 0 ? diceWithUnion(b[j].content, a[i].content, a[i + 1].content) - base : 0;
    if (afterA > best) [side, k, best] = ["a", i + 1, afterA];
    const beforeA = i - 1 >= 0 && pairOfA[i - 1] < 0 ? diceWithUnion(b[j].content, a[i].content, a[i - 1].content) - base : 0;
    if (beforeA > best) [side, k, best] = ["a", i - 1, beforeA];
    if (best < SPLIT_GAIN) continue;
    if (side === "b") {
      match.b = [Math.min(j, k), Math.max(j, k)];
      pairOfB[k] = index;
    } else {
      match.a = [Math.min(i, k), Math.max(i, k)];
      pairOfA[k] = index;
    }
  }
  return matches;
}

/** dice(x, union(y, z)) (sentences.ts) without building the union: x, y and z distinct and ascending. */
function diceWithUnion(x: ArrayLike<number>, y: ArrayLike<number>, z: ArrayLike<number>): number {
  let unionSize = 0;
  let shared = 0;
  for (let i = 0, j = 0, k = 0; j < y.length || k < z.length; unionSize++) {
    const next = k >= z.length || (j < y.length && y[j] <= z[k]) ? y[j] : z[k];
    if (j < y.length && y[j] === next) j++;
    if (k < z.length && z[k] === next) k++;
    while (i < x.length && x[i] < next) i++;
    if (i < x.length && x[i] === next) {
      shared++;
      i++;
    }
  }
  return x.length + unionSize === 0 ? 1 : (2 * shared) / (x.length + unionSize);
}

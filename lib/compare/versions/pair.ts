import { dice, sameWords, union, type VersionSentence } from "./sentences";

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

  // Equal sentences, first come first paired.
  const byHash = new Map<number, number[]>();
  for (let j = 0; j < b.length; j++) {
    if (!b[j].words.length) continue;
    const list = byHash.get(b[j].hash);
    if (list) list.push(j);
    else byHash.set(b[j].hash, [j]);
  }
  for (let i = 0; i < a.length; i++) {
    const list = byHash.get(a[i].hash);
    if (!list) continue;
    const at = list.findIndex((j) => j >= 0 && sameWords(a[i].words, b[j].words));
    if (at < 0) continue;
    link({ a: [i], b: [list[at]], exact: true });
    list[at] = -1;
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
      const score = (2 * shared[j]) / (content.length + b[j].content.length);
      if (score >= PAIR_MIN_DICE) candidates.push({ i, j, score, distance: Math.abs(i / a.length - j / b.length) });
      shared[j] = 0;
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (pairOfA[i] < 0 && pairOfB[j] < 0) link({ a: [i], b: [j], exact: false });

  // Splits and merges: an unpaired neighbour that makes a changed pair match better.
  matches.forEach((match, index) => {
    if (match.exact) return;
    const [i] = match.a;
    const [j] = match.b;
    const base = dice(a[i].content, b[j].content);
    const gain = (side: "a" | "b", k: number): number => {
      if (side === "b") return k >= 0 && k < b.length && pairOfB[k] < 0 ? dice(a[i].content, union(b[j].content, b[k].content)) - base : 0;
      return k >= 0 && k < a.length && pairOfA[k] < 0 ? dice(union(a[i].content, a[k].content), b[j].content) - base : 0;
    };
    const options: [side: "a" | "b", k: number, gain: number][] = [
      ["b", j + 1, gain("b", j + 1)],
      ["b", j - 1, gain("b", j - 1)],
      ["a", i + 1, gain("a", i + 1)],
      ["a", i - 1, gain("a", i - 1)],
    ];
    const [side, k, best] = options.reduce((x, y) => (y[2] > x[2] ? y : x));
    if (best < SPLIT_GAIN) return;
    if (side === "b") {
      match.b = [Math.min(j, k), Math.max(j, k)];
      pairOfB[k] = index;
    } else {
      match.a = [Math.min(i, k), Math.max(i, k)];
      pairOfA[k] = index;
    }
  });
  return matches;
}

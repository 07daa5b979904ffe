import { GapOverlap, MAX_GAP_SENTENCES } from "./gap-overlap";
import { dice, sameSentence, type VersionSentence } from "./sentences";

/** Sentences of a and b that correspond (consecutive indexes on each side); `exact` when equal up to typography. */
export interface SentenceMatch {
  a: number[];
  b: number[];
  exact: boolean;
  /** Paired by place alone (pairInPlace: the one sentence left on each side between two pairs); never counted for version detection. */
  byPosition?: boolean;
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

const largestIds = new WeakMap<readonly VersionSentence[], number>();

/** The largest content word id of a side's sentences (-1 when none), kept while the array lives, as sentencesByHash. */
function largestContentId(sentences: readonly VersionSentence[]): number {
  let largest = largestIds.get(sentences);
  if (largest === undefined) {
    largest = -1;
    for (const sentence of sentences) for (let k = 0; k < sentence.content.length; k++) if (sentence.content[k] > largest) largest = sentence.content[k];
    largestIds.set(sentences, largest);
  }
  return largest;
}

function sentencesByHash(sentences: readonly VersionSentence[]): Map<number, number[]> {
  let byHash = hashIndexes.get(sentences);
  if (!byHash) {
    byHash = new Map();
    for (let j = 0; j < sentences.length; j++) {
      if (!sentences[j].words.length && sentences[j].symbols === undefined) continue;
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
    while (at < list.length && (pairOfB[list[at]] >= 0 || !sameSentence(a[i], b[list[at]]))) at++;
    if (at < list.length) link({ a: [i], b: [list[at]], exact: true });
  }

  // Similar sentences through an inverted index of b's content words (flat: ids are dense, 0 to the largest).
  const largestId = Math.max(largestContentId(a), largestContentId(b));
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
  const marks: SplitMarks = { inOne: new WordMarks(largestId), covered: new WordMarks(largestId) };
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
    // A hair under the threshold, against rounding (a gain of exactly 0.1 computes as 0.0999…). Below it, a long
    // sentence may still be split off a short one: extendSplit's containment test (a time phrase moved to a new sentence).
    if (best < SPLIT_GAIN - 1e-9) {
      // Only when an unpaired neighbour exists (most pairs of a long text have none: no content sets built).
      const freeB = (j + 1 < b.length && pairOfB[j + 1] < 0) || (j > 0 && pairOfB[j - 1] < 0);
      const freeA = (i + 1 < a.length && pairOfA[i + 1] < 0) || (i > 0 && pairOfA[i - 1] < 0);
      if (!(freeB && extendSplit(match.b, b, a, match.a, pairOfB, index, marks)) && freeA) extendSplit(match.a, a, b, match.b, pairOfA, index, marks);
      continue;
    }
    if (side === "b") {
      match.b = [Math.min(j, k), Math.max(j, k)];
      pairOfB[k] = index;
    } else {
      match.a = [Math.min(i, k), Math.max(i, k)];
      pairOfA[k] = index;
    }
    if (side === "b") extendSplit(match.b, b, a, match.a, pairOfB, index, marks);
    else extendSplit(match.a, a, b, match.b, pairOfA, index, marks);
  }
  return matches;
}

/** A split or merge takes at most this many sentences on its longer side: a paragraph written as one sentence (tester 61 F4: five or six joined with commas; was 4). */
export const MAX_SPLIT = 8;

/**
 * Grows a pair into a split (or merge), or a split by further unpaired neighbours on its longer side (returns whether
 * it grew): a neighbour joins when at least half
 * of its content words are in the one sentence on the other side and it brings one of them the pair lacked (the Dice
 * gain of SPLIT_GAIN gets out of reach as the pair grows). So a sentence split in three ("…, discussed the border and
 * discussed the prisoners." → three sentences) is one pair, not a split plus an added sentence (tester 12b A2.9).
 * `many` (indexes in `longer`) grows in place; `one` are the pair's indexes in `otherSide`.
 */
function extendSplit(
  many: number[],
  longer: readonly VersionSentence[],
  otherSide: readonly VersionSentence[],
  one: readonly number[],
  pairOf: Int32Array,
  index: number,
  marks: SplitMarks,
): boolean {
  const before = many.length;
  marks.inOne.clear();
  for (const o of one) marks.inOne.add(otherSide[o].content);
  while (many.length < MAX_SPLIT) {
    marks.covered.clear();
    for (const m of many) marks.covered.add(longer[m].content);
    let pick = -1;
    for (const k of [many[many.length - 1] + 1, many[0] - 1]) {
      if (k < 0 || k >= longer.length || pairOf[k] >= 0 || !longer[k].content.length) continue;
      const { content } = longer[k];
      let inOne = 0;
      let brings = 0;
      for (let w = 0; w < content.length; w++) {
        if (!marks.inOne.has(content[w])) continue;
        inOne++;
        if (!marks.covered.has(content[w])) brings++;
      }
      if (brings > 0 && 2 * inOne >= content.length) {
        pick = k;
        break;
      }
    }
    if (pick < 0) break;
    if (pick < many[0]) many.unshift(pick);
    else many.push(pick);
    pairOf[pick] = index;
  }
  return many.length > before;
}

/**
 * A set of word ids, emptied by a new stamp instead of clearing (one Int32Array over the ids of a pairing): the
 * membership tests of extendSplit without a binary search or a set per pair.
 */
class WordMarks {
  private readonly stampOf: Int32Array;
  private stamp = 0;

  constructor(largestId: number) {
    this.stampOf = new Int32Array(largestId + 1);
  }

  /** Empties the set. */
  clear(): void {
    this.stamp++;
  }

  add(ids: ArrayLike<number>): void {
    for (let k = 0; k < ids.length; k++) this.stampOf[ids[k]] = this.stamp;
  }

  has(id: number): boolean {
    return this.stampOf[id] === this.stamp;
  }
}

/** The words of the one side of a split, and those its many side already covers. */
interface SplitMarks {
  inOne: WordMarks;
  covered: WordMarks;
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

/**
 * Below PAIR_MIN_DICE, a sentence still corresponds to the one in the same place of the other version when they
 * share at least a quarter of their content words (Dice ≥ 0.25): "The sides discussed trade." / "The parties
 * discussed commerce." score 0.33. Chosen on the issue-12 tester's short-sentence examples (2026-12-01); not a
 * published value. Unrelated sentences of one readout mostly score 0.1–0.3, which is why this holds only in place.
 */
export const IN_PLACE_MIN_DICE = 0.25;
/** Gaps with more unpaired sentences than this on either side are left as they are (a rewrite, not an edit). */
const MAX_IN_PLACE_GAP = MAX_GAP_SENTENCES; // 8, as many as a GapOverlap byte holds
/**
 * At most this many sentences on each side of a gap pair by place alone, in order: a reworded passage of up to
 * three sentences reads as replaced lines (as line-based diff tools show a replaced block); a longer one as a rewrite.
 */
const MAX_BY_POSITION = 3;
/**
 * Sentences paired by place alone without a quarter of their content words in common (or joined by synonyms) share at
 * least this share of their distinct words, function words included (Dice):
 * "He welcomed the release of prisoners." / "He praised the freeing of detainees." score 0.5; a claim replaced by
 * another ("The ceasefire will hold along the entire line." / "The minister thanked his colleague for the
 * hospitality.", 0.14; "The ceasefire will hold." / "Yerevan welcomed the talks.", 0.25) stays removed and added.
 * Chosen on tester 37's examples (2026-12-02); not a published value.
 */
const BY_POSITION_MIN_WORD_DICE = 0.3;

/**
 * Dice over two sentences' content words (ids) where a word counts as shared when the other sentence has it or a word
 * that `related` says means the same: (matched in x + matched in y) / (|x| + |y|); 0 when both are empty.
 */
function meaningDice(x: ArrayLike<number>, y: ArrayLike<number>, related: (x: number, y: number) => boolean): number {
  if (x.length + y.length === 0) return 0;
  const matches = (word: number, other: ArrayLike<number>, swap: boolean) => {
    for (let k = 0; k < other.length; k++) if (other[k] === word || (swap ? related(other[k], word) : related(word, other[k]))) return true;
    return false;
  };
  let matched = 0;
  for (let i = 0; i < x.length; i++) if (matches(x[i], y, false)) matched++;
  for (let j = 0; j < y.length; j++) if (matches(y[j], x, true)) matched++;
  return matched / (x.length + y.length);
}

/** The distinct values of an id sequence, ascending. */
function distinctSorted(ids: ArrayLike<number>): Int32Array {
  const sorted = Int32Array.from(ids).sort();
  let size = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[size++] = sorted[k];
  return sorted.subarray(0, size);
}

/**
 * Pairs, for display, sentences left unpaired by pairSentences that sit in the same place: between the same two
 * pairs that kept their order (the longest chain of `matches` increasing on both sides), or before the first or
 * after the last. Inside such a gap the most similar sentences pair first (Dice ≥ IN_PLACE_MIN_DICE, one to one,
 * never crossing each other). So a short sentence with two words reworded is shown as one changed pair, not as a
 * removed and an added sentence (issue 12: corresponding sentences are never all deleted and all inserted).
 * When as many sentences (one to MAX_BY_POSITION) are left on each side between two pairs, or between a pair and the
 * start or the end of both texts, they are paired in order by place alone (`byPosition`) when each two still share a
 * quarter of their content words, counting a word the other sentence has or one that `related` (word ids → same
 * meaning, e.g. synonyms or one stem; default none) joins to one of its words (Dice ≥ IN_PLACE_MIN_DICE), or enough of
 * all their words (BY_POSITION_MIN_WORD_DICE): a sentence reworded in place ("He welcomed the release of prisoners." → "He praised the freeing of detainees.") is
 * one changed pair, as line-based diff tools show a replaced line. Returns `matches` followed by the new pairs
 * (`exact: false`); `matches` is not changed. Version detection (diffVersionsAtLeast) counts the pairs found by
 * similarity in place (a rewrite that swaps two words of every short sentence stays a version, tester 12b A5) but
 * never those by place alone, so a sentence in the same place never makes two texts versions by itself; with
 * `byPlace` false (the version finder's quick pass, which would not count them) they are not looked for.
 */
export function pairInPlace(
  a: readonly VersionSentence[],
  b: readonly VersionSentence[],
  matches: readonly SentenceMatch[],
  related: (x: number, y: number) => boolean = () => false,
  byPlace = true,
): SentenceMatch[] {
  const result = matches.slice();
  // The index in `result` of each sentence's pair (-1: unpaired), as pairSentences keeps them for extendSplit.
  const pairOfA = new Int32Array(a.length).fill(-1);
  const pairOfB = new Int32Array(b.length).fill(-1);
  matches.forEach((match, index) => {
    for (const i of match.a) pairOfA[i] = index;
    for (const j of match.b) pairOfB[j] = index;
  });
  const chain = orderedChain(matches);
  // Scores inside a gap: one pass over each sentence's words, not a merge per pair of sentences (gap-overlap.ts).
  const largestId = Math.max(largestContentId(a), largestContentId(b));
  const overlap = new GapOverlap(largestId);
  const marks: SplitMarks = { inOne: new WordMarks(largestId), covered: new WordMarks(largestId) };
  const scores = new Float64Array(MAX_GAP_SENTENCES);
  let afterA = -1;
  let afterB = -1;
  const fillGap = (beforeA: number, beforeB: number) => {
    // Collected up to one past the limit: between the few pairs of two unrelated texts a gap holds most of a text.
    const gapA = gapSentences(a, pairOfA, afterA + 1, beforeA);
    const gapB = gapSentences(b, pairOfB, afterB + 1, beforeB);
    if (!gapA.length || !gapB.length || gapA.length > MAX_IN_PLACE_GAP || gapB.length > MAX_IN_PLACE_GAP) return;
    const candidates: { i: number; j: number; score: number }[] = [];
    overlap.index(gapB.map((j) => b[j].content));
    for (const i of gapA) {
      if (!a[i].content.length) continue;
      overlap.scores(a[i].content, scores);
      for (let k = 0; k < gapB.length; k++) {
        const j = gapB[k];
        if (scores[k] >= IN_PLACE_MIN_DICE && b[j].content.length) candidates.push({ i, j, score: scores[k] });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    const taken: { i: number; j: number }[] = [];
    for (const { i, j } of candidates) {
      if (taken.some((t) => t.i === i || t.j === j || (t.i - i) * (t.j - j) < 0)) continue;
      taken.push({ i, j });
    }
    taken.sort((x, y) => x.i - y.i);
    for (const { i, j } of taken) {
      const match: SentenceMatch = { a: [i], b: [j], exact: false };
      const index = result.push(match) - 1;
      pairOfA[i] = index;
      pairOfB[j] = index;
      // A sentence merged from several in the other version (full stops dropped, or a lower-case word after one, so
      // the cutter joins them) pairs in place with the first, under PAIR_MIN_DICE; its other parts join as in
      // pairSentences, each mostly inside it, instead of showing as removed (tester 57's property run).
      if (!extendSplit(match.b, b, a, match.a, pairOfB, index, marks)) extendSplit(match.a, a, b, match.b, pairOfA, index, marks);
    }
    if (!byPlace) return;
    // As many sentences left on each side (up to MAX_BY_POSITION), between two pairs or between a pair and the start
    // or end of both texts: the same places, paired in order by place.
    const leftA = gapA.filter((i) => pairOfA[i] < 0);
    const leftB = gapB.filter((j) => pairOfB[j] < 0);
    if (!anchored || leftA.length !== leftB.length || leftA.length > MAX_BY_POSITION) return;
    if (leftA.some((i, k) => taken.some((t) => (t.i - i) * (t.j - leftB[k]) < 0))) return;
    // A claim replaced by another is no rewording: the two must still share some of their words, function words
    // included ("He welcomed the release of …" / "He praised the freeing of …"), else they stay removed and added.
    for (let k = 0; k < leftA.length; k++) {
      const [x, y] = [a[leftA[k]], b[leftB[k]]];
      if (meaningDice(x.content, y.content, related) >= IN_PLACE_MIN_DICE || dice(distinctSorted(x.words), distinctSorted(y.words)) >= BY_POSITION_MIN_WORD_DICE)
        result.push({ a: [leftA[k]], b: [leftB[k]], exact: false, byPosition: true });
    }
  };
  // Without a single pair there is no place to share: two unrelated texts stay removed and added.
  const anchored = chain.length > 0;
  for (const match of chain) {
    fillGap(match.a[0], match.b[0]);
    afterA = match.a[match.a.length - 1];
    afterB = match.b[match.b.length - 1];
  }
  fillGap(a.length, b.length);
  return result;
}

/** Unpaired sentences with words in [from, to), in order; at most MAX_IN_PLACE_GAP + 1 of them (more: the gap is left as it is). */
function gapSentences(sentences: readonly VersionSentence[], pairOf: Int32Array, from: number, to: number): number[] {
  const gap: number[] = [];
  for (let k = from; k < to && gap.length <= MAX_IN_PLACE_GAP; k++) if (pairOf[k] < 0 && sentences[k].words.length) gap.push(k);
  return gap;
}

/** The longest chain of matches that keeps its order on both sides (by first sentence), in order. O(n log n). */
function orderedChain(matches: readonly SentenceMatch[]): SentenceMatch[] {
  const byA = matches.slice().sort((x, y) => x.a[0] - y.a[0]);
  const tails: number[] = []; // tails[k]: index in byA of the smallest last b of a chain of length k + 1
  const previous = new Int32Array(byA.length).fill(-1);
  for (let m = 0; m < byA.length; m++) {
    const key = byA[m].b[0];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byA[tails[mid]].b[byA[tails[mid]].b.length - 1] < key) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[m] = tails[low - 1];
    tails[low] = m;
  }
  const chain: SentenceMatch[] = [];
  for (let m = tails.length ? tails[tails.length - 1] : -1; m >= 0; m = previous[m]) chain.push(byA[m]);
  return chain.reverse();
}

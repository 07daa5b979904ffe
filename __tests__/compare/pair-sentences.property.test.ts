/** @jest-environment node */
import fc from "fast-check";
import { MAX_SPLIT, PAIR_MIN_DICE, pairSentences, type SentenceMatch } from "@/lib/compare/versions/pair";
import { dice, sameWords, union, wordsHash, type VersionSentence } from "@/lib/compare/versions/sentences";

const SPLIT_GAIN = 0.1;
const MAX_POSTINGS = 64;

/**
 * pairSentences as it was before the split/merge gains were computed without building unions (reference), with the
 * growth of splits and merges by containment written plainly (sets, no binary search).
 */
function pairSentencesAsBefore(a: readonly VersionSentence[], b: readonly VersionSentence[]): SentenceMatch[] {
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
    // Growing by containment (tester 12b A2.6, A2.9): a neighbour with at least half of its content words in the one
    // sentence on the other side, bringing one the pair lacked; after the sentence after, the sentence before; up to
    // MAX_SPLIT (four until tester 61 F4 made it eight; this reference kept four and failed at seed 1738373878).
    const grow = (many: number[], longer: readonly VersionSentence[], one: Set<number>, pairOf: Int32Array): boolean => {
      const before = many.length;
      while (many.length < MAX_SPLIT) {
        const covered = new Set(many.flatMap((m) => Array.from(longer[m].content)));
        const pick = [many[many.length - 1] + 1, many[0] - 1].find((n) => {
          if (n < 0 || n >= longer.length || pairOf[n] >= 0 || !longer[n].content.length) return false;
          const inOne = Array.from(longer[n].content).filter((w) => one.has(w));
          return inOne.some((w) => !covered.has(w)) && 2 * inOne.length >= longer[n].content.length;
        });
        if (pick === undefined) break;
        if (pick < many[0]) many.unshift(pick);
        else many.push(pick);
        pairOf[pick] = index;
      }
      return many.length > before;
    };
    const contentSet = (side: readonly VersionSentence[], indexes: number[]) => new Set(indexes.flatMap((m) => Array.from(side[m].content)));
    if (best < SPLIT_GAIN - 1e-9) {
      if (!grow(match.b, b, contentSet(a, match.a), pairOfB)) grow(match.a, a, contentSet(b, match.b), pairOfA);
      return;
    }
    if (side === "b") {
      match.b = [Math.min(j, k), Math.max(j, k)];
      pairOfB[k] = index;
      grow(match.b, b, contentSet(a, match.a), pairOfB);
    } else {
      match.a = [Math.min(i, k), Math.max(i, k)];
      pairOfA[k] = index;
      grow(match.a, a, contentSet(b, match.b), pairOfA);
    }
  });
  return matches;
}

/** A version sentence from word ids: content = its distinct ids, ascending; typed or plain arrays, as both callers pass. */
function sentence(words: number[], typed: boolean): VersionSentence {
  const content = [...new Set(words)].sort((x, y) => x - y);
  return {
    piece: { start: 0, end: 0 },
    words: typed ? Int32Array.from(words) : words,
    starts: [],
    ends: [],
    content: typed ? Int32Array.from(content) : content,
    hash: wordsHash(words),
  };
}

// Few distinct words, so sentences overlap often; ids 0-2 are in nearly every sentence (past MAX_POSTINGS when long).
const wordsArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 3, max: 40 })), { minLength: 0, maxLength: 14 });
const versionArb = fc.array(wordsArb, { minLength: 0, maxLength: 90 });

describe("pairSentences", () => {
  it("pairs exactly as the version that built unions for split and merge gains", () => {
    let splits = 0;
    let similar = 0;
    fc.assert(
      fc.property(versionArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 }), fc.nat()), { maxLength: 60 }), fc.boolean(), (a, edits, typed) => {
        // b: a with some sentences reworded, dropped, split or duplicated, so every kind of pair occurs.
        const b = a.map((words) => [...words]);
        for (const [at, kind, word] of edits) {
          if (!b.length) break;
          const k = at % b.length;
          if (kind === -2) b.splice(k, 1);
          else if (kind === -1 && b[k].length > 3) b.splice(k, 1, b[k].slice(0, 3), b[k].slice(3));
          else if (kind === 0) b[k] = [...b[k], 3 + (word % 38)];
          else if (kind === 1 && b[k].length) b[k][word % b[k].length] = 3 + (word % 38);
          else b.splice(k, 0, [...b[k]]);
        }
        const sa = a.map((words) => sentence(words, typed));
        const sb = b.map((words) => sentence(words, typed));
        const matches: SentenceMatch[] = pairSentences(sa, sb);
        expect(matches).toEqual(pairSentencesAsBefore(sa, sb));
        splits += matches.filter((match) => match.a.length + match.b.length > 2).length;
        similar += matches.filter((match) => !match.exact).length;
      }),
      { numRuns: 400 },
    );
    // The inputs make splits and merges and similar (not equal) pairs: the comparison is not only of exact pairs.
    expect(splits).toBeGreaterThan(20);
    expect(similar).toBeGreaterThan(150);
    expect(PAIR_MIN_DICE).toBe(0.5);
  });

  it("grows a split past four sentences, as the reference does (the kind CI's seed 1738373878 found: one a sentence, five b sentences)", () => {
    // a's one sentence holds the words of five b sentences, each bringing one the others lack.
    const a = [[10, 11, 12, 13, 14, 15, 16, 17]];
    const b = [[10, 11, 12, 13], [14], [15], [16], [17]];
    for (const typed of [false, true]) {
      const [sa, sb] = [a.map((words) => sentence(words, typed)), b.map((words) => sentence(words, typed))];
      const matches = pairSentences(sa, sb);
      expect(matches).toEqual([{ a: [0], b: [0, 1, 2, 3, 4], exact: false }]);
      expect(pairSentencesAsBefore(sa, sb)).toEqual(matches);
    }
  });
});

import { findDates } from "../../text/dates";
import type { PairWords } from "./pair-diff";
import type { MovePlace, MoveReading } from "./phrase-move-class";

/**
 * A phrase moved inside one sentence pair (docs/edit-classes.md, "Moves"): the pair's two word sequences (word ids,
 * equal under the matching fold, so case and the punctuation around words aside) are the same but for two
 * neighbouring stretches that changed order: a = X·P·Y·Z, b = X·Y·P·Z. Either stretch may be read as the one that
 * moved ("On Monday" moved to the front, or the rest moved behind it); `window` is where the two stand, in word
 * indexes of the pair (`start` ≤ `split` < `end`): P is a[start, split), Y is a[split, end); in b, Y comes first.
 */
export interface PhraseRotation {
  start: number;
  split: number;
  end: number;
}

/** The reading of a rotation that says which stretch moved: its words in a and in b, and the words matched in place. */
export interface PhraseMovePlan {
  /** The moved words: a[movedA[0], movedA[1]) and b[movedB[0], movedB[1]) (word indexes of the pair). */
  movedA: [number, number];
  movedB: [number, number];
  /** Every other word of a and its word in b, in order (a's index, b's index, …): the words that kept their place. */
  matches: Int32Array;
}

/** Words a sentence pair may hold for the search (SENTENCE_BOUNDS' 200 edits): longer pairs are not searched. */
const MAX_WORDS = 200;
/**
 * How many words the common prefix and suffix are given back when the stretches start or end alike ("the talks" /
 * "the meeting" swapped: the shared "the" is first read as unchanged). A few, for articles and prepositions.
 */
const GIVE_BACK = 3;

/** Whether b[from, to) is a[from, to) with its first `k` words put last. */
function rotatedBy(a: ArrayLike<number>, b: ArrayLike<number>, from: number, to: number, k: number): boolean {
  const length = to - from;
  for (let t = 0; t < length; t++) if (b[from + t] !== a[from + ((t + k) % length)]) return false;
  return true;
}

/**
 * The rotation that turns the word ids `a` into `b` (a = X·P·Y·Z, b = X·Y·P·Z, P and Y not empty), or null: the two
 * sequences must be as long, hold the same words, and differ by that one exchange of neighbours. The window is the
 * narrowest that works, found from the common prefix and suffix (given back by up to GIVE_BACK words each when the
 * stretches open or close alike); among its rotations the one that moves the fewest words. Linear in the pair's words
 * but for the window's rotations (quadratic in the window at worst, bounded by MAX_WORDS). Throws nothing.
 */
export function findRotation(a: ArrayLike<number>, b: ArrayLike<number>): PhraseRotation | null {
  const n = a.length;
  if (n !== b.length || n < 2 || n > MAX_WORDS) return null;
  let prefix = 0;
  while (prefix < n && a[prefix] === b[prefix]) prefix++;
  if (prefix === n) return null;
  let suffix = 0;
  while (suffix < n - prefix && a[n - 1 - suffix] === b[n - 1 - suffix]) suffix++;
  // The differing middles must hold the same words: checked by two sums first (most changed pairs replace a word).
  let sum = 0;
  let squares = 0;
  for (let k = prefix; k < n - suffix; k++) {
    sum += a[k] - b[k];
    squares += a[k] * a[k] - b[k] * b[k];
  }
  if (sum !== 0 || squares !== 0) return null;
  for (let back = 0; back <= 2 * GIVE_BACK; back++) {
    // Give back `back` words in all, split between the prefix and the suffix, the narrowest windows first.
    for (let fromPrefix = Math.min(back, GIVE_BACK); fromPrefix >= Math.max(0, back - GIVE_BACK); fromPrefix--) {
      const start = prefix - fromPrefix;
      const end = n - suffix + (back - fromPrefix);
      if (start < 0 || end > n) continue;
      const found = bestRotation(a, b, start, end);
      if (found) return found;
    }
  }
  return null;
}

/** The rotation of a[start, end) that gives b[start, end) moving the fewest words, or null. */
function bestRotation(a: ArrayLike<number>, b: ArrayLike<number>, start: number, end: number): PhraseRotation | null {
  const length = end - start;
  let best: PhraseRotation | null = null;
  for (let k = 1; k < length; k++) {
    // b's window opens with a's word at start + k.
    if (b[start] !== a[start + k] || !rotatedBy(a, b, start, end, k)) continue;
    const moved = Math.min(k, length - k);
    if (!best || moved < Math.min(best.split - best.start, best.end - best.split)) best = { start, split: start + k, end };
  }
  return best;
}

/** Where the moved words are, read as `moved` having moved: word indexes [start, end) in a and in b. */
function movedRanges({ start, split, end }: PhraseRotation, moved: "first" | "second"): { movedA: [number, number]; movedB: [number, number] } {
  const second = end - split;
  return moved === "first" ? { movedA: [start, split], movedB: [start + second, end] } : { movedA: [split, end], movedB: [start, start + second] };
}

/**
 * The plan of a rotation read as `moved` having moved: "first" (a[start, split) moved behind the rest) or "second"
 * (a[split, end) moved in front of it). `count` is the pair's number of words (both sides). Throws nothing.
 */
export function planOf(rotation: PhraseRotation, moved: "first" | "second", count: number): PhraseMovePlan {
  const { start, split, end } = rotation;
  const first = split - start;
  const second = end - split;
  const matches = new Int32Array(2 * (count - (moved === "first" ? first : second)));
  let k = 0;
  const match = (i: number, j: number) => {
    matches[k++] = i;
    matches[k++] = j;
  };
  for (let i = 0; i < start; i++) match(i, i);
  if (moved === "first") for (let t = 0; t < second; t++) match(split + t, start + t);
  else for (let t = 0; t < first; t++) match(start + t, start + second + t);
  for (let i = end; i < count; i++) match(i, i);
  return { ...movedRanges(rotation, moved), matches };
}

/** One place of the moved words [from, to) among a side's words: its neighbours and the text between (phrase-move-class.ts). */
function placeOf(text: string, words: PairWords, from: number, to: number, keyOf: (id: number) => string): MovePlace {
  const count = words.ids.length;
  const hasBefore = from > 0;
  const hasAfter = to < count;
  return {
    before: hasBefore ? keyOf(words.ids[from - 1]) : null,
    beforeWritten: hasBefore ? text.slice(words.starts[from - 1], words.ends[from - 1]) : null,
    beforeOpensSentence: from - 1 === 0,
    gapBefore: hasBefore ? text.slice(words.ends[from - 1], words.starts[from]) : "",
    after: hasAfter ? keyOf(words.ids[to]) : null,
    afterWritten: hasAfter ? text.slice(words.starts[to], words.ends[to]) : null,
    gapAfter: hasAfter ? text.slice(words.ends[to - 1], words.starts[to]) : "",
  };
}

/**
 * The two readings of a rotation (the first stretch moved, the second moved) for classifyPhraseMove: the moved words
 * (folded by `keyOf`, the version vocabulary's, and as written in a) and their places in a and in b. The pair's words
 * `wordsA` and `wordsB` index `textA` and `textB` (UTF-16). Throws nothing.
 */
export function moveReadings(rotation: PhraseRotation, textA: string, wordsA: PairWords, textB: string, wordsB: PairWords, keyOf: (id: number) => string): [MoveReading, MoveReading] {
  const reading = (moved: "first" | "second"): MoveReading => {
    const { movedA, movedB } = movedRanges(rotation, moved);
    const written: string[] = [];
    const folded: string[] = [];
    for (let i = movedA[0]; i < movedA[1]; i++) {
      written.push(textA.slice(wordsA.starts[i], wordsA.ends[i]));
      folded.push(keyOf(wordsA.ids[i]));
    }
    return {
      moved: folded,
      movedWritten: written,
      text: textA.slice(wordsA.starts[movedA[0]], wordsA.ends[movedA[1] - 1]),
      from: placeOf(textA, wordsA, movedA[0], movedA[1], keyOf),
      to: placeOf(textB, wordsB, movedB[0], movedB[1], keyOf),
    };
  };
  return [reading("first"), reading("second")];
}

/**
 * Whether the words exchanged by a rotation (a's window, in `text` with `words`) are all one date ("March 12" → "12
 * March", "12 ноября 2023" in another order): the same date written another way, which date-order.ts classes as
 * notation, not a phrase that moved. `language`: the date reader's (lib/text/dates findDates). Throws nothing.
 */
export function rotatesOneDate(rotation: PhraseRotation, text: string, words: PairWords, language: string): boolean {
  const from = words.starts[rotation.start];
  const to = words.ends[rotation.end - 1];
  return findDates(text.slice(from, to), language).some((date) => date.start === 0 && date.end >= to - from);
}

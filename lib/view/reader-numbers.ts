import { tokenize } from "../compare/tokens";
import type { SentencePair, VersionDiff } from "../compare/versions/types";

/**
 * The numbers readers give the sentences and sentence pairs of a version diff. A line without words ("***",
 * "* * *", "—" between sections) is a sentence to the engine (lib/compare/versions/sentences.ts `symbols`, so it
 * pairs with the same line in the other version) but not to a reader counting sentences: it gets no number, and the
 * sentences after it keep the numbers a reader would give them (tester 39 #8). The exports call it a
 * "separator line" (SEPARATOR_LINE).
 */
export interface ReaderNumbers {
  /** The 1-based number of sentence `index` (0-based, as in aSentences / bSentences) of the older (`a`) or newer (`b`) text; null for a separator line. */
  sentence(side: "a" | "b", index: number): number | null;
  /** The 1-based number of a sentence pair, counting in display order only pairs with words; null for a pair of separator lines. */
  pair(pairId: string): number | null;
  /** How many sentences with words the older (`a`) or newer (`b`) text has: the numbers sentence() gives run from 1 to it. */
  sentenceCount(side: "a" | "b"): number;
}

/** What the exports call a line without words, in place of a number. */
export const SEPARATOR_LINE = "separator line";

/** Whether `text` holds a word as the engine cuts them (a letter or digit; lib/compare/tokens.ts). */
function hasWords(text: string): boolean {
  let words = 0;
  // The language only changes how scripts written without spaces are cut into words, never whether there is one.
  tokenize(text, 0, text.length, "en", () => words++);
  return words > 0;
}

/** The text a pair's side had (a: equal and delete parts) or has (b: equal and insert parts). */
function sideText(pair: SentencePair, side: "a" | "b"): string {
  const other = side === "a" ? "insert" : "delete";
  let text = "";
  for (const part of pair.parts) if (part.op !== other) text += part.text;
  return text;
}

/** Per sentence index of one side, its reader number or null, from the indexes that are separator lines. */
function numberSide(count: number, separators: ReadonlySet<number>): (number | null)[] {
  const numbers: (number | null)[] = [];
  let next = 1;
  for (let index = 0; index < count; index++) numbers.push(separators.has(index) ? null : next++);
  return numbers;
}

const computed = new WeakMap<VersionDiff, ReaderNumbers>();

/**
 * The reader numbers of `diff` (computed once per diff). A side of a pair holding one sentence is a separator line
 * when it has no words; a side of several sentences (a split or merge) is taken as all sentences with words, since
 * the engine joins a neighbour to a pair only for the words it shares (lib/compare/versions/pair.ts).
 */
export function readerNumbers(diff: VersionDiff): ReaderNumbers {
  const known = computed.get(diff);
  if (known) return known;
  const separators = { a: new Set<number>(), b: new Set<number>() };
  const counts = { a: 0, b: 0 };
  const pairIsSeparator = new Map<string, boolean>();
  for (const pair of diff.pairs) {
    let separator = true;
    for (const side of ["a", "b"] as const) {
      const indexes = side === "a" ? pair.aSentences : pair.bSentences;
      for (const index of indexes) counts[side] = Math.max(counts[side], index + 1);
      if (indexes.length === 1 && !hasWords(sideText(pair, side))) separators[side].add(indexes[0]);
      else if (indexes.length) separator = false;
    }
    pairIsSeparator.set(pair.id, separator);
  }
  const sentences = { a: numberSide(counts.a, separators.a), b: numberSide(counts.b, separators.b) };
  const pairs = new Map<string, number | null>();
  let next = 1;
  for (const pair of diff.pairs) pairs.set(pair.id, pairIsSeparator.get(pair.id) ? null : next++);
  const numbers: ReaderNumbers = {
    sentence: (side, index) => sentences[side][index] ?? null,
    pair: (pairId) => pairs.get(pairId) ?? null,
    sentenceCount: (side) => counts[side] - separators[side].size,
  };
  computed.set(diff, numbers);
  return numbers;
}

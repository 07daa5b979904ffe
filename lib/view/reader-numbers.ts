import type { VersionDiff } from "../compare/versions/types";

/**
 * The numbers readers give the sentences and sentence pairs of a version diff. A sentence pair that states no claim
 * (the engine's `noClaim`, lib/compare/versions/types.ts) is made of sentences to the engine but not to a reader
 * counting sentences: a line without words ("***", "* * *", "—" between sections; lib/compare/versions/sentences.ts
 * `symbols`, so it pairs with the same line in the other version), or a list item's marker that the sentence rules cut
 * off its item ("1." before "The border commission …", lib/compare/list-markers.ts). Its sentences get no number, and
 * the sentences after them keep the numbers a reader would give them (tester 39 #8; list markers, session 10). The
 * exports call them a "separator line" (SEPARATOR_LINE) or a "list marker" (LIST_MARKER).
 */
export interface ReaderNumbers {
  /** The 1-based number of sentence `index` (0-based, as in aSentences / bSentences) of the older (`a`) or newer (`b`) text; null for a sentence that states no claim. */
  sentence(side: "a" | "b", index: number): number | null;
  /** What an unnumbered sentence is ("separator" or "list-marker"); null for a numbered one. */
  unnumbered(side: "a" | "b", index: number): "separator" | "list-marker" | null;
  /** The 1-based number of a sentence pair, counting in display order only pairs that state a claim; null for the others. */
  pair(pairId: string): number | null;
  /** How many sentences that state a claim the older (`a`) or newer (`b`) text has: the numbers sentence() gives run from 1 to it. */
  sentenceCount(side: "a" | "b"): number;
}

/** What the exports call a line without words, in place of a number. */
export const SEPARATOR_LINE = "separator line";
/** What the exports call a list item's marker cut off its item, in place of a number. */
export const LIST_MARKER = "list marker";

/** Per sentence index of one side, its reader number or null, from the indexes that state no claim. */
function numberSide(count: number, unnumbered: ReadonlyMap<number, string>): (number | null)[] {
  const numbers: (number | null)[] = [];
  let next = 1;
  for (let index = 0; index < count; index++) numbers.push(unnumbered.has(index) ? null : next++);
  return numbers;
}

const computed = new WeakMap<VersionDiff, ReaderNumbers>();

/** The reader numbers of `diff` (computed once per diff), from its pairs' `noClaim`. */
export function readerNumbers(diff: VersionDiff): ReaderNumbers {
  const known = computed.get(diff);
  if (known) return known;
  const unnumbered = { a: new Map<number, "separator" | "list-marker">(), b: new Map<number, "separator" | "list-marker">() };
  const counts = { a: 0, b: 0 };
  for (const pair of diff.pairs) {
    for (const index of pair.aSentences) counts.a = Math.max(counts.a, index + 1);
    for (const index of pair.bSentences) counts.b = Math.max(counts.b, index + 1);
    if (!pair.noClaim) continue;
    for (const index of pair.aSentences) unnumbered.a.set(index, pair.noClaim);
    for (const index of pair.bSentences) unnumbered.b.set(index, pair.noClaim);
  }
  const sentences = { a: numberSide(counts.a, unnumbered.a), b: numberSide(counts.b, unnumbered.b) };
  const pairs = new Map<string, number | null>();
  let next = 1;
  for (const pair of diff.pairs) pairs.set(pair.id, pair.noClaim ? null : next++);
  const numbers: ReaderNumbers = {
    sentence: (side, index) => sentences[side][index] ?? null,
    unnumbered: (side, index) => unnumbered[side].get(index) ?? null,
    pair: (pairId) => pairs.get(pairId) ?? null,
    sentenceCount: (side) => counts[side] - unnumbered[side].size,
  };
  computed.set(diff, numbers);
  return numbers;
}

import type { AnalysedStatement } from "../analyse";
import type { DiffBounds } from "../diff";
import type { VersionPair } from "../types";
import { diffVersions } from "./diff-versions";
import { flattenVersionDiff } from "./flatten";

/**
 * Two texts whose distinct words overlap less than this (Dice) cannot have most of their sentences
 * pair up at PAIR_MIN_DICE; the cheap check spares the sentence pairing for unrelated statements.
 */
const WORD_OVERLAP_MIN = 0.4;

/** Sorted distinct word ids of a statement (lexicon ids: equal under the matching fold). */
function distinctWords(statement: AnalysedStatement): Int32Array {
  const words = Int32Array.from(new Set(statement.tokens.words.subarray(0, statement.tokens.count)));
  return words.sort();
}

function diceOf(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Pairs of statements that are versions of each other (one republishing or rewriting the other), with
 * their sentence-aligned diff. Two statements are versions when the sentences that pair up
 * (lib/compare/versions/pair.ts) hold at least `threshold` of their words, however many words changed
 * inside them: no cliff at one more synonym swap (issue 12). `similarity` is the share of words left
 * unchanged (how much wording changed); `bounds.maxEditLength` applies per sentence pair.
 */
export function findVersions(statements: readonly AnalysedStatement[], threshold: number, bounds: DiffBounds): VersionPair[] {
  const counts = statements.map((statement) => statement.tokens.count);
  const words: (Int32Array | undefined)[] = [];
  const wordsOf = (s: number) => (words[s] ??= distinctWords(statements[s]));
  const versions: VersionPair[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const [shorter, longer] = [Math.min(counts[i], counts[j]), Math.max(counts[i], counts[j])];
      if (shorter === 0 || shorter < threshold * longer) continue;
      if (diceOf(wordsOf(i), wordsOf(j)) < WORD_OVERLAP_MIN) continue;
      const diff = diffVersions(statements[i].text, statements[j].text, statements[i].language, bounds);
      if (diff.pairedShare < threshold) continue;
      versions.push({
        aId: statements[i].id,
        bId: statements[j].id,
        similarity: diff.similarity,
        status: "diffed",
        parts: flattenVersionDiff(diff),
        pairedShare: diff.pairedShare,
        sentencePairs: diff.pairs,
        edits: diff.edits,
        moves: diff.moves,
        counts: diff.counts,
      });
    }
  }
  return versions;
}

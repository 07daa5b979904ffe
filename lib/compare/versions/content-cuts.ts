import type { TextRange } from "../segment";
import { isJsWhiteSpace } from "../../text/whitespace";

/** Above this many cells (cuts of a × cuts of b), cuts are matched by keys unique on both sides instead of by LCS. */
const MAX_LCS_CELLS = 4_000_000;

/**
 * Two versions' sentences where every forced cut (`cut`: an over-long "sentence" cut by segment.ts's contentCut) is
 * made on both sides after the same words: a cut with no counterpart in the other version is undone (its sentence
 * joined to the next one). Counterparts are found by a key (the words on both sides of the cut) in order, as the
 * longest common subsequence of the two key lists. Without this, a swapped word that was a cut point moves the cut
 * in one version only, and the words between the two cuts show as deleted in one sentence and inserted in the next
 * (issue 12: every edit shown at the size of the edit). Ranges without a cut are returned as they are.
 * `rangesA`/`rangesB`: splitSentences(a)/(b), in order; offsets UTF-16. Pure; new arrays, inputs unchanged.
 */
export function agreeOnContentCuts(a: string, rangesA: readonly TextRange[], b: string, rangesB: readonly TextRange[]): [TextRange[], TextRange[]] {
  const cutsA = cutIndexes(rangesA);
  const cutsB = cutIndexes(rangesB);
  if (!cutsA.length && !cutsB.length) return [rangesA.slice(), rangesB.slice()];
  const keysA = cutsA.map((i) => cutKey(a, rangesA, i));
  const keysB = cutsB.map((j) => cutKey(b, rangesB, j));
  const [keepA, keepB] = cutsA.length * cutsB.length <= MAX_LCS_CELLS ? commonInOrder(keysA, keysB) : uniqueOnBoth(keysA, keysB);
  return [joinUnkept(rangesA, cutsA, keepA), joinUnkept(rangesB, cutsB, keepB)];
}

function cutIndexes(ranges: readonly TextRange[]): number[] {
  const cuts: number[] = [];
  // A cut before the last range only: the last range has no next one to join.
  for (let i = 0; i + 1 < ranges.length; i++) if (ranges[i].cut) cuts.push(i);
  return cuts;
}

/** The last word before the cut and the first word after it (runs of non-white-space), as one string. */
function cutKey(text: string, ranges: readonly TextRange[], i: number): string {
  let from = ranges[i].end;
  while (from > ranges[i].start && !isJsWhiteSpace(text.charCodeAt(from - 1))) from--;
  const next = ranges[i + 1];
  let to = next.start;
  while (to < next.end && !isJsWhiteSpace(text.charCodeAt(to))) to++;
  return `${text.slice(from, ranges[i].end)}\u0000${text.slice(next.start, to)}`;
}

/** Which keys of x and of y are in a longest common subsequence of the two lists (dynamic programming, O(|x|·|y|)). */
function commonInOrder(x: readonly string[], y: readonly string[]): [Uint8Array, Uint8Array] {
  const width = y.length + 1;
  const lengths = new Int32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lengths[i * width + j] = x[i] === y[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const keepX = new Uint8Array(x.length);
  const keepY = new Uint8Array(y.length);
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      keepX[i++] = 1;
      keepY[j++] = 1;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return [keepX, keepY];
}

/** For very long texts: the keys that occur exactly once in each list. */
function uniqueOnBoth(x: readonly string[], y: readonly string[]): [Uint8Array, Uint8Array] {
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const inX = count(x);
  const inY = count(y);
  const unique = (key: string) => inX.get(key) === 1 && inY.get(key) === 1;
  return [Uint8Array.from(x, (key) => (unique(key) ? 1 : 0)), Uint8Array.from(y, (key) => (unique(key) ? 1 : 0))];
}

/** The ranges with each unkept cut undone: the range ending at it runs on to the end of the next one. */
function joinUnkept(ranges: readonly TextRange[], cuts: readonly number[], keep: Uint8Array): TextRange[] {
  const undone = new Set<number>();
  cuts.forEach((i, k) => {
    if (!keep[k]) undone.add(i);
  });
  const result: TextRange[] = [];
  let open: TextRange | null = null;
  ranges.forEach((range, i) => {
    open = open ? { ...open, end: range.end, cut: range.cut } : { ...range };
    if (!open.cut) delete open.cut;
    if (!undone.has(i)) {
      result.push(open);
      open = null;
    }
  });
  return result;
}

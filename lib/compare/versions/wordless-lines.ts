import type { SentenceMatch } from "./pair";

/**
 * Lines without words (match index → passage index) that stand right after the last or right before the first
 * sentence of a moved passage in both versions: a section's "***" that moved with its section.
 */
function wordlessWithPassages(matches: readonly SentenceMatch[], passages: readonly number[][], hasWords: (match: SentenceMatch) => boolean): Map<number, number> {
  const joined = new Map<number, number>();
  if (!passages.length) return joined;
  // Loops, not Math.min(...a): a passage may hold thousands of sentences (no spread into a call's arguments).
  const spans = passages.map((passage) => {
    const span = { firstA: Infinity, lastA: -Infinity, firstB: Infinity, lastB: -Infinity };
    for (const m of passage) {
      for (const i of matches[m].a) [span.firstA, span.lastA] = [Math.min(span.firstA, i), Math.max(span.lastA, i)];
      for (const j of matches[m].b) [span.firstB, span.lastB] = [Math.min(span.firstB, j), Math.max(span.lastB, j)];
    }
    return span;
  });
  matches.forEach((match, m) => {
    if (hasWords(match) || match.a.length !== 1 || match.b.length !== 1) return;
    const [i, j] = [match.a[0], match.b[0]];
    const p = spans.findIndex((span) => (i === span.lastA + 1 && j === span.lastB + 1) || (i === span.firstA - 1 && j === span.firstB - 1));
    if (p >= 0) joined.set(m, p);
  });
  return joined;
}

/**
 * The matches (indexes) of lines without words that stand elsewhere among the pairs that kept their place: a wordless
 * match whose a and b sentences do not both fall between those of the kept matches before and after it (in a's
 * order). `moved` are the indexes of matches in moved passages; `hasWords` tells a wordless match.
 */
function wordlessOutOfPlace(matches: readonly SentenceMatch[], moved: ReadonlySet<number>, hasWords: (match: SentenceMatch) => boolean): Set<number> {
  const outOfPlace = new Set<number>();
  const byA = matches.map((_, m) => m).filter((m) => !moved.has(m)).sort((x, y) => matches[x].a[0] - matches[y].a[0]);
  let lastB = -1;
  for (let k = 0; k < byA.length; k++) {
    const match = matches[byA[k]];
    if (hasWords(match)) {
      lastB = match.b[match.b.length - 1];
      continue;
    }
    // The next kept match with words after it in a: the wordless one must stand before it in b too.
    let next = k + 1;
    while (next < byA.length && !hasWords(matches[byA[next]])) next++;
    const nextB = next < byA.length ? matches[byA[next]].b[0] : Infinity;
    if (match.b[0] > lastB && match.b[match.b.length - 1] < nextB) lastB = match.b[match.b.length - 1];
    else outOfPlace.add(byA[k]);
  }
  return outOfPlace;
}

/**
 * Where the lines without words ("***" between sections) of a version diff stand, after detectMoves has found the
 * passages that moved (their match indexes in b's order; lines without words take no part in it, tester 41). A line
 * right after or right before a moved passage in both versions moved with its section: it joins the passage. Any
 * other line that changed place among the pairs that kept theirs is no pair: its match is dropped, so it is removed
 * where it was and added where it is (typographic edits), and every pair outside a move keeps its order in both
 * versions, as the views show them side by side (the split view showed version 1's separator in version 2's place).
 * Returns the matches left and the passages as indexes into them; the arguments are not changed.
 */
export function placeWordlessLines(
  matches: readonly SentenceMatch[],
  passages: readonly number[][],
  hasWords: (match: SentenceMatch) => boolean,
): { matches: SentenceMatch[]; passages: number[][] } {
  const joined = wordlessWithPassages(matches, passages, hasWords);
  const outOfPlace = wordlessOutOfPlace(matches, new Set([...passages.flat(), ...joined.keys()]), hasWords);
  const kept = matches.map((_, m) => m).filter((m) => !outOfPlace.has(m));
  const newIndex = new Map(kept.map((m, k) => [m, k]));
  const placed = passages.map((passage) => passage.map((m) => newIndex.get(m)!));
  const left = kept.map((m) => matches[m]);
  // Joined lines count as moved, so none is out of place: their new indexes exist.
  for (const [m, p] of joined) {
    const index = newIndex.get(m)!;
    // In b's order, as detectMoves lists a passage.
    const at = placed[p].findIndex((other) => left[other].b[0] > left[index].b[0]);
    placed[p].splice(at < 0 ? placed[p].length : at, 0, index);
  }
  return { matches: left, passages: placed };
}

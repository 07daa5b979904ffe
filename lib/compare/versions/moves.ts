import type { SentenceMatch } from "./pair";

/**
 * Which matched sentences changed place. The matches that keep their order are the longest run
 * increasing in both versions (longest increasing subsequence of b positions taken in a order,
 * patience sorting, O(n log n)), as diff tools that detect moves do (e.g. git's --color-moved works from
 * the same idea: unchanged order is the backbone, the rest moved). Returns the indexes of moved matches,
 * grouped into passages: consecutive in a and in b.
 */
export function detectMoves(matches: readonly SentenceMatch[]): number[][] {
  const order = matches.map((_, index) => index).sort((x, y) => matches[x].a[0] - matches[y].a[0]);
  const tails: number[] = []; // tails[k]: position in `order` ending the best run of length k + 1
  const previous = new Int32Array(order.length).fill(-1);
  order.forEach((m, position) => {
    const key = matches[m].b[0];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (matches[order[tails[mid]]].b[0] < key) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[position] = tails[low - 1];
    tails[low] = position;
  });
  const kept = new Set<number>();
  for (let position = tails.length ? tails[tails.length - 1] : -1; position >= 0; position = previous[position]) kept.add(order[position]);

  const passages: number[][] = [];
  let current: number[] = [];
  for (const m of order) {
    if (kept.has(m)) {
      if (current.length) passages.push(current);
      current = [];
      continue;
    }
    const last = current.length ? matches[current[current.length - 1]] : null;
    if (last && (matches[m].a[0] !== last.a[last.a.length - 1] + 1 || matches[m].b[0] !== last.b[last.b.length - 1] + 1)) {
      passages.push(current);
      current = [];
    }
    current.push(m);
  }
  if (current.length) passages.push(current);
  return passages;
}

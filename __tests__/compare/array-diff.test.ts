/** @jest-environment node */
import { diffArrays } from "diff";
import { ADDED, ArrayDiff, EQUAL, REMOVED } from "@/lib/compare/array-diff";
import { prng } from "../../scripts/prng";

/** jsdiff's changes as [kind, count] pairs, or null when it gave up. */
function expected(from: number[], to: number[], maxEditLength: number): [number, number][] | null {
  const changes = diffArrays(from, to, { maxEditLength, timeout: 10_000 });
  return changes ? changes.map((change) => [change.added ? ADDED : change.removed ? REMOVED : EQUAL, change.count ?? change.value.length]) : null;
}

function actual(differ: ArrayDiff, from: number[], to: number[], maxEditLength: number): [number, number][] | null {
  if (!differ.diff(Int32Array.from(from), Int32Array.from(to), { maxEditLength, timeoutMs: 10_000 })) return null;
  return differ.kinds.map((kind, k) => [kind, differ.counts[k]]);
}

describe("ArrayDiff", () => {
  it("finds exactly the changes jsdiff's diffArrays finds, and gives up exactly when it does", () => {
    const random = prng(2024);
    const differ = new ArrayDiff();
    const randomArray = (length: number, alphabet: number) => Array.from({ length }, () => Math.floor(random() * alphabet));
    for (let trial = 0; trial < 5_000; trial++) {
      const alphabet = 1 + Math.floor(random() * 8);
      const from = randomArray(Math.floor(random() * 25), alphabet);
      // Often a variant of `from`, as framing diffs are; sometimes unrelated.
      const to = random() < 0.7 ? from.filter(() => random() > 0.2).map((x) => (random() < 0.15 ? Math.floor(random() * alphabet) : x)) : randomArray(Math.floor(random() * 25), alphabet);
      if (random() < 0.3) to.splice(Math.floor(random() * (to.length + 1)), 0, ...randomArray(Math.floor(random() * 4), alphabet));
      const maxEditLength = Math.floor(random() * 45) - 3;
      expect(actual(differ, from, to, maxEditLength)).toEqual(expected(from, to, maxEditLength));
    }
  });

  it("handles empty arrays and identical arrays", () => {
    const differ = new ArrayDiff();
    for (const [from, to] of [[[], []], [[1, 2], [1, 2]], [[], [1]], [[1], []], [[0, 0], [0]]] as [number[], number[]][]) {
      expect(actual(differ, from, to, 40)).toEqual(expected(from, to, 40));
    }
  });
});

/** @jest-environment node */
import { diffArrays } from "diff";
import fc from "fast-check";
import { forEachMatch } from "@/lib/compare/word-matches";

/** The matched index pairs jsdiff's diffArrays gives, or null when its bound trips: the reference. */
function jsdiffMatches(a: number[], b: number[], maxEditLength: number): [number, number][] | null {
  const changes = diffArrays(a, b, { maxEditLength, timeout: 10_000 });
  if (!changes) return null;
  const matches: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) i += count;
    else if (change.added) j += count;
    else for (let k = 0; k < count; k++) matches.push([i++, j++]);
  }
  return matches;
}

function ourMatches(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number): [number, number][] | null {
  const matches: [number, number][] = [];
  return forEachMatch(a, b, maxEditLength, 10_000, (i, j) => matches.push([i, j])) ? matches : null;
}

describe("forEachMatch: jsdiff's Myers diff written out for ids", () => {
  test("the same matches as jsdiff's diffArrays on random sequences with many ties, and the same bound", () => {
    // A small alphabet makes many equally short edit scripts: only the same path choices give the same matches.
    const ids = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: -2, max: 90 }), (a, b, maxEditLength) => {
        expect(ourMatches(a, b, maxEditLength)).toEqual(jsdiffMatches(a, b, maxEditLength));
      }),
      { numRuns: 3000 },
    );
  });

  test("typed arrays give the same matches as plain ones", () => {
    const a = [1, 2, 3, 2, 1, 4, 4, 2];
    const b = [2, 1, 3, 2, 4, 1, 2];
    expect(ourMatches(Int32Array.from(a), Int32Array.from(b), 100)).toEqual(jsdiffMatches(a, b, 100));
  });

  test("exact cases: a swap, a pure insertion with a repeated id, identical and empty inputs, a tripped bound", () => {
    expect(ourMatches([1, 2, 3], [1, 9, 3], 10)).toEqual([
      [0, 0],
      [2, 2],
    ]);
    // "z y y" → "y": jsdiff keeps the first y, not the last.
    expect(ourMatches([7, 5, 5], [5], 10)).toEqual([[1, 0]]);
    expect(ourMatches([4, 4], [4, 4], 0)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(ourMatches([], [], 0)).toEqual([]);
    expect(ourMatches([1, 2, 3, 4], [5, 6, 7, 8], 7)).toBeNull();
    expect(ourMatches([1, 2, 3, 4], [5, 6, 7, 8], 8)).toEqual([]);
  });
});

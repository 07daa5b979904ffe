/** @jest-environment node */
import fc from "fast-check";
import { contentCut, splitSentences } from "@/lib/compare/segment";
import { diffVersions } from "@/lib/compare/versions";

// A text without any sentence break (a list pasted without full stops, a transcript): segment.ts must cut it, and two
// versions of it must be cut after the same words, so that each swapped word is an edit of one word.
const VOCABULARY = "border talks delegation prisoners corridor Baku Yerevan ministers agreed peace treaty next round of the and a to in on 19 2023 humanitarian normalisation commission delimitation".split(" ");
const words = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** `count` words drawn from VOCABULARY with a number (a seeded LCG: many distinct words, as in real text). */
function randomWords(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647);
  return Array.from({ length: count }, () => `${VOCABULARY[next() % VOCABULARY.length]}${next() % 100}`);
}

/** Swaps the words at `positions` for other words (of other lengths), and returns the positions that changed. */
function swap(original: string[], positions: number[]): { edited: string[]; changed: Set<number> } {
  const edited = original.slice();
  positions.forEach((p, k) => (edited[p] = `replaced${"x".repeat(k % 5)}${k}`));
  return { edited, changed: new Set(positions) };
}

function expectOneEditPerSwap(original: string[], edited: string[], changed: Set<number>) {
  const diff = diffVersions(original.join(" "), edited.join(" "));
  const before = diff.edits.flatMap((edit) => words(edit.before));
  const after = diff.edits.flatMap((edit) => words(edit.after));
  // Every word an edit shows as removed or added is a swapped one: none moved between sentences at a cut.
  expect(before.sort()).toEqual([...changed].map((p) => original[p]).sort());
  expect(after.sort()).toEqual([...changed].map((p) => edited[p]).sort());
}

describe("long sentences: content-defined cuts agreed between versions", () => {
  it("cuts an over-long sentence after the same words when a word before them got longer", () => {
    const original = randomWords(3000, 7);
    const edited = original.slice();
    edited[100] = `${edited[100]}-lengthened`;
    // The 40 characters before each cut: the same words, though every offset after word 100 moved by 11.
    const cutsOf = (text: string) =>
      splitSentences(text, "en")
        .filter((range) => range.cut)
        .map((range) => text.slice(range.end - 40, range.end));
    expect(cutsOf(edited.join(" "))).toEqual(cutsOf(original.join(" ")));
    expect(cutsOf(original.join(" ")).length).toBeGreaterThan(3);
    expect(contentCut("short text", 0, 10)).toBe(-1);
  });

  it("shows a swap of the very word a cut was made after as one edit", () => {
    const original = randomWords(2500, 11);
    const text = original.join(" ");
    const firstCut = splitSentences(text, "en").find((range) => range.cut)!;
    const position = words(text.slice(0, firstCut.end)).length - 1;
    const { edited, changed } = swap(original, [position, position + 40, 2000]);
    expectOneEditPerSwap(original, edited, changed);
  });

  it("shows every swapped word, and only those, in random long texts with random swaps", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.nat(99)), { minLength: 1200, maxLength: 2500 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
        (pieces, picks) => {
          const original = pieces.map(([word, n]) => `${word}${n}`);
          const positions = [...new Set(picks.map((p) => p % original.length))];
          const { edited, changed } = swap(original, positions);
          expectOneEditPerSwap(original, edited, changed);
        },
      ),
      { numRuns: 40, seed: 12, endOnFailure: true },
    );
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { DEFAULT_OPTIONS } from "@/lib/compare/options";
import { diffVersionsAtLeast } from "@/lib/compare/versions/diff-versions";
import { carriedOver, VERSION_MIN_SIMILARITY } from "@/lib/compare/versions/find";
import { countWords } from "@/lib/text/whitespace";

// A readout and the words a rewrite swaps in (tester 36 finding 5: compare() missed versions diffVersions accepts).
const SENTENCES = [
  "Ministers met in Vienna today to review the plan.",
  "They discussed border security and the return of detainees.",
  "Both praised the ceasefire agreed last month.",
  "Aid convoys will resume soon through the corridor.",
  "Observers will visit the region next week.",
  "The talks ended late in the evening.",
];
const SWAPS = "envoys gathered debated frontier welcomed truce relief restart monitors come negotiations finished officials examined proposal".split(" ");

const rewriteArb = fc
  .tuple(fc.integer({ min: 2, max: SENTENCES.length }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SWAPS)), { maxLength: 24 }))
  .map(([count, swaps]) => {
    const original = SENTENCES.slice(0, count);
    const words = original.map((sentence) => sentence.split(" "));
    for (const [s, w, swap] of swaps) {
      const sentence = words[s % count];
      const at = w % sentence.length;
      sentence[at] = swap + (sentence[at].endsWith(".") ? "." : "");
    }
    return [original.join(" "), words.map((sentence) => sentence.join(" ")).join(" ")] as const;
  });

describe("compare() lists exactly the versions that the version diff accepts", () => {
  test("property: for a readout and a rewrite of it, compare().versions is non-empty iff diffVersionsAtLeast pairs enough and enough words carry over", () => {
    fc.assert(
      fc.property(rewriteArb, ([a, b]) => {
        const diff = diffVersionsAtLeast(a, b, DEFAULT_OPTIONS.versionThreshold, "en");
        const accepted = diff !== null && carriedOver(diff, countWords(a) + countWords(b)) >= VERSION_MIN_SIMILARITY;
        const listed = compare([
          { id: "a", label: "A", text: a },
          { id: "b", label: "B", text: b },
        ]).versions.length > 0;
        expect([a, b, listed]).toEqual([a, b, accepted]);
      }),
      { numRuns: 150 },
    );
  });
});

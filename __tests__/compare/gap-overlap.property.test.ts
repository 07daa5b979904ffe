/** @jest-environment node */
import fc from "fast-check";
import { GapOverlap, MAX_GAP_SENTENCES } from "@/lib/compare/versions/gap-overlap";
import { dice } from "@/lib/compare/versions/sentences";

// Content word sets as pairInPlace passes them: distinct ids, ascending, from a small vocabulary so that they overlap.
const content = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }).map((ids) => Int32Array.from(ids).sort());

describe("GapOverlap scores a gap's sentences as dice does pair by pair", () => {
  test("every score equals dice(content, other) exactly, over several gaps with one table", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(content, { maxLength: 6 }), fc.array(content, { minLength: 1, maxLength: MAX_GAP_SENTENCES })), { minLength: 1, maxLength: 4 }), (gaps) => {
        const overlap = new GapOverlap(40);
        const scores = new Float64Array(MAX_GAP_SENTENCES);
        for (const [side, others] of gaps) {
          overlap.index(others);
          for (const sentence of side) {
            overlap.scores(sentence, scores);
            others.forEach((other, k) => expect(scores[k]).toBe(dice(sentence, other)));
          }
        }
      }),
    );
  });

  test("a side of more sentences than a byte has bits is refused, not miscounted", () => {
    const overlap = new GapOverlap(3);
    expect(() => overlap.index(Array.from({ length: MAX_GAP_SENTENCES + 1 }, () => Int32Array.of(1)))).toThrow(RangeError);
  });
});

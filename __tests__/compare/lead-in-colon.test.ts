/** @jest-environment node */
import fc from "fast-check";
import { isLeadIn } from "@/lib/compare/lead-ins";

// One statement of "a lead-in ends with a colon, closing quotes or brackets after it at most" (lead-ins.ts endsWithColon),
// read both on a unit's trimmed text (isLeadIn) and on the whole text at the unit's end (joinLeadIns). Invented texts.
describe("a lead-in's colon", () => {
  test.each([
    ["a colon", "The sides discussed the following:", true],
    ["a full-width colon", "The sides discussed the following：", true],
    ["a colon, then a closing quote and bracket", "The sides discussed the following:”)", true],
    ["a colon with words after it", "The sides discussed the following: trade", false],
    ["no colon", "The sides discussed the following.", false],
    ["a closing mark only", "The sides discussed the following”", false],
  ])("%s", (_what, text, expected) => {
    expect(isLeadIn(text)).toBe(expected);
  });

  test("property: a cue line ends as a lead-in exactly when a colon is followed by closing marks only", () => {
    const tail = fc.array(fc.constantFrom(":", "：", "”", "’", "»", ")", "]", "\"", "'", ".", " trade"), { minLength: 1, maxLength: 4 }).map((marks) => marks.join(""));
    fc.assert(
      fc.property(tail, (end) => {
        const text = `The sides discussed the following${end}`;
        expect(isLeadIn(text)).toBe(/[:：]["'”’»)\]]*$/u.test(text));
      }),
      { numRuns: 200 },
    );
  });
});

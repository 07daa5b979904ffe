/** @jest-environment node */
import fc from "fast-check";
import { writesArmenianFullStops } from "@/lib/compare/armenian-stops";
import { wrapsAtLineBreak } from "@/lib/compare/hard-wraps";
import { attributionAt, SENTENCE_BREAK_PATTERN, sentenceStart } from "@/lib/compare/quotes/speakers";
import { isLineBreak } from "@/lib/text/line-breaks";

/**
 * What sentenceStart replaced: a global search over the 400 units before the index, taking the last break's end; a
 * line break that is a hard wrap (hard-wraps.ts, the segmenter's rule, since session 17) is no break.
 */
function lastBreakEnd(text: string, index: number): number {
  const from = Math.max(0, index - 400);
  let start = from;
  for (const match of text.slice(from, index).matchAll(new RegExp(SENTENCE_BREAK_PATTERN, "gu"))) {
    const at = from + match.index;
    if (isLineBreak(text.charCodeAt(at)) && wrapsAtLineBreak(text, at, () => writesArmenianFullStops(text), attributionAt)) continue;
    start = at + match[0].length;
  }
  return start;
}

// Stops, closing and opening marks, white space of every kind and line breaks next to each other: where breaks overlap.
const PIECES = ["The", "minister", "said", "U.S.", "Mr.", "a", "b", "7", ")", ".", "!", "?", "”", "“", "\"", "’", "»", "«", " ", "  ", "\n", "\n\n", " \n ", "\t", "\u00a0", "Аб", "ա"];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 120 }).map((parts) => parts.join(""));

describe("sentenceStart (breaks tried only at stops and line breaks)", () => {
  it("equals the last break a global search finds, at every index", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (let index = 0; index <= text.length; index++) expect(sentenceStart(text, index)).toBe(lastBreakEnd(text, index));
      }),
      { numRuns: 400 },
    );
  });

  it("sees only the 400 units before the index, and a break that ends in white space before a line break", () => {
    const long = `${"word ".repeat(100)}Ends here. Next`;
    expect(sentenceStart(long, long.length)).toBe(long.length - "Next".length);
    expect(sentenceStart(`a.\n\n“Quoted”`, 11)).toBe(4);
    expect(sentenceStart(`It rained.${" x".repeat(300)}`, 610)).toBe(210);
  });
});

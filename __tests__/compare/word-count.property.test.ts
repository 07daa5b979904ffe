/** @jest-environment node */
import fc from "fast-check";
import { countWords, isJsWhiteSpace } from "@/lib/compare/versions/word-count";

describe("countWords (an edit's word count in the version diff's similarity) without split", () => {
  it("knows JavaScript's white space (\\s) for every UTF-16 unit", () => {
    const spaces: number[] = [];
    const byRegExp: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isJsWhiteSpace(code)) spaces.push(code);
      if (/\s/u.test(String.fromCharCode(code))) byRegExp.push(code);
    }
    expect(spaces).toEqual(byRegExp);
    expect(spaces.length).toBe(25);
  });

  it("equals text.trim().split(/\\s+/u).length (0 when blank) on random texts", () => {
    const pieces = fc.constantFrom("a", "Baku", "80,325", "“", ".", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u2028", "\u200b", "é", "😀");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join("")), (text) => {
        const trimmed = text.trim();
        expect(countWords(text)).toBe(trimmed ? trimmed.split(/\s+/u).length : 0);
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(countWords(" to house\u00a0arrest ")).toBe(3);
    expect(countWords("\u200b")).toBe(1);
    expect(countWords(" \u3000\n")).toBe(0);
  });
});

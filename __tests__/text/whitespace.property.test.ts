/** @jest-environment node */
import fc from "fast-check";
import { countWords, isJsWhiteSpace } from "@/lib/text/whitespace";

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

  it("counts a range, and stops at a limit: min(count of the range, limit)", () => {
    const pieces = fc.constantFrom("a", "Baku", ",", " ", "  ", "\n", "\u00a0", "\u2009", "é");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join("")), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 8 }), (text, x, y, limit) => {
        const [start, end] = [x % (text.length + 1), y % (text.length + 1)].sort((p, q) => p - q);
        const whole = countWords(text.slice(start, end));
        expect(countWords(text, start, end)).toBe(whole);
        expect(countWords(text, start, end, limit)).toBe(Math.min(whole, limit));
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(countWords("one two three four", 0, 18, 2)).toBe(2);
    expect(countWords("one two three four", 4, 13)).toBe(2);
  });
});

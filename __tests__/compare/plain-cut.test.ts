/** @jest-environment node */
import { plainCut } from "@/lib/compare/token-diff";

// The definition the table replaced (token-diff.ts): two expressions tested at every cut.
const JOINS_BEFORE = /[\p{M}\u200d\u1160-\u11ff\ud7b0-\ud7ff\ud800-\udfff]/u;
const JOINS_AFTER = /[\u200d\u1100-\u115f\ua960-\ua97f\r\ud800-\udfff]/u;

describe("plainCut (joining units read from a table)", () => {
  it("equals the two expressions for every UTF-16 unit, before and after the cut", () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      if (plainCut(`a${unit}`, 1) !== !JOINS_BEFORE.test(unit)) wrong.push(code);
      if (plainCut(`${unit}a`, 1) !== !JOINS_AFTER.test(unit)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it("cuts at the text's ends and not inside a combining sequence", () => {
    expect(plainCut("ab", 0)).toBe(true);
    expect(plainCut("ab", 2)).toBe(true);
    expect(plainCut("e\u0301", 1)).toBe(false);
    expect(plainCut("\r\n", 1)).toBe(false);
    expect(plainCut("😀", 1)).toBe(false);
  });
});

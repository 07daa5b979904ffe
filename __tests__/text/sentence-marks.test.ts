/** @jest-environment node */
import fc from "fast-check";
import { endsSentenceGap, isSentenceTerminal, SENTENCE_TERMINALS, terminalBefore, terminalClass } from "@/lib/text/sentence-marks";

const BY_REGEX = /^[\p{Sentence_Terminal}\u2026]$/u;

describe("the set: Unicode's Sentence_Terminal and the ellipsis", () => {
  it("holds the marks of the scripts readouts come in", () => {
    for (const mark of [".", "!", "?", "…", "։", "。", "！", "？", "．", "｡", "؟", "‼", "⁉", "‽", "\u2024"]) expect(isSentenceTerminal(mark, 0)).toBe(true);
    for (const other of [",", ";", ":", "：", "-", "a", " ", "»", "՝", "\u055e", "\u055c"]) expect(isSentenceTerminal(other, 0)).toBe(false);
  });

  it("agrees with \\p{Sentence_Terminal} on every BMP unit, and reads a mark outside the BMP from its high surrogate", () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (isSentenceTerminal(char, 0) !== BY_REGEX.test(char)) throw new Error(`U+${code.toString(16)}`);
    }
    const brahmiDanda = String.fromCodePoint(0x11047);
    expect(isSentenceTerminal(`ab${brahmiDanda}`, 2)).toBe(true);
    expect(isSentenceTerminal(`ab${brahmiDanda}`, 3)).toBe(false);
    expect(terminalBefore(`ab${brahmiDanda}`, 4)).toBe(true);
    expect(terminalBefore("ab.", 3)).toBe(true);
    expect(terminalBefore("ab", 2)).toBe(false);
    expect(isSentenceTerminal(".", -1)).toBe(false);
    expect(isSentenceTerminal(".", 1)).toBe(false);
  });

  it("terminalClass adds a site's extras as literal characters", () => {
    const expression = new RegExp(`^${terminalClass(":;]^-\\")}+$`, "u");
    expect(expression.test(".։。…:;]^-\\")).toBe(true);
    expect(expression.test(",")).toBe(false);
    expect(SENTENCE_TERMINALS).toBe("\\p{Sentence_Terminal}\\u2026");
  });
});

describe("endsSentenceGap: the gap between two words that ends a sentence", () => {
  const GAP = new RegExp(`${terminalClass()}["'’”»)\\]]*\\s+["'‘“«(]*$`, "u");
  const GAP_OR_COLON = new RegExp(`${terminalClass(":")}["'’”»)\\]]*\\s+["'‘“«(]*$`, "u");
  const pieces = fc.constantFrom(".", "!", "?", "…", "։", "。", ":", ",", " ", "  ", "\n", "\u00a0", '"', "'", "’", "”", "»", ")", "]", "‘", "“", "«", "(", "x", String.fromCodePoint(0x11047));
  const gaps = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(""));

  it("matches what /[marks][closing]*\\s+[opening]*$/u matches, with and without the colon", () => {
    fc.assert(
      fc.property(gaps, fc.string({ maxLength: 3 }), (gap, before) => {
        const text = `${before}${gap}`;
        expect(endsSentenceGap(text, before.length, text.length)).toBe(GAP.test(gap));
        expect(endsSentenceGap(text, before.length, text.length, () => true)).toBe(GAP_OR_COLON.test(gap));
      }),
      { numRuns: 2000 },
    );
  });

  it("asks colonEnds of the colon's offset", () => {
    const text = "հանդիպեցին: Նախարարը";
    const asked: number[] = [];
    expect(endsSentenceGap(text, 10, 12, (colon) => (asked.push(colon), true))).toBe(true);
    expect(asked).toEqual([10]);
    expect(endsSentenceGap(text, 10, 12)).toBe(false);
  });
});

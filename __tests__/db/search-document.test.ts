/** @jest-environment node */
import { MAX_DOCUMENT_CHARS, postgresDocument, postgresQuery, wordsColumn } from "@/lib/data/search-document";
import { foldForMatching } from "@/lib/text/fold";

describe("PostgreSQL search rows (lib/data/search-document)", () => {
  test("the words column holds the folded words between single spaces, with a space at each end", () => {
    expect(wordsColumn(foldForMatching("Envoy O’Brien — in Nagorno-Karabakh!"))).toBe(" envoy o brien in nagorno karabakh ");
    expect(wordsColumn("")).toBe(" ");
  });

  test("the tsvector literal numbers the title's words (weight A) then the body's, one entry per word", () => {
    expect(postgresDocument("talks in baku", "baku talks ended")).toEqual({
      literal: "'talks':1A,5 'in':2A 'baku':3A,4 'ended':6",
      overflow: false,
    });
  });

  test("a word too long for a lexeme, or a document past the size budget, marks the row as overflow", () => {
    const long = postgresDocument("t", `a ${"q".repeat(2047)} b`);
    expect(long).toEqual({ literal: "'t':1A 'a':2 'b':4", overflow: true });
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x`).join(" ");
    const big = postgresDocument("", words);
    expect(big.overflow).toBe(true);
    expect(big.literal.length).toBeLessThanOrEqual(MAX_DOCUMENT_CHARS);
  });

  test("positions stop at 16,383 and at 256 per word, as PostgreSQL requires", () => {
    const { literal, overflow } = postgresDocument("", "x ".repeat(20_000));
    expect(overflow).toBe(false);
    const positions = literal.slice("'x':".length).split(",").map(Number);
    expect(positions).toHaveLength(256);
    expect(positions[255]).toBe(256);
    const late = postgresDocument("", `${"y ".repeat(17_000)}z`).literal;
    expect(late.endsWith("'z':16383")).toBe(true);
  });

  test("a query is its words AND-ed, the last a prefix, and the phrase to find in the words column", () => {
    expect(postgresQuery(["nagorno", "karab"])).toEqual({ tsquery: "'nagorno' & 'karab':*", phrase: " nagorno karab" });
    expect(postgresQuery(["q".repeat(3000)])).toEqual({ tsquery: "", phrase: ` ${"q".repeat(3000)}` });
  });
});

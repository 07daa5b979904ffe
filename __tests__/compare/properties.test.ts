/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { Comparison, StatementInput } from "@/lib/compare";
import { prng } from "../../scripts/prng";


const PIECES = [
  "Blinken", "Աղբյուր", "переговоры", "Əliyev", "“", "”", "«", "»", "‘", "’", "\"", "'", "—", "–", "-", ".", "։", "?", "!",
  ",", ";", " ", " ", " ", "\n", "\u00a0", "100,000", "19-20", "U.S.", "Nov.", "مرحبا", "بالعالم", "שלום", "עולם", "😀",
  "👩‍👩‍👧", "e\u0301", "\u0301", "ﬁ", "İ", "\ud83d", "\u200b", "中文", "ไทย", "the", "peace", "talks", "O’Brien’s",
];

function randomText(random: () => number, pieces: number): string {
  let text = "";
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function expectConsistent(comparison: Comparison, inputs: StatementInput[]): void {
  for (const statement of comparison.statements) {
    const text = inputs.find((s) => s.id === statement.id)!.text;
    for (const segment of statement.segments) {
      expect(text.slice(segment.start, segment.end)).toBe(segment.text);
      expect(segment.text).toBe(segment.text.trim());
      expect(segment.text.length).toBeGreaterThan(0);
    }
  }
  for (const quote of comparison.quotes) {
    const text = inputs.find((s) => s.id === quote.statementId)!.text;
    for (const span of quote.spans) expect(span.end).toBeLessThanOrEqual(text.length);
    if (quote.source) {
      const source = inputs.find((s) => s.id === quote.source!.statementId)!.text;
      expect(source.slice(quote.source.span.start, quote.source.span.end)).toBe(quote.source.text);
    }
  }
  const segmentIds = comparison.rows.flatMap((row) => row.cells.flatMap((cell) => cell.segmentIds));
  expect(new Set(segmentIds).size).toBe(segmentIds.length);
  expect(segmentIds.length).toBe(comparison.statements.reduce((n, s) => n + s.segments.length, 0));
  expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
}

function statements(...texts: string[]): StatementInput[] {
  return texts.map((text, i) => ({ id: `s${i}`, label: `S${i}`, text }));
}

describe("robustness", () => {
  it.each([
    ["empty strings", ["", ""]],
    ["whitespace only", [" \n\t\u00a0 ", "   "]],
    ["a single word", ["peace", "peace"]],
    ["one statement", ["Only one statement."]],
    ["no punctuation at all", ["blinken aliyev peace talks baku", "aliyev blinken talks peace"]],
    ["unclosed quotation marks", ["He said “this never closes. And “neither does this", "«open ‘single"]],
  ])("never throws on %s", (_, texts) => {
    const inputs = statements(...texts);
    expectConsistent(compare(inputs), inputs);
  });

  it("handles no statements", () => {
    expect(compare([]).rows).toEqual([]);
  });

  it("handles 1 MB of one repeated word within a few seconds", () => {
    const inputs = statements("peace ".repeat(174_763), "peace talks. ".repeat(1000));
    const started = Date.now();
    const comparison = compare(inputs);
    expect(Date.now() - started).toBeLessThan(10_000);
    expectConsistent(comparison, inputs);
  });

  it("handles random Unicode: RTL scripts, emoji, combining marks, lone surrogates", () => {
    const random = prng(20231127);
    for (let round = 0; round < 25; round++) {
      const inputs = statements(...Array.from({ length: 2 + (round % 4) }, () => randomText(random, 20 + Math.floor(random() * 400))));
      expectConsistent(compare(inputs), inputs);
    }
  });

  it("gives identical output for identical input", () => {
    const random = prng(7);
    const inputs = statements(
      ...Array.from({ length: 4 }, () =>
        Array.from({ length: 30 }, () => `${randomText(random, 12)} Blinken and Aliyev discussed peace. `).join(""),
      ),
    );
    expect(compare(inputs)).toEqual(compare(inputs));
  });

  it("rejects duplicate ids and an unknown base", () => {
    expect(() => compare(statements("a", "b").map((s) => ({ ...s, id: "same" })))).toThrow(/duplicate/u);
    expect(() => compare(statements("a", "b"), { baseId: "missing" })).toThrow(/baseId/u);
    expect(() => compare(statements("a", "b"), { alignThreshold: 2 })).toThrow(RangeError);
  });

  it.each(["not a tag!", "constructor", "__proto__", ""])("survives the language tag %j", (language) => {
    const inputs = statements("First sentence. Second one.", "First sentence.").map((s) => ({ ...s, language }));
    expectConsistent(compare(inputs), inputs);
  });
});

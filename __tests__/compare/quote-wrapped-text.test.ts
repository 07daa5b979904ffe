/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { joinWrappedLines } from "@/lib/text/line-breaks";

// A quotation read over a hard-wrapped line (quotation-marks.ts, session 17) is shown on one line in the quote check's
// `text`, which views and exports print in a cell; its spans still point at the text as written. Texts written for this test.

const US: StatementInput = { id: "us", label: "US", party: "us", language: "en", speaker: "Antony Blinken", text: "Secretary Blinken spoke with President Aliyev. Peace is within reach, and it must not slip away." };

describe("a wrapped quotation's text", () => {
  test.each([
    ["LF", "\n"],
    ["CRLF with a space before it", " \r\n"],
    ["U+2028", "\u2028"],
    ["LF and an indent", "\n   "],
  ])("is one line (%s), its spans the text as written, its verdict as unwrapped", (_name, lineBreak) => {
    const text = `Secretary of State Antony Blinken called President Ilham Aliyev. “Peace is within reach,${lineBreak}and it must not slip away,” the Secretary said.`;
    const [quote] = compare([{ id: "n", label: "N", role: "secondary", language: "en", text }, US]).quotes.filter((check) => check.statementId === "n");
    expect(quote.text).toBe("Peace is within reach, and it must not slip away");
    expect(quote.spans.map(({ start, end }) => text.slice(start, end))).toEqual([`Peace is within reach,${lineBreak}and it must not slip away`]);
    expect(quote.verdict).toBe("verbatim");
  });

  test("joinWrappedLines: each line break with the spaces around it is one space; text without one is returned as is", () => {
    expect(joinWrappedLines("within reach,\r\n  and it")).toBe("within reach, and it");
    expect(joinWrappedLines("one\u2029two\n\nthree")).toBe("one two three");
    const plain = "no  line break here";
    expect(joinWrappedLines(plain)).toBe(plain);
  });
});

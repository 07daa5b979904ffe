/** @jest-environment node */
import { compare } from "@/lib/compare";
import { splitSentences } from "@/lib/compare/segment";

/** Tester 41: a numbered list's "1." was a sentence of its own, a claim row, and a "not reported by" for prose. */
const cut = (text: string) => splitSentences(text, "en").map(({ start, end }) => text.slice(start, end));

describe("a list item's marker stays with its sentence", () => {
  test("markers at the start of a line: numbers, letters, Roman numerals, with a dot or a bracket", () => {
    expect(cut("The sides agreed:\n1. The border commission will meet in April.\n2. Both sides will free detainees.\n3. Trade talks resume.")).toEqual([
      "The sides agreed:",
      "1. The border commission will meet in April.",
      "2. Both sides will free detainees.",
      "3. Trade talks resume.",
    ]);
    expect(cut("IV. The final section begins.\n  (2) Detainees are freed.\nb) Trade resumes.")).toEqual(["IV. The final section begins.", "(2) Detainees are freed.", "b) Trade resumes."]);
  });

  test("a number or a letter within a line is left as UAX #29 cuts it; a marker alone on its line stays alone", () => {
    expect(cut("The score was 2. 3. Then it ended.")).toEqual(["The score was 2.", "3.", "Then it ended."]);
    expect(cut("1.\nThe heading line.")).toEqual(["1.", "The heading line."]);
    expect(cut("He arrived at 5. Then he left.")).toEqual(["He arrived at 5.", "Then he left."]);
  });

  test("a list and the same points in prose: no row of markers, nobody left out a marker", () => {
    const list = "The ministers agreed on three points.\n1. The border commission will meet in April.\n2. Both sides will free all detainees.\n3. Trade talks will resume in May.";
    const prose = "The ministers agreed on three points. The border commission will meet in April. Both sides will free all detainees. Trade talks will resume in May.";
    const comparison = compare([
      { id: "list", label: "List", text: list },
      { id: "prose", label: "Prose", text: prose },
    ]);
    expect(comparison.rows.map((row) => row.reportedBy)).toEqual([
      ["list", "prose"],
      ["list", "prose"],
      ["list", "prose"],
      ["list", "prose"],
    ]);
    expect(comparison.rows.flatMap((row) => row.notReportedBy)).toEqual([]);
  });
});

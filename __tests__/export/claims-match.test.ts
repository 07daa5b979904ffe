/** @jest-environment node */
import { parse } from "csv-parse/sync";
import { compare } from "@/lib/compare";
import { toCsvTable } from "@/lib/export/csv";
import { comparisonSchema } from "@/lib/export/comparison-document-schema";
import type { ExportModel } from "@/lib/export/model";

// Issue 11, item 8: the claims export says each row's match strength and what matched, near words included.

const a = "The minister urged an end to the shelling of the villages.";
const b = "The minister demanded that the artillery fire on the villages stop.";
const c = "Snow closed three mountain passes overnight.";

function modelOf(): ExportModel {
  const comparison = compare([
    { id: "a", label: "A", text: `${a} ${c}` },
    { id: "b", label: "B", text: b },
  ]);
  // Only what the claims table reads: the columns, the comparison, the view's filter, and an event without exchanges.
  return {
    comparison,
    columns: [
      { id: "a", label: "Tarsa readout" },
      { id: "b", label: "Velland readout" },
    ],
    event: { exchanges: [], statements: [] },
    filter: null,
    partyOnly: null,
  } as unknown as ExportModel;
}

describe("match strength in the exports", () => {
  it("the claims CSV has the strength and the words matched, near words as 'a ≈ b'; a one-cell row leaves both empty", () => {
    const rows: string[][] = parse(toCsvTable(modelOf(), "claims"), { bom: true });
    expect(rows[0].slice(-3)).toEqual(["corrected", "match", "matched_on"]);
    expect(rows.slice(1).map((row) => [row[3], row[4], row.at(-2), row.at(-1)])).toEqual([
      [a, b, "strong", "words: villages · names: minister · similar words: shelling ≈ artillery"],
      [c, "", "", ""],
    ]);
  });

  it("the JSON document's schema keeps the listed near words and the judged similarity", () => {
    const parsed = comparisonSchema.parse(JSON.parse(JSON.stringify(modelOf().comparison)));
    expect(parsed.rows[0].match).toEqual({
      strength: "strong",
      words: ["villages"],
      names: ["minister"],
      numbers: [],
      similarWords: [{ kind: "neighbour", a: "shelling", b: "artillery" }],
      similarity: 0.316,
    });
    expect(parsed.rows[1].match).toBeUndefined();
  });
});

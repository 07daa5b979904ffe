/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { applyCorrections, CORRECTION_KINDS, type AlignmentCorrection, type SegmentAnchor } from "@/lib/compare/corrections";
import type { Comparison, StatementInput } from "@/lib/compare/types";
import { selectorFor } from "@/lib/text/anchoring";
import { dominantScript } from "@/lib/text/language";
import { otherLanguage, rowScripts, writtenBy } from "../helpers/script-oracle";

// Tester 62 F8 through the corrections path: an English readout (B) that writes its names in Cyrillic is Cyrillic by
// its dominant script, yet it writes Latin too: where it lacks a claim of a Latin row that is a gap, not "other
// language: not compared". Corrected rows are re-scoped (lib/compare/corrections.ts) by the rule the engine uses
// (lib/compare/exchanges.ts scopeRow: the row's scripts against those the statement writes). Texts invented for this test.
const A = "President Morrow spoke with President Valen. They discussed the Northern Pipeline. The leaders agreed to expand gas supplies to the south.";
const B = "Президент Александр Морроу-Величковский spoke with Президент Вениамин Валентинович Вален. They discussed Северный трубопровод.";
const statements: StatementInput[] = [
  { id: "a", label: "A", text: A, party: "a" },
  { id: "b", label: "B", text: B, party: "b" },
];

function anchorOf(comparison: Comparison, segmentId: string): SegmentAnchor {
  const segment = comparison.statements.flatMap((s) => s.segments).find((s) => s.id === segmentId)!;
  const text = statements.find((s) => s.id === segment.statementId)!.text;
  return { statementId: segment.statementId, ...selectorFor(text, segment.start, segment.end)! };
}

const cellsOf = (c: Comparison) => c.rows.map((row) => row.cells.map((cell) => cell.segmentIds.join("+")).join(" | "));

describe("corrected rows judge 'other language' by the row's scripts, as the engine does", () => {
  const engine = compare(statements);

  it("starts from rows where B, mostly in Cyrillic script, has its gaps in Latin rows; A is 'other language' for B's Cyrillic sentence", () => {
    expect([dominantScript(A), dominantScript(B)]).toEqual(["Latn", "Cyrl"]);
    expect(cellsOf(engine)).toEqual(["a:s0", "b:s0", "a:s1 | b:s1", "a:s2"]);
    // b:s0 is Cyrillic but for "spoke with" (a tenth of its letters): A, all Latin, could not have joined it.
    expect(engine.rows.map((row) => [row.notReportedBy, row.otherLanguageBy])).toEqual([
      [["b"], undefined],
      [[], ["a"]],
      [[], undefined],
      [["b"], undefined],
    ]);
  });

  it("after a correction, an empty cell of a statement that writes the row's script is not reported, as in the engine's rows", () => {
    // The editor confirms that the two "spoke with" sentences are not the same claim: both rows are re-scoped.
    const confirm: AlignmentCorrection = { id: 1, kind: "not_same_claim", subject: anchorOf(engine, "a:s0"), target: anchorOf(engine, "b:s0"), editorName: "Ed", createdAt: "2026-11-30T12:00:00.000Z" };
    const { comparison, appliedIds } = applyCorrections(engine, statements, [], [confirm]);
    expect(appliedIds).toEqual([1]);
    expect(cellsOf(comparison)).toEqual(cellsOf(engine));
    expect(comparison.rows[0].corrections).toHaveLength(1);
    expect(comparison.rows.map((row) => row.notReportedBy)).toEqual([["b"], [], [], ["b"]]);
    expect(comparison.rows.map((row) => row.otherLanguageBy)).toEqual([undefined, ["a"], undefined, undefined]);
    expect(comparison.coverage.map((c) => c.missingRowIds)).toEqual([[], ["r0", "r3"]]);
  });

  it("after a split of their only shared row, B still writes Latin: its empty cells in Latin rows are gaps, and A's in its part-Latin row", () => {
    // Gaps go by the row's scripts, not by which rows the two share (tester 71 F1, F2): B writes "spoke with" and "They
    // discussed" itself, so it could have joined the Latin rows, and A could have joined "They discussed Северный
    // трубопровод." (two fifths Latin), not B's first sentence (a tenth).
    const split: AlignmentCorrection = { id: 2, kind: "not_same_claim", subject: anchorOf(engine, "b:s1"), target: anchorOf(engine, "a:s1"), editorName: "Ed", createdAt: "2026-11-30T12:00:00.000Z" };
    const { comparison } = applyCorrections(engine, statements, [], [split]);
    expect(cellsOf(comparison)).toEqual(["a:s0", "b:s0", "a:s1", "b:s1", "a:s2"]);
    expect(comparison.rows.map((row) => [row.notReportedBy, row.otherLanguageBy])).toEqual([
      [["b"], undefined],
      [[], ["a"]],
      [["b"], undefined],
      [["a"], undefined],
      [["b"], undefined],
    ]);
  });

  it("property: in every corrected row, a statement is 'other language' exactly when it writes none of the row's scripts", () => {
    const segments = engine.statements.flatMap((s) => s.segments.map((segment) => segment.id));
    const written = new Map(statements.map((s) => [s.id, writtenBy(s.text)]));
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom(...CORRECTION_KINDS), subject: fc.nat(), target: fc.nat() }), { minLength: 1, maxLength: 4 }), (picks) => {
        const corrections = picks.map((p, i): AlignmentCorrection => ({
          id: i + 1,
          kind: p.kind,
          subject: anchorOf(engine, segments[p.subject % segments.length]),
          target: p.kind === "split" ? null : anchorOf(engine, segments[p.target % segments.length]),
          editorName: null,
          createdAt: "2026-11-30T00:00:00.000Z",
        }));
        const { rows } = applyCorrections(engine, statements, [], corrections).comparison;
        for (const row of rows.filter((r) => r.corrections)) {
          const scripts = rowScripts(row);
          for (const { id } of statements) {
            if (row.reportedBy.includes(id)) continue;
            const other = otherLanguage(written.get(id)!, scripts);
            expect({ row: row.id, id, otherLanguage: row.otherLanguageBy?.includes(id) ?? false, gap: row.notReportedBy.includes(id) }).toEqual({ row: row.id, id, otherLanguage: other, gap: !other });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { applyCorrections, CORRECTION_KINDS, type AlignmentCorrection, type SegmentAnchor } from "@/lib/compare/corrections";
import type { Comparison, StatementInput } from "@/lib/compare/types";
import { selectorFor } from "@/lib/text/anchoring";
import { dominantScript } from "@/lib/text/language";

// Tester 62 F8 through the corrections path: an English readout (B) that writes its names in Cyrillic is Cyrillic by
// script, yet it shares a row with the other readout (A), so it was compared with it: where it lacks a claim that is a
// gap, not "other language: not compared". Corrected rows are re-scoped (lib/compare/corrections.ts), and used to be
// judged by script alone. Texts invented for this test.
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

describe("corrected rows judge 'other language' by what was compared, as the engine does", () => {
  const engine = compare(statements);

  it("starts from rows where B, in Cyrillic script, shares one row with A and its other gaps are gaps", () => {
    expect([dominantScript(A), dominantScript(B)]).toEqual(["Latn", "Cyrl"]);
    expect(cellsOf(engine)).toEqual(["a:s0", "b:s0", "a:s1 | b:s1", "a:s2"]);
    expect(engine.rows.map((row) => row.notReportedBy)).toEqual([["b"], ["a"], [], ["b"]]);
    expect(engine.rows.some((row) => row.otherLanguageBy)).toBe(false);
  });

  it("after a correction, an empty cell of a statement that still shares a row with a reporter is not reported", () => {
    // The editor confirms that the two "spoke with" sentences are not the same claim: both rows are re-scoped.
    const confirm: AlignmentCorrection = { id: 1, kind: "not_same_claim", subject: anchorOf(engine, "a:s0"), target: anchorOf(engine, "b:s0"), editorName: "Ed", createdAt: "2026-11-30T12:00:00.000Z" };
    const { comparison, appliedIds } = applyCorrections(engine, statements, [], [confirm]);
    expect(appliedIds).toEqual([1]);
    expect(cellsOf(comparison)).toEqual(cellsOf(engine));
    expect(comparison.rows[0].corrections).toHaveLength(1);
    expect(comparison.rows.map((row) => row.notReportedBy)).toEqual([["b"], ["a"], [], ["b"]]);
    expect(comparison.rows.map((row) => row.otherLanguageBy)).toEqual([undefined, undefined, undefined, undefined]);
    expect(comparison.coverage.map((c) => c.missingRowIds)).toEqual([["r1"], ["r0", "r3"]]);
  });

  it("after a split of their only shared row, they were not compared: B's empty cells are 'other language'", () => {
    const split: AlignmentCorrection = { id: 2, kind: "not_same_claim", subject: anchorOf(engine, "b:s1"), target: anchorOf(engine, "a:s1"), editorName: "Ed", createdAt: "2026-11-30T12:00:00.000Z" };
    const { comparison } = applyCorrections(engine, statements, [], [split]);
    expect(cellsOf(comparison)).toEqual(["a:s0", "b:s0", "a:s1", "b:s1", "a:s2"]);
    expect(comparison.rows[2].otherLanguageBy).toEqual(["b"]);
    expect(comparison.rows[2].notReportedBy).toEqual([]);
    expect(comparison.rows[3].otherLanguageBy).toEqual(["a"]);
  });

  it("property: in every corrected row, a statement of another script is 'other language' exactly when it shares no row with a reporter", () => {
    const segments = engine.statements.flatMap((s) => s.segments.map((segment) => segment.id));
    const script = new Map(statements.map((s) => [s.id, dominantScript(s.text)]));
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
        const shareARow = (x: string, y: string) => rows.some((row) => row.reportedBy.includes(x) && row.reportedBy.includes(y));
        for (const row of rows.filter((r) => r.corrections)) {
          const scripts = new Set(row.reportedBy.map((id) => script.get(id)));
          for (const { id } of statements) {
            if (row.reportedBy.includes(id)) continue;
            const otherLanguage = !scripts.has(script.get(id)) && !row.reportedBy.some((reporter) => shareARow(id, reporter));
            expect({ row: row.id, id, otherLanguage: row.otherLanguageBy?.includes(id) ?? false, gap: row.notReportedBy.includes(id) }).toEqual({ row: row.id, id, otherLanguage, gap: !otherLanguage });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

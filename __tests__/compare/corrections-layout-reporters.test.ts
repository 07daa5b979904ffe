/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { applyCorrections, CORRECTION_KINDS, type AlignmentCorrection, type CorrectionKind, type SegmentAnchor } from "@/lib/compare/corrections";
import type { AlignedRow, Comparison, StatementInput } from "@/lib/compare/types";
import { rangeStatesNothing } from "@/lib/compare/wordless-rows";
import { selectorFor } from "@/lib/text/anchoring";

// Tester 71 F13: an editor's `said_in_other_words` from a bare "1." (a segment that states nothing:
// lib/compare/wordless-rows.ts) to B's claim was applied, and made A a reporter of the claim, so A's omission of it
// vanished. No correction may leave a statement reporting a claim only by segments that state nothing
// (lib/compare/layout-reporters.ts): applyCorrections refuses it as a problem. Texts written for this test.
const A = "Blinken spoke with Aliyev.\n\n1.\n\nBlinken noted points of concern.\n\n***\n\nThe call ended.";
const B = "Blinken spoke with Aliyev.\n\nAliyev complained about O'Brien.\n\nBlinken noted points of concern.";
const statements: StatementInput[] = [
  { id: "a", label: "A", text: A },
  { id: "b", label: "B", text: B },
];
const texts = new Map(statements.map((s) => [s.id, s.text]));

function anchor(statementId: string, exact: string): SegmentAnchor {
  const text = texts.get(statementId)!;
  const at = text.indexOf(exact);
  return { statementId, ...selectorFor(text, at, at + exact.length)! };
}
let nextId = 1;
const correction = (kind: CorrectionKind, subject: SegmentAnchor, target: SegmentAnchor | null = null): AlignmentCorrection => ({ id: nextId++, kind, subject, target, editorName: "Ed", createdAt: "2026-11-30T12:00:00.000Z" });
const rowOf = (c: Comparison, text: string) => c.rows.find((row) => row.cells.some((cell) => cell.text === text))!;
const COMPLAINT = "Aliyev complained about O'Brien.";

describe("a correction that would make a statement report a claim by layout alone is refused", () => {
  const engine = compare(statements);

  it("starts from A leaving out B's complaint", () => {
    expect(rowOf(engine, COMPLAINT).notReportedBy).toEqual(["a"]);
  });

  it.each([
    ["said_in_other_words", "1."],
    ["said_in_other_words", "***"],
    ["move", "1."],
    ["move", "***"],
    ["join", "1."],
    ["join", "***"],
  ] as const)("%s from A's %s to B's complaint", (kind, layout) => {
    const refused = correction(kind, anchor("a", layout), anchor("b", COMPLAINT));
    const { comparison, appliedIds, problems } = applyCorrections(engine, statements, [], [refused]);
    expect(appliedIds).toEqual([]);
    expect(problems).toEqual([{ kind: "skipped", correction: refused, reason: `“${layout}” states nothing (a bare list marker or a line without words), so it cannot report a claim` }]);
    // Nothing changed: the complaint is still A's omission.
    expect(comparison.rows.map((row) => [row.cells.map((cell) => cell.segmentIds), row.notReportedBy])).toEqual(engine.rows.map((row) => [row.cells.map((cell) => cell.segmentIds), row.notReportedBy]));
    expect(comparison.coverage.find((c) => c.statementId === "a")!.missingRowIds).toEqual([rowOf(comparison, COMPLAINT).id]);
  });

  it("a marker moved to its own item's row is applied; splitting the item away from it afterwards is refused", () => {
    const item = "Blinken noted points of concern.";
    const tidy = correction("move", anchor("a", "1."), anchor("a", item));
    const split = correction("split", anchor("a", item));
    const { comparison, appliedIds, problems } = applyCorrections(engine, statements, [], [tidy, split]);
    expect(appliedIds).toEqual([tidy.id]);
    expect(problems.map((p) => [p.correction.id, p.reason])).toEqual([[split.id, "“1.” states nothing (a bare list marker or a line without words), so it cannot report a claim"]]);
    const row = comparison.rows.find((r) => r.cells.some((cell) => cell.text === `1. ${item}`))!;
    expect(row.reportedBy).toEqual(["a", "b"]);
  });

  it("property: whatever corrections an editor makes, no statement reports a claim by segments that state nothing", () => {
    const segments = engine.statements.flatMap((s) => s.segments);
    const wordless = (statementId: string, segmentIds: readonly string[]) =>
      segmentIds.every((id) => {
        const segment = segments.find((s) => s.id === id)!;
        return rangeStatesNothing(texts.get(statementId)!, segment.start, segment.end);
      });
    const layoutOnly = (row: AlignedRow) =>
      row.cells.some((cell) => !wordless(cell.statementId, cell.segmentIds))
        ? row.reportedBy.filter((id) => {
            const own = [...(row.cells.find((c) => c.statementId === id)?.segmentIds ?? []), ...(row.restatements?.find((c) => c.statementId === id)?.segmentIds ?? [])];
            return wordless(id, own);
          })
        : [];
    expect(engine.rows.flatMap(layoutOnly)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom(...CORRECTION_KINDS), subject: fc.nat(), target: fc.nat() }), { minLength: 1, maxLength: 5 }), (picks) => {
        const corrections = picks.map((p, i): AlignmentCorrection => {
          const subject = segments[p.subject % segments.length];
          const target = segments[p.target % segments.length];
          return {
            id: i + 1,
            kind: p.kind,
            subject: { statementId: subject.statementId, ...selectorFor(texts.get(subject.statementId)!, subject.start, subject.end)! },
            target: p.kind === "split" ? null : { statementId: target.statementId, ...selectorFor(texts.get(target.statementId)!, target.start, target.end)! },
            editorName: null,
            createdAt: "2026-11-30T00:00:00.000Z",
          };
        });
        const { comparison } = applyCorrections(engine, statements, [], corrections);
        expect(comparison.rows.map((row) => [row.id, layoutOnly(row)])).toEqual(comparison.rows.map((row) => [row.id, []]));
      }),
      { numRuns: 150 },
    );
  });
});

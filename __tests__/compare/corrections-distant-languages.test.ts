/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { applyCorrections, CORRECTION_KINDS, type AlignmentCorrection } from "@/lib/compare/corrections";
import type { StatementInput } from "@/lib/compare/types";
import { selectorFor } from "@/lib/text/anchoring";

// Tester 71 F12: applyCorrections recomputed distant pairs without the statements' scripts, so after any correction
// (even one between the two English statements) the note on the English/Russian pairs, "different languages: not
// compared", became "these may describe different exchanges". It now passes the scripts compare() passes
// (lib/compare/corrections.ts; lib/compare/distant-pairs.ts). Texts written for this test.
const EN = "Secretary Blinken spoke with President Aliyev. They discussed the peace process. The Secretary thanked the President for the call.";
const RU = "Госсекретарь Блинкен поговорил с президентом Алиевым. Стороны обсудили мирный процесс.";
const statements: StatementInput[] = [
  { id: "en", label: "EN", text: EN, party: "us" },
  { id: "en2", label: "EN2", text: EN, party: "us2" },
  { id: "ru", label: "RU", text: RU, party: "az", language: "ru" },
];
const texts = new Map(statements.map((s) => [s.id, s.text]));
const LANGUAGES = "different languages: not compared";

describe("distant pairs after corrections keep their language note", () => {
  const engine = compare(statements);
  const notes = (pairs = engine.distantPairs!) => pairs.map((p) => [p.aId, p.bId, p.note]);

  it("starts from both English/Russian pairs in different languages", () => {
    expect(notes()).toEqual([
      ["en", "ru", LANGUAGES],
      ["en2", "ru", LANGUAGES],
    ]);
  });

  it("property: whatever the corrections, a pair of statements in two scripts is noted as in different languages", () => {
    const segments = engine.statements.flatMap((s) => s.segments);
    const selector = (segment: (typeof segments)[number]) => ({ statementId: segment.statementId, ...selectorFor(texts.get(segment.statementId)!, segment.start, segment.end)! });
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom(...CORRECTION_KINDS), subject: fc.nat(), target: fc.nat() }), { minLength: 1, maxLength: 3 }), (picks) => {
        const corrections = picks.map(
          (p, i): AlignmentCorrection => ({
            id: i + 1,
            kind: p.kind,
            subject: selector(segments[p.subject % segments.length]),
            target: p.kind === "split" ? null : selector(segments[p.target % segments.length]),
            editorName: null,
            createdAt: "2026-11-30T00:00:00.000Z",
          }),
        );
        const { comparison } = applyCorrections(engine, statements, [], corrections);
        for (const pair of comparison.distantPairs!) {
          const twoScripts = [pair.aId, pair.bId].includes("ru");
          expect([pair.aId, pair.bId, pair.note]).toEqual([pair.aId, pair.bId, twoScripts ? LANGUAGES : "these may describe different exchanges"]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("an unrelated correction between the English statements (the tester's case) leaves the notes as they were", () => {
    const sentence = "They discussed the peace process.";
    const at = EN.indexOf(sentence);
    const confirm: AlignmentCorrection = {
      id: 1,
      kind: "not_same_claim",
      subject: { statementId: "en2", ...selectorFor(EN, at, at + sentence.length)! },
      target: { statementId: "en", ...selectorFor(EN, at, at + sentence.length)! },
      editorName: "Ed",
      createdAt: "2026-11-30T12:00:00.000Z",
    };
    const { comparison, appliedIds } = applyCorrections(engine, statements, [], [confirm]);
    expect(appliedIds).toEqual([1]);
    expect(notes(comparison.distantPairs)).toEqual(notes());
  });
});

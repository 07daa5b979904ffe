/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { applyCorrections, type AlignmentCorrection, type CorrectionKind, type SegmentAnchor } from "@/lib/compare/corrections";
import type { Comparison, StatementInput } from "@/lib/compare/types";
import { selectorFor } from "@/lib/text/anchoring";

// Two accounts of one invented call, in our own words. The engine puts A's thank-you sentence into the border row
// (a:s1 + a:s2 share a cell), and only B mentions trade: the rows below are what the engine gives today.
const A = "The ministers discussed the water treaty. They agreed to reopen the border crossing next spring. The minister thanked his colleague for the invitation.";
const B = "Both ministers discussed the water treaty at length. The two sides will reopen the border crossing in the spring. Trade between the two countries has doubled since last year.";
const inputs = (a = A, b = B): StatementInput[] => [
  { id: "a", label: "A", text: a },
  { id: "b", label: "B", text: b },
];

/** The anchor of `exact` (first occurrence) in a statement's text. */
function anchor(statementId: string, text: string, exact: string): SegmentAnchor {
  const at = text.indexOf(exact);
  if (at < 0) throw new Error(`"${exact}" not in ${statementId}`);
  return { statementId, ...selectorFor(text, at, at + exact.length)! };
}

const THANKS = "The minister thanked his colleague for the invitation.";
const TRADE = "Trade between the two countries has doubled since last year.";
const BORDER_A = "They agreed to reopen the border crossing next spring.";
const BORDER_B = "The two sides will reopen the border crossing in the spring.";
const TREATY_A = "The ministers discussed the water treaty.";

let nextId = 1;
function correction(kind: CorrectionKind, subject: SegmentAnchor, target: SegmentAnchor | null = null): AlignmentCorrection {
  return { id: nextId++, kind, subject, target, editorName: "Ed Itor", createdAt: "2026-11-30T12:00:00.000Z" };
}

const cellsOf = (c: Comparison) => c.rows.map((row) => row.cells.map((cell) => cell.segmentIds.join("+")).join(" | "));
const missing = (c: Comparison, id: string) => c.coverage.find((x) => x.statementId === id)!.missingRowIds;

describe("applyCorrections", () => {
  const engine = compare(inputs());

  it("starts from the engine's rows this test is written against", () => {
    expect(cellsOf(engine)).toEqual(["a:s0 | b:s0", "a:s1+a:s2 | b:s1", "b:s2"]);
    expect(missing(engine, "a")).toEqual(["r2"]);
    expect(missing(engine, "b")).toEqual([]);
  });

  it("returns the engine's comparison itself when there are no corrections", () => {
    const result = applyCorrections(engine, inputs(), [], []);
    expect(result.comparison).toBe(engine);
    expect(result.problems).toEqual([]);
  });

  it("split: the sentence and the rest of its cell leave the row, into a new row right after it, credited on both", () => {
    const split = correction("split", anchor("a", A, THANKS));
    const { comparison, appliedIds, problems } = applyCorrections(engine, inputs(), [], [split]);
    expect(appliedIds).toEqual([split.id]);
    expect(problems).toEqual([]);
    expect(cellsOf(comparison)).toEqual(["a:s0 | b:s0", "a:s1 | b:s1", "a:s2", "b:s2"]);
    expect(comparison.rows.map((r) => r.id)).toEqual(["r0", "r1", "r2", "r3"]);
    expect(comparison.rows[2].notReportedBy).toEqual(["b"]);
    expect(comparison.rows[2].cells[0].text).toBe(THANKS);
    expect(missing(comparison, "a")).toEqual(["r3"]);
    expect(missing(comparison, "b")).toEqual(["r2"]);
    const credit = [{ id: split.id, kind: "split", editorName: "Ed Itor", createdAt: "2026-11-30T12:00:00.000Z" }];
    expect(comparison.rows[1].corrections).toEqual(credit);
    expect(comparison.rows[2].corrections).toEqual(credit);
    // Untouched rows are the engine's own (renumbered only when their place changed).
    expect(comparison.rows[0]).toBe(engine.rows[0]);
    expect(comparison.rows[3]).toEqual({ ...engine.rows[2], id: "r3", index: 3 });
    // The corrected row's framing diff is redone for its new cells, and it claims no automatic match.
    expect(comparison.rows[1].diffs).toHaveLength(1);
    expect(comparison.rows[1].diffs[0].parts.filter((p) => p.op !== "insert").map((p) => p.text).join("")).toBe(BORDER_A);
    expect(comparison.rows[1].match).toBeUndefined();
  });

  it("split of a whole one-cell row changes nothing and says so", () => {
    const split = correction("split", anchor("b", B, TRADE));
    const { comparison, problems, appliedIds } = applyCorrections(engine, inputs(), [], [split]);
    expect(appliedIds).toEqual([]);
    expect(problems).toEqual([{ kind: "skipped", correction: split, reason: "the row holds nothing else to split from" }]);
    expect(comparison.rows).toEqual(engine.rows);
  });

  it("move: the sentence joins the target's row; coverage follows", () => {
    const move = correction("move", anchor("a", A, THANKS), anchor("b", B, TRADE));
    const { comparison } = applyCorrections(engine, inputs(), [], [move]);
    expect(cellsOf(comparison)).toEqual(["a:s0 | b:s0", "a:s1 | b:s1", "a:s2 | b:s2"]);
    expect(missing(comparison, "a")).toEqual([]);
    expect(comparison.rows[1].corrections!.map((c) => c.id)).toEqual([move.id]);
    expect(comparison.rows[2].corrections!.map((c) => c.id)).toEqual([move.id]);
  });

  it("move that would make a cell of non-adjacent sentences is skipped, not half-done", () => {
    const move = correction("move", anchor("a", A, THANKS), anchor("b", B, "Both ministers discussed the water treaty at length."));
    const { comparison, problems } = applyCorrections(engine, inputs(), [], [move]);
    expect(problems.map((p) => [p.kind, p.correction.id])).toEqual([["skipped", move.id]]);
    expect(problems[0].reason).toMatch(/not next to each other/);
    expect(comparison.rows).toEqual(engine.rows);
  });

  it("join: two rows become one at the earlier one's place; cells of one statement must be adjacent", () => {
    const join = correction("join", anchor("b", B, TRADE), anchor("a", A, BORDER_A));
    const { comparison } = applyCorrections(engine, inputs(), [], [join]);
    expect(cellsOf(comparison)).toEqual(["a:s0 | b:s0", "a:s1+a:s2 | b:s1+b:s2"]);
    expect(comparison.rows[1].cells[1].text).toBe(`${BORDER_B} ${TRADE}`);
    expect(missing(comparison, "a")).toEqual([]);

    const apart = correction("join", anchor("a", A, TREATY_A), anchor("b", B, TRADE));
    const skipped = applyCorrections(engine, inputs(), [], [apart]);
    expect(skipped.problems.map((p) => p.kind)).toEqual(["skipped"]);
    expect(skipped.comparison.rows).toEqual(engine.rows);
  });

  it("not the same claim: the subject's cell leaves the target's row; already apart is a credited no-op", () => {
    const notSame = correction("not_same_claim", anchor("b", B, BORDER_B), anchor("a", A, BORDER_A));
    const { comparison } = applyCorrections(engine, inputs(), [], [notSame]);
    expect(cellsOf(comparison)).toEqual(["a:s0 | b:s0", "a:s1+a:s2", "b:s1", "b:s2"]);
    expect(missing(comparison, "a")).toEqual(["r2", "r3"]);
    expect(missing(comparison, "b")).toEqual(["r1"]);

    const apart = correction("not_same_claim", anchor("b", B, TRADE), anchor("a", A, TREATY_A));
    const noop = applyCorrections(engine, inputs(), [], [apart]);
    expect(noop.appliedIds).toEqual([apart.id]);
    expect(cellsOf(noop.comparison)).toEqual(cellsOf(engine));
    expect(noop.comparison.rows.filter((r) => r.corrections).map((r) => r.id)).toEqual(["r0", "r2"]);
  });

  it("said in other words: the statement counts as reporting the row, its wording shown, its sentence not moved", () => {
    const said = correction("said_in_other_words", anchor("a", A, THANKS), anchor("b", B, TRADE));
    const { comparison } = applyCorrections(engine, inputs(), [], [said]);
    expect(cellsOf(comparison)).toEqual(cellsOf(engine));
    const trade = comparison.rows[2];
    expect(trade.reportedBy).toEqual(["a", "b"]);
    expect(trade.notReportedBy).toEqual([]);
    expect(trade.soleReporter).toBeNull();
    expect(trade.restatements).toEqual([{ statementId: "a", segmentIds: ["a:s2"], text: THANKS, spans: [{ start: A.indexOf(THANKS), end: A.length }], correctionId: said.id }]);
    expect(missing(comparison, "a")).toEqual([]);
    expect(comparison.coverage.find((c) => c.statementId === "b")!.uniqueRowIds).toEqual([]);
    expect(comparison.exchanges[0].parties.find((p) => p.party === "a")!.leftOutRowIds).toEqual([]);
  });

  it("follows a sentence through an edit elsewhere in the statement, and orphans it when its words change", () => {
    const split = correction("split", anchor("a", A, THANKS));
    const shifted = `The call lasted an hour. ${A}`;
    const afterInsert = compare(inputs(shifted));
    const moved = applyCorrections(afterInsert, inputs(shifted), [], [split]);
    expect(moved.appliedIds).toEqual([split.id]);
    expect(moved.comparison.rows.find((r) => r.cells.some((c) => c.text === THANKS))!.corrections!.map((c) => c.id)).toEqual([split.id]);

    const edited = A.replace("his colleague", "the hosts");
    const afterEdit = compare(inputs(edited));
    const orphan = applyCorrections(afterEdit, inputs(edited), [], [split]);
    expect(orphan.appliedIds).toEqual([]);
    expect(orphan.problems).toEqual([{ kind: "orphaned", correction: split, reason: `“${THANKS}” is no longer in the statement` }]);
    expect(orphan.comparison.rows).toEqual(afterEdit.rows);
  });

  it("sets aside, without orphaning, a correction about a statement that is not shown", () => {
    const other = correction("split", { statementId: "c", exact: "x", prefix: "", suffix: "", start: 0, end: 1 });
    const result = applyCorrections(engine, inputs(), [], [other]);
    expect(result.notShownIds).toEqual([other.id]);
    expect(result.problems).toEqual([]);
  });

  it("reset to automatic (dropping a row's corrections) gives back the engine's row", () => {
    const split = correction("split", anchor("a", A, THANKS));
    const said = correction("said_in_other_words", anchor("a", A, THANKS), anchor("b", B, TRADE));
    const both = applyCorrections(engine, inputs(), [], [split, said]);
    expect(cellsOf(both.comparison)).toEqual(["a:s0 | b:s0", "a:s1 | b:s1", "a:s2", "b:s2"]);
    const tradeRow = both.comparison.rows[3];
    expect(tradeRow.corrections!.map((c) => c.id)).toEqual([said.id]);
    const reset = applyCorrections(engine, inputs(), [], [split, said].filter((c) => !tradeRow.corrections!.some((r) => r.id === c.id)));
    expect(reset.comparison.rows[3]).toEqual({ ...engine.rows[2], id: "r3", index: 3 });
    expect(missing(reset.comparison, "a")).toEqual(["r3"]);
  });
});

// ---------------------------------------------------------------- properties

const SENTENCES = [
  "The ministers discussed the water treaty.",
  "They agreed to reopen the border crossing next spring.",
  "The minister thanked his colleague for the invitation.",
  "Trade between the two countries has doubled since last year.",
  "Both sides called for the release of detained fishermen.",
  "The envoy will visit the capital in March.",
  "A joint commission on the river will meet twice a year.",
  "The talks were frank and useful.",
];

const statementsArb = fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 3 }).map((lists) =>
  lists.map((sentences, i): StatementInput => ({ id: `s${i}`, label: `S${i}`, text: sentences.join(" ") })),
);

/** Every segment is in exactly one cell, restatements name real segments, and coverage agrees with the rows. */
function expectWellFormed(comparison: Comparison): void {
  const seen = new Map<string, number>();
  for (const row of comparison.rows) for (const cell of row.cells) for (const id of cell.segmentIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  const all = comparison.statements.flatMap((s) => s.segments.map((seg) => seg.id));
  expect([...seen.keys()].sort()).toEqual([...all].sort());
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  comparison.rows.forEach((row, i) => {
    expect(row.id).toBe(`r${i}`);
    expect(row.cells.length).toBeGreaterThan(0);
    for (const id of row.notReportedBy) expect(row.reportedBy).not.toContain(id);
    for (const cell of row.cells) expect(row.reportedBy).toContain(cell.statementId);
  });
  for (const entry of comparison.coverage) {
    expect(entry.missingRowIds).toEqual(comparison.rows.filter((r) => r.notReportedBy.includes(entry.statementId)).map((r) => r.id));
    expect(entry.reportedRowIds).toEqual(comparison.rows.filter((r) => r.reportedBy.includes(entry.statementId)).map((r) => r.id));
  }
}

describe("applyCorrections, as a property", () => {
  it("never loses or duplicates a segment, and resetting every corrected row gives back the engine's rows", () => {
    const kinds: CorrectionKind[] = ["split", "move", "join", "not_same_claim", "said_in_other_words"];
    fc.assert(
      fc.property(
        statementsArb,
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), subject: fc.nat(), target: fc.nat() }), { maxLength: 6 }),
        (statements, picks) => {
          const engine = compare(statements);
          const segments = engine.statements.flatMap((s) => s.segments);
          const text = new Map(statements.map((s) => [s.id, s.text]));
          const anchorOf = (n: number): SegmentAnchor => {
            const seg = segments[n % segments.length];
            return { statementId: seg.statementId, ...selectorFor(text.get(seg.statementId)!, seg.start, seg.end)! };
          };
          let corrections = picks.map((p, i): AlignmentCorrection => ({
            id: i + 1,
            kind: p.kind,
            subject: anchorOf(p.subject),
            target: p.kind === "split" ? null : anchorOf(p.target),
            editorName: null,
            createdAt: "2026-11-30T00:00:00.000Z",
          }));
          let result = applyCorrections(engine, statements, [], corrections);
          expectWellFormed(result.comparison);
          expect(result.appliedIds.length + result.problems.length).toBe(corrections.length);
          // Every applied correction is credited on a row, so "reset to automatic" can reach it.
          const credited = new Set(result.comparison.rows.flatMap((row) => (row.corrections ?? []).map((c) => c.id)));
          expect(result.appliedIds.filter((id) => !credited.has(id))).toEqual([]);
          // Reset to automatic, row by row, until no row is corrected (a reset may let a skipped correction apply).
          for (let round = 0; round <= picks.length; round++) {
            const corrected = result.comparison.rows.find((row) => row.corrections);
            if (!corrected) break;
            const reset = new Set(corrected.corrections!.map((c) => c.id));
            corrections = corrections.filter((c) => !reset.has(c.id));
            result = applyCorrections(engine, statements, [], corrections);
            expectWellFormed(result.comparison);
          }
          expect(result.comparison.rows).toEqual(engine.rows);
          expect(result.comparison.coverage).toEqual(engine.coverage);
          expect(result.comparison.exchanges).toEqual(engine.exchanges);
        },
      ),
      { numRuns: 100 },
    );
  });
});

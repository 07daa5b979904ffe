/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { applyCorrections, CORRECTION_KINDS, KINDS_WITH_TARGET, type AlignmentCorrection, type SegmentAnchor } from "@/lib/compare/corrections";
import { tokenize } from "@/lib/compare/tokens";
import type { AlignedRow, Comparison, ExchangeInput, StatementInput } from "@/lib/compare/types";
import { cellStatesNothing, rangeStatesNothing, unitStatesNothing } from "@/lib/compare/wordless-rows";
import { selectorFor } from "@/lib/text/anchoring";

// One rule for rows that state nothing ("***", "—", a bare "1."), on every path that judges a row's gaps: compare(),
// corrected rows (applyCorrections) and exchange coverage. Texts invented for these tests.
const A = "The ministers discussed the water treaty.\n\n***\n\n—\n\nThey agreed to reopen the border crossing next spring.\n\n1.\n\nThe commission will meet in March.";
const B = "Both ministers discussed the water treaty at length.\n\n***\n\nThe two sides will reopen the border crossing in the spring.";
const C = "The foreign ministers talked about the water treaty.\n\nThey will reopen the border crossing in spring.";
const statements: StatementInput[] = [
  { id: "a", label: "A", text: A, party: "pa" },
  { id: "b", label: "B", text: B, party: "pb" },
  { id: "c", label: "C", text: C, party: "pc" },
];

let nextId = 1;
function correction(comparison: Comparison, inputs: readonly StatementInput[], kind: AlignmentCorrection["kind"], subject: string, target: string | null = null): AlignmentCorrection {
  const anchorOf = (segmentId: string): SegmentAnchor => {
    const segment = comparison.statements.flatMap((s) => s.segments).find((s) => s.id === segmentId)!;
    const text = inputs.find((s) => s.id === segment.statementId)!.text;
    return { statementId: segment.statementId, ...selectorFor(text, segment.start, segment.end)! };
  };
  return { id: nextId++, kind, subject: anchorOf(subject), target: target ? anchorOf(target) : null, editorName: "Ed Itor", createdAt: "2026-11-30T12:00:00.000Z" };
}

const cellsOf = (c: Comparison) => c.rows.map((row) => row.cells.map((cell) => cell.segmentIds.join("+")).join(" | "));
const rowWith = (c: Comparison, cells: string) => c.rows.find((row) => row.cells.map((cell) => cell.segmentIds.join("+")).join(" | ") === cells)!;
/** A row's verdicts as the views read them; a wordless row must have none (and no otherLanguageBy key at all). */
const verdicts = (row: AlignedRow) => ({ notReportedBy: row.notReportedBy, otherExchangeBy: row.otherExchangeBy, otherLanguageBy: row.otherLanguageBy, soleReporter: row.soleReporter, hasLanguageKey: "otherLanguageBy" in row });
const NONE = { notReportedBy: [], otherExchangeBy: [], otherLanguageBy: undefined, soleReporter: null, hasLanguageKey: false };
/** One of `values` (fc.constantFrom without spreading an array into a call). */
const oneOf = <T,>(values: readonly T[]) => fc.nat({ max: values.length - 1 }).map((k) => values[k]);
const partyLists = (c: Comparison) => c.exchanges.flatMap((x) => x.parties.flatMap((p) => [...p.onlyItRowIds, ...p.leftOutRowIds]));

describe("corrected rows that state nothing have no verdicts, as the engine's", () => {
  const engine = compare(statements);

  it("starts from the engine's rows: each separator and marker a row of its own, without verdicts", () => {
    expect(cellsOf(engine)).toEqual(["a:s0 | b:s0 | c:s0", "b:s1", "a:s1", "a:s2", "a:s3 | b:s2 | c:s1", "a:s4", "a:s5"]);
    for (const cells of ["b:s1", "a:s1", "a:s2", "a:s4"]) expect(verdicts(rowWith(engine, cells))).toEqual(NONE);
    // The commission sentence is a claim: A alone said it, B and C left it out.
    expect(rowWith(engine, "a:s5")).toMatchObject({ notReportedBy: ["b", "c"], soleReporter: "a" });
  });

  it("exchange coverage lists no separator or marker as what A alone said or B and C left out; the claim stays", () => {
    const parties = new Map(engine.exchanges[0].parties.map((p) => [p.party, p]));
    const claim = rowWith(engine, "a:s5").id;
    expect(parties.get("pa")!.onlyItRowIds).toEqual([claim]);
    expect(parties.get("pb")!.leftOutRowIds).toEqual([claim]);
    expect(parties.get("pc")!.leftOutRowIds).toEqual([claim]);
    expect(parties.get("pb")!.onlyItRowIds).toEqual([]);
  });

  it("move: A's '***' moved into B's '***' row is a row of separators, not one C left out", () => {
    const { comparison, appliedIds } = applyCorrections(engine, statements, [], [correction(engine, statements, "move", "a:s1", "b:s1")]);
    expect(appliedIds).toHaveLength(1);
    expect(verdicts(rowWith(comparison, "a:s1 | b:s1"))).toEqual(NONE);
    expect(partyLists(comparison)).not.toContain(rowWith(comparison, "a:s1 | b:s1").id);
  });

  it("split: a corrected row of '***' and '—' split again leaves two rows that no one left out or said alone", () => {
    const inputs = [correction(engine, statements, "move", "a:s2", "a:s1"), correction(engine, statements, "split", "a:s2")];
    const { comparison, appliedIds } = applyCorrections(engine, statements, [], inputs);
    expect(appliedIds).toHaveLength(2);
    for (const cells of ["a:s1", "a:s2"]) {
      expect(rowWith(comparison, cells).corrections).toBeDefined();
      expect(verdicts(rowWith(comparison, cells))).toEqual(NONE);
    }
    // The coverage lists follow the rows: A alone said only the commission sentence, and B and C left out only that.
    const coverage = new Map(comparison.coverage.map((c) => [c.statementId, c]));
    expect(coverage.get("a")!.uniqueRowIds).toEqual([rowWith(comparison, "a:s5").id]);
    expect(coverage.get("b")!.missingRowIds).toEqual([rowWith(comparison, "a:s5").id]);
  });

  it("a marker moved beside a claim keeps the claim's gaps: only rows that state nothing at all lose theirs", () => {
    const { comparison } = applyCorrections(engine, statements, [], [correction(engine, statements, "move", "a:s4", "a:s5")]);
    expect(rowWith(comparison, "a:s4+a:s5")).toMatchObject({ notReportedBy: ["b", "c"], soleReporter: "a" });
  });
});

describe("a separator is not 'other language: not compared'", () => {
  const R = "Министры обсудили договор о воде.\n\n***\n\nОни договорились открыть границу весной.";
  const inputs: StatementInput[] = [
    { id: "a", label: "A", text: B, party: "pa" },
    { id: "c", label: "C", text: C, party: "pc" },
    { id: "r", label: "R", text: R, language: "ru", party: "pr" },
  ];
  const engine = compare(inputs);

  it("the Russian and the English separators have no otherLanguageBy; rows with words keep theirs", () => {
    expect(verdicts(rowWith(engine, "a:s1"))).toEqual(NONE);
    expect(verdicts(rowWith(engine, "r:s1"))).toEqual(NONE);
    expect(rowWith(engine, "r:s0").otherLanguageBy).toEqual(["a", "c"]);
    expect(rowWith(engine, "a:s0 | c:s0").otherLanguageBy).toEqual(["r"]);
  });

  it("nor after a correction joins the two separators", () => {
    const { comparison } = applyCorrections(engine, inputs, [], [correction(engine, inputs, "join", "r:s1", "a:s1")]);
    expect(verdicts(rowWith(comparison, "a:s1 | r:s1"))).toEqual(NONE);
  });

  it("exchange coverage does not list a separator as what one party alone said or another left out", () => {
    expect(partyLists(engine)).not.toContain(rowWith(engine, "a:s1").id);
    expect(partyLists(engine)).not.toContain(rowWith(engine, "r:s1").id);
  });
});

describe("one rule on both paths", () => {
  // Characters of every class the tokenizer knows: ASCII words and punctuation, marks, other scripts, unspaced scripts,
  // astral characters (surrogate pairs at window edges), digits of other systems, spaces and line breaks.
  const PIECES = ["a", "Z", "7", "*", "—", "-", ".", ")", "(", " ", "\n", "\u0301", "ж", "Ա", "中", "ไ", "😀", "٣", "²", "Ⅻ", "\u00ad", "’", "•"];
  const text = fc.array(oneOf(PIECES), { maxLength: 200 }).map((parts) => parts.join(""));

  it("rangeStatesNothing (text read again) agrees with unitStatesNothing (tokens counted by the engine)", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("en", "ru", "zh", "th"), (value, language) => {
        let count = 0;
        tokenize(value, 0, value.length, language, () => count++);
        const unit = { start: 0, end: value.length, tokenFrom: 0, tokenTo: count };
        expect(rangeStatesNothing(value, 0, value.length, language)).toBe(unitStatesNothing(value, unit));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a cell's segments from its text: '1. 2.' is two markers, '1. 2' is not", () => {
    expect(cellStatesNothing({ text: "1. 2.", spans: [{ start: 0, end: 2 }, { start: 10, end: 12 }] })).toBe(true);
    expect(cellStatesNothing({ text: "1. 2", spans: [{ start: 0, end: 2 }, { start: 10, end: 11 }] })).toBe(false);
    expect(cellStatesNothing({ text: "*** —", spans: [{ start: 0, end: 3 }, { start: 9, end: 10 }] })).toBe(true);
  });

  // Random events of claims, separators and markers (one a paragraph), in two exchanges and two scripts, and random
  // corrections on them: a row whose cells are all separators or markers never has a verdict, on either path.
  const CLAIMS = [
    "The ministers discussed the water treaty.",
    "They agreed to reopen the border crossing next spring.",
    "The commission will meet in March.",
    "Both sides welcomed the release of the detainees.",
    "The envoy will travel to the capital next week.",
  ];
  const CLAIMS_RU = ["Министры обсудили договор о воде.", "Стороны договорились открыть границу весной.", "Комиссия соберётся в марте."];
  const WORDLESS = ["***", "—", "* * *", "###", "1.", "2.", "40.", "b)", "iv.", "• 3."];
  const EXCHANGES: ExchangeInput[] = [
    { id: "x1", label: "First call", participants: [] },
    { id: "x2", label: "Second call", participants: [] },
  ];
  const statementArb = fc.record({
    russian: fc.boolean(),
    pieces: fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 8 }),
    exchanges: fc.subarray(["x1", "x2"]),
    secondary: fc.boolean(),
  });
  const eventArb = fc.record({
    statements: fc.array(statementArb, { minLength: 2, maxLength: 4 }),
    withExchanges: fc.boolean(),
    corrections: fc.array(fc.record({ kind: oneOf(CORRECTION_KINDS), subject: fc.nat(), target: fc.nat(), wordless: fc.boolean() }), { maxLength: 4 }),
  });

  it("property: no verdict on a row of separators and markers, from compare() or applyCorrections", () => {
    let wordlessRows = 0;
    let correctedWordless = 0;
    fc.assert(
      fc.property(eventArb, ({ statements: drawn, withExchanges, corrections }) => {
        const inputs: StatementInput[] = drawn.map((s, k) => {
          const claims = s.russian ? CLAIMS_RU : CLAIMS;
          const text = s.pieces.map(([wordless, n]) => (wordless ? WORDLESS[n % WORDLESS.length] : claims[n % claims.length])).join("\n\n");
          return { id: `s${k}`, label: `S${k}`, text, party: `p${k}`, role: s.secondary && k > 0 ? "secondary" : "primary", ...(s.russian ? { language: "ru" } : {}), ...(withExchanges ? { exchangeIds: s.exchanges } : {}) };
        });
        const exchanges = withExchanges ? EXCHANGES : [];
        const engine = compare(inputs, {}, exchanges);
        // The test's own reading: a segment states nothing when it is exactly one of the pieces without words.
        const segments = engine.statements.flatMap((s) => s.segments);
        const wordlessIds = new Set(segments.filter((s) => WORDLESS.includes(s.text.trim())).map((s) => s.id));
        const check = (comparison: Comparison, corrected: boolean) => {
          const listed = new Set(partyLists(comparison));
          for (const row of comparison.rows) {
            if (!row.cells.every((cell) => cell.segmentIds.every((id) => wordlessIds.has(id)))) continue;
            wordlessRows++;
            if (corrected && row.corrections) correctedWordless++;
            expect(verdicts(row)).toEqual(NONE);
            expect(listed.has(row.id)).toBe(false);
          }
        };
        check(engine, false);
        const pick = (n: number, wordless: boolean) => {
          const pool = wordless && wordlessIds.size ? segments.filter((s) => wordlessIds.has(s.id)) : segments;
          return pool[n % pool.length].id;
        };
        const made = corrections.map(({ kind, subject, target, wordless }) =>
          correction(engine, inputs, kind, pick(subject, wordless), KINDS_WITH_TARGET.includes(kind) ? pick(target, wordless) : null),
        );
        check(applyCorrections(engine, inputs, exchanges, made).comparison, true);
      }),
      { numRuns: 150 },
    );
    // The events do make such rows, corrected ones among them: the property is not vacuous.
    expect(wordlessRows).toBeGreaterThan(200);
    expect(correctedWordless).toBeGreaterThan(10);
  });
});

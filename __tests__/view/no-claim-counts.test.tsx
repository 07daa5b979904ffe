import { render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { AlignedView } from "@/components/event/AlignedView";
import { CoverageView } from "@/components/event/CoverageView";
import { compare } from "@/lib/compare";
import { applyCorrections, type AlignmentCorrection, type SegmentAnchor } from "@/lib/compare/corrections";
import { distantPairs } from "@/lib/compare/distant-pairs";
import type { Comparison, ExchangeInput } from "@/lib/compare/types";
import { toCsvTable } from "@/lib/export/csv";
import { toMarkdown } from "@/lib/export/markdown";
import { selectorFor } from "@/lib/text/anchoring";
import { claimLines, filterAndSort } from "@/lib/view/coverage-matrix";
import { mostAlikePair } from "@/lib/view/default-pair";
import { distantPairsNotes } from "@/lib/view/distant-pairs-note";
import { exchangeSummaries } from "@/lib/view/exchange-summary";
import { partyOnlyRows } from "@/lib/view/party-only-rows";
import { columnsOf, eventOf, exportModelOf, inputsOf, LAYOUT_STATEMENTS, withoutLayout, type LayoutStatement } from "../helpers/layout-event";

/**
 * A row that states nothing ("***", "* * *", "—" between sections, a bare "1.") is no claim (AlignedRow.statesNothing),
 * and no count a reader sees holds it: the statement coverage ("reports N claims"), the exchange summary's claim and
 * background counts, "N claims in all", the navigator, the coverage matrix, "only among the parties", and the exports.
 * Before, the event below read "13 claims in all" for its 6 claims, North "reported" 7 and South 5 (their separators
 * and markers), and the coverage matrix had a line "***" marked "not reported" by everyone without one.
 */

const LAYOUT = LAYOUT_STATEMENTS;
const PLAIN = LAYOUT.map((s) => ({ ...s, lines: withoutLayout(s.lines) }));
const compareOf = (statements: readonly LayoutStatement[]) => compare(inputsOf(statements));
const withLayout = compareOf(LAYOUT);
const plain = compareOf(PLAIN);
const columns = columnsOf(LAYOUT);
const lengths = (c: Comparison) => c.coverage.map((x) => [x.statementId, x.reportedRowIds.length, x.uniqueRowIds.length, x.missingRowIds.length]);
const summariesOf = (c: Comparison) => exchangeSummaries(c, columns, eventOf(LAYOUT));

describe("the engine's lists count claims only", () => {
  it("the separators and markers are rows of their own, marked statesNothing; the claims are not", () => {
    const marked = withLayout.rows.filter((row) => row.statesNothing).map((row) => row.cells.map((cell) => cell.text).join(" | "));
    expect(marked.sort()).toEqual(["* * *", "* * *", "***", "***", "1.", "2.", "—"]);
    expect(plain.rows.some((row) => "statesNothing" in row)).toBe(false);
    expect(withLayout.rows.length).toBe(13);
  });

  it("coverage: North reports 4 claims, South 3, the wire 3, with or without the layout lines", () => {
    expect(lengths(withLayout)).toEqual([
      ["north", 4, 2, 1],
      ["south", 3, 1, 2],
      ["wire", 3, 1, 0],
    ]);
    expect(lengths(withLayout)).toEqual(lengths(plain));
    const rowsById = new Map(withLayout.rows.map((row) => [row.id, row]));
    for (const entry of withLayout.coverage) for (const id of entry.reportedRowIds) expect(rowsById.get(id)!.statesNothing).toBeUndefined();
  });

  it("exchange coverage: 5 claims and 1 background sentence; a wire story's '***' is no background", () => {
    const [exchange] = withLayout.exchanges;
    expect([exchange.rowIds.length, exchange.backgroundRowIds.length]).toEqual([5, 1]);
    const [summary] = summariesOf(withLayout);
    expect([summary.claimCount, summary.backgroundCount, summary.backgroundSources]).toEqual([5, 1, ["Wire"]]);
    expect(summariesOf(plain).map((s) => [s.claimCount, s.backgroundCount])).toEqual([[5, 1]]);
  });

  it("'only among the parties' and the coverage matrix hold no separator", () => {
    const partyOnly = partyOnlyRows(withLayout.rows, columns)!;
    expect([...partyOnly.values()].map((ids) => ids.length)).toEqual([2, 1]);
    const lines = claimLines(withLayout);
    expect(lines.map((line) => line.label)).toEqual(claimLines(plain).map((line) => line.label));
    expect(lines.some((line) => !/\p{L}/u.test(line.label))).toBe(false);
  });

  it("the default pair and the distant-pairs note are not made by two texts' shared separators", () => {
    // A row of two separators (an editor joined them: corrections.ts) beside a claim two other texts share.
    const cell = (statementId: string, text: string) => ({ statementId, segmentIds: [`${statementId}:s0`], text, spans: [{ start: 0, end: text.length }] });
    const row = (id: string, cells: ReturnType<typeof cell>[], similarity: number, statesNothing?: true) => ({
      ...withLayout.rows[0],
      match: undefined,
      id,
      cells,
      reportedBy: cells.map((c) => c.statementId),
      similarity,
      ...(statesNothing ? { statesNothing } : {}),
    });
    const rows = [row("r0", [cell("north", "***"), cell("south", "***")], 1, true), row("r1", [cell("north", "The minister called."), cell("wire", "The minister phoned.")], 0.6)];
    expect(mostAlikePair({ rows, versions: [] }, ["north", "south", "wire"])).toEqual(["north", "wire"]);
    // Nor do two texts "share only 1 weak match" by their separators: North and South share no claim.
    const notes = distantPairsNotes(distantPairs(["north", "south", "wire"], rows, ["Latn", "Latn", "Latn"]), (id) => id);
    expect(notes).toContain("north and south share no claim: these may describe different exchanges.");
  });
});

describe("corrected rows (applyCorrections) count claims only, as the engine's", () => {
  it("South's '* * *' joined to North's '***' by an editor: a row of separators, in no count", () => {
    const inputs = inputsOf(LAYOUT);
    const anchor = (text: string): SegmentAnchor => {
      const segment = withLayout.statements.flatMap((st) => st.segments).find((seg) => seg.text === text && seg.statementId !== "wire")!;
      return { statementId: segment.statementId, ...selectorFor(inputs.find((i) => i.id === segment.statementId)!.text, segment.start, segment.end)! };
    };
    const correction: AlignmentCorrection = { id: 1, kind: "join", subject: anchor("* * *"), target: anchor("***"), editorName: "Ed Itor", createdAt: "2026-10-03T12:00:00.000Z" };
    const { comparison, appliedIds } = applyCorrections(withLayout, inputs, [], [correction]);
    expect(appliedIds).toEqual([1]);
    const joined = comparison.rows.find((row) => row.corrections)!;
    expect([joined.cells.map((cell) => cell.text), joined.statesNothing]).toEqual([["***", "* * *"], true]);
    expect(lengths(comparison)).toEqual(lengths(plain));
    expect(comparison.exchanges.map((x) => [x.rowIds.length, x.backgroundRowIds.length])).toEqual([[5, 1]]);
  });
});

describe("the aligned view", () => {
  const view = () =>
    render(
      <AlignedView
        comparison={withLayout}
        columns={columns}
        statements={[]}
        filter={null}
        filterHref={() => "#"}
        annotations={new Map()}
        summaries={summariesOf(withLayout)}
      />,
    );

  it("says 6 claims in all and counts what each statement reported without its separators", () => {
    view();
    const table = screen.getByTestId("coverage-summary");
    expect(table.querySelector("caption")!.textContent).toBe("6 claims in all. Click a number to see those claims.");
    const reported = [...table.querySelectorAll("tbody tr")].map((tr) => tr.querySelectorAll("td")[0].textContent);
    expect(reported).toEqual(["4", "3", "3"]);
  });

  it("the exchange summary says 5 claims and 1 background sentence", () => {
    view();
    const summary = screen.getByRole("heading", { name: "Who reported what" }).parentElement!.textContent!;
    expect(summary).toMatch(/: 5 claims, 1 background sentence only in Wire\)/);
    expect(summary).not.toMatch(/\b(?:1[0-3]|[6-9]) claims/);
  });

  it("shows the separators in place, as layout: not a claim the navigator steps to, no gap, empty cells", () => {
    view();
    expect(screen.getByTestId("current-change")).toHaveTextContent("5 claims");
    const table = screen.getByTestId("aligned-table");
    const rows = within(table).getAllByTestId("aligned-row");
    const layout = rows.filter((row) => row.hasAttribute("data-no-claim"));
    expect(layout).toHaveLength(5);
    for (const row of layout) {
      expect(row.hasAttribute("data-change")).toBe(false);
      expect(within(row).queryAllByTestId("not-reported")).toHaveLength(0);
      expect(within(row).queryAllByTestId("not-in-report")).toHaveLength(0);
      expect(within(row).getAllByTestId("no-claim-cell").length).toBeGreaterThan(0);
      expect(row.querySelector("th a")!.getAttribute("aria-label")).toMatch(/^Row \d+: no claim/);
    }
    // The claims are numbered 1–5 for the navigator, in order, skipping the layout rows.
    expect(rows.filter((row) => !row.hasAttribute("data-no-claim")).map((row) => row.getAttribute("data-change"))).toEqual(["1", "2", "3", "4", "5"]);
    // The wire story's own separators are no background sentence.
    const background = screen.getByTestId("background-rows");
    expect(background.querySelector("summary")!.textContent).toBe("1 background sentence only in Wire");
    expect(within(background).getAllByTestId("aligned-row")).toHaveLength(1);
  });
});

describe("the coverage view", () => {
  it("has one matrix line per claim: 6, none of them a separator or a marker", () => {
    render(<CoverageView comparison={withLayout} columns={columns} coverage={{ only: null, all: false, sort: "order" }} href={() => "#"} claimHref={() => "#"} />);
    const matrix = screen.getByTestId("claims-matrix");
    expect(matrix.querySelector("caption")!.textContent).toBe("Claims (6)");
    expect(within(matrix).getAllByTestId("claims-matrix-line").map((line) => line.querySelector("th")!.textContent)).toEqual(
      claimLines(plain).map((line) => line.label),
    );
  });
});

// What a reader counts, in the views' models and the Markdown and CSV exports: never a row id or row number, which
// the layout rows shift.
function readerCounts(statements: readonly LayoutStatement[], comparison: Comparison) {
  const cols = columnsOf(statements);
  const partyOnly = partyOnlyRows(comparison.rows, cols);
  const lines = claimLines(comparison);
  const shown = cols.map((c) => c.id);
  const model = exportModelOf(statements, comparison, partyOnly);
  const markdown = toMarkdown(model);
  const csvLines = (csv: string) => csv.trim().split("\r\n").length - 1;
  return {
    summaries: exchangeSummaries(comparison, cols, eventOf(statements)).map((s) => [s.claimCount, s.backgroundCount, s.parties.map((p) => [p.onlyItTotal, p.leftOutTotal])]),
    coverage: comparison.coverage.map((c) => [c.reportedRowIds.length, c.uniqueRowIds.length, c.missingRowIds.length]),
    partyOnly: partyOnly && [...partyOnly.values()].map((ids) => ids.length),
    matrix: [lines.length, filterAndSort(lines, shown, { only: null, all: true, sort: "order" }).length, ...shown.map((only) => filterAndSort(lines, shown, { only, all: false, sort: "order" }).length)],
    // "(call: 5 claims, 1 background sentence only in Wire)", "only it said (2)", "### Background (1)".
    markdown: [...markdown.matchAll(/\((\d+)\)|(\d+) (?:claims?|background sentences?)\b/g)].map((m) => m[0]),
    csvClaims: csvLines(toCsvTable(model, "claims")),
    // Claim lines only: a bare marker is also a number entity ("1"; lib/compare/entities.ts), another matter.
    csvCoverage: toCsvTable(exportModelOf(statements, comparison, partyOnly, "coverage"), "coverage").split("\r\n").filter((line) => line.startsWith("claim,")).length,
  };
}

describe("property: separators and list markers put between the claims change no count a reader sees", () => {
  // No claim points back ("that", "it": back-references.ts joins such a short sentence to the one before it, and a
  // separator between them rightly stops that), so the layout lines change no row of claims.
  const CLAIMS = [
    "The ministers discussed the water treaty.",
    "They agreed to reopen the border crossing next spring.",
    "The commission will meet again before the summer.",
    "Both sides welcomed the release of the detainees.",
    "The envoy will travel to the capital next week.",
    "Fishing boats stayed in the harbour on Friday.",
  ];
  const LAYOUT_LINES = ["***", "—", "* * *", "###", "1.", "2.", "40.", "b)", "iv.", "• 3."];
  const EXCHANGES: ExchangeInput[] = [
    { id: "x1", label: "First call", participants: [] },
    { id: "x2", label: "Second call", participants: [] },
  ];
  const oneOf = <T,>(values: readonly T[]) => fc.nat({ max: values.length - 1 }).map((k) => values[k]);
  const statementArb = fc.record({
    claims: fc.uniqueArray(fc.nat({ max: CLAIMS.length - 1 }), { minLength: 1, maxLength: 4 }),
    // Where the layout lines go: before claim k (k = the claims' count: after the last), and which.
    layout: fc.array(fc.tuple(fc.nat({ max: 4 }), oneOf(LAYOUT_LINES)), { minLength: 1, maxLength: 4 }),
    secondary: fc.boolean(),
    exchanges: fc.subarray(["x1", "x2"]),
  });
  const eventArb = fc.record({ statements: fc.array(statementArb, { minLength: 2, maxLength: 4 }), withExchanges: fc.boolean() });

  it("holds on random events, with and without exchanges and secondary sources", () => {
    let layoutRows = 0;
    fc.assert(
      fc.property(eventArb, ({ statements, withExchanges }) => {
        const build = (layout: boolean): LayoutStatement[] =>
          statements.map((s, k) => {
            const lines: string[] = [];
            s.claims.forEach((claim, at) => {
              if (layout) for (const [before, line] of s.layout) if (Math.min(before, s.claims.length) === at) lines.push(line);
              lines.push(CLAIMS[claim]);
            });
            if (layout) for (const [before, line] of s.layout) if (before >= s.claims.length) lines.push(line);
            return { id: `s${k}`, label: `S${k}`, lines, secondary: s.secondary && k > 0 };
          });
        const exchangeIds = withExchanges ? (s: LayoutStatement) => statements[Number(s.id.slice(1))].exchanges : undefined;
        const run = (layout: boolean) => {
          const built = build(layout);
          return { built, comparison: compare(inputsOf(built, exchangeIds), {}, withExchanges ? EXCHANGES : []) };
        };
        const bare = run(false);
        const laid = run(true);
        layoutRows += laid.comparison.rows.filter((row) => row.statesNothing).length;
        expect(readerCounts(laid.built, laid.comparison)).toEqual(readerCounts(bare.built, bare.comparison));
      }),
      { numRuns: 150 },
    );
    // The events did hold rows that state nothing: the property is not vacuous.
    expect(layoutRows).toBeGreaterThan(100);
  });
});

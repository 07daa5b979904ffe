import { render, screen, within } from "@testing-library/react";
import { CoverageSummary } from "@/components/aligned/CoverageSummary";
import { CoverageMatrix } from "@/components/coverage/CoverageMatrix";
import type { AlignedRow } from "@/lib/compare/types";
import { emptyCellText } from "@/lib/export/model";
import { emptyCellKind, gapIds } from "@/lib/view/empty-cell";
import { columns } from "../helpers/comparison-fixture";

// Tester 57 #2: a secondary source (a reference column) without a claim is never a gap, in any view.
const [readout, statement, news] = columns;

const row = (fields: Partial<AlignedRow>): AlignedRow => ({
  id: "r0",
  index: 0,
  cells: [],
  reportedBy: [],
  notReportedBy: [],
  otherExchangeBy: [],
  exchangeIds: [],
  secondaryOnly: false,
  soleReporter: null,
  similarity: 1,
  diffs: [],
  ...fields,
});

describe("emptyCellKind", () => {
  test("a primary statement of the claim's exchange is a gap; a secondary one of that exchange is 'not in this report'", () => {
    const claim = row({ reportedBy: ["am"], notReportedBy: ["us"] });
    expect(emptyCellKind(claim, statement)).toBe("gap");
    expect(emptyCellKind(claim, news)).toBe("not_in_report");
    expect(emptyCellText(claim, statement)).toBe("not reported by State Dept.");
    expect(emptyCellText(claim, news)).toBe("not in this report");
  });

  test("a comparison made before the rule, listing the news report as a gap, is read by role: still quiet", () => {
    const old = row({ reportedBy: ["am"], notReportedBy: ["us", "news"] });
    expect(emptyCellKind(old, news)).toBe("not_in_report");
    expect(gapIds(old, columns)).toEqual(["us"]);
  });

  test("other exchange and background keep their own quiet words, whatever the role", () => {
    const elsewhere = row({ reportedBy: ["am"], otherExchangeBy: ["us", "news"] });
    expect(emptyCellKind(elsewhere, statement)).toBe("other_exchange");
    expect(emptyCellKind(elsewhere, news)).toBe("other_exchange");
    const background = row({ reportedBy: ["news"], secondaryOnly: true });
    expect(emptyCellKind(background, readout)).toBe("background");
    expect(emptyCellText(background, readout)).toBe("background (secondary source only)");
  });
});

describe("a statement in another language than the row's cells (tester 57 #12)", () => {
  test("its cell is 'other language: not compared', in the page's words and the export's, never a gap", () => {
    const claim = row({ reportedBy: ["am"], otherLanguageBy: ["us", "news"] });
    expect(emptyCellKind(claim, statement)).toBe("other_language");
    expect(emptyCellKind(claim, news)).toBe("other_language");
    expect(emptyCellText(claim, statement)).toBe("other language: not compared");
    expect(gapIds(claim, columns)).toEqual([]);
  });

  test("the Coverage matrix marks it quietly with ≠", () => {
    render(<CoverageMatrix title="Claims" lines={[{ id: "r0", label: "A claim", reportedBy: ["am"], otherLanguageBy: ["us"], order: 0 }]} columns={columns} testId="lang-matrix" />);
    const line = screen.getByTestId("lang-matrix-line");
    expect(within(line).getByLabelText("other language: not compared (State Dept.)")).toHaveTextContent("≠");
    expect(within(line).queryByLabelText("not reported by State Dept.")).toBeNull();
  });
});

describe("the Coverage page's matrix and counts", () => {
  test("the news report's column is quiet where it lacks a line; a party's column says 'not reported'", () => {
    render(<CoverageMatrix title="Claims" lines={[{ id: "r0", label: "A claim", reportedBy: ["am"], order: 0 }]} columns={columns} testId="claims-matrix" />);
    const line = screen.getByTestId("claims-matrix-line");
    expect(within(line).getByLabelText("not reported by State Dept.")).toHaveTextContent("—");
    expect(within(line).getByLabelText("not in this report (News report)")).toHaveTextContent("·");
    expect(within(line).queryByLabelText("not reported by News report")).toBeNull();
  });

  test("'left out' is n/a for the news report, a count for a party", () => {
    const coverage = columns.map((c) => ({ statementId: c.id, reportedRowIds: [], uniqueRowIds: [], missingRowIds: c.id === "us" ? ["r1"] : [] }));
    render(<CoverageSummary coverage={coverage} columns={columns} totalRows={2} filterHref={() => "#"} partyOnly={null} />);
    const newsRow = screen.getAllByRole("row").find((tr) => tr.textContent!.includes("News report"))!;
    expect(within(newsRow).getByTestId("left-out-na")).toHaveTextContent("n/a");
    expect(screen.getByRole("link", { name: "1 claims not reported by State Dept." })).toBeInTheDocument();
  });
});

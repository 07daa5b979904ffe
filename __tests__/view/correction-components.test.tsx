import { render, screen, within } from "@testing-library/react";
import { AlignedTable } from "@/components/aligned/AlignedTable";
import { CorrectionProblems } from "@/components/aligned/CorrectionProblems";
import type { CorrectionProblem } from "@/lib/compare/corrections";
import type { CorrectionEditing } from "@/lib/view/correction-menu";
import { columns, rows } from "../helpers/comparison-fixture";

const editing: CorrectionEditing = {
  eventId: 1,
  seen: "1:5",
  statements: new Map([["am", { id: 1, version: 1 }], ["us", { id: 2, version: 1 }], ["news", { id: 3, version: 1 }]]),
  versions: new Map([[5, 1]]),
  labels: new Map(columns.map((c) => [c.id, c.label])),
  actions: { correct: async (state) => state, reset: async (state) => state },
};

const corrected = [
  {
    ...rows[0],
    notReportedBy: [],
    reportedBy: ["am", "us", "news"],
    restatements: [{ statementId: "us", segmentIds: ["us:s4"], text: "The peace talks came up.", spans: [{ start: 90, end: 114 }], correctionId: 5 }],
    corrections: [{ id: 5, kind: "said_in_other_words" as const, editorName: "Ana Roe", createdAt: "2026-11-30T09:00:00.000Z" }],
  },
  ...rows.slice(1),
];

describe("corrections on the aligned view", () => {
  test("a reader sees the credit and the wording said in other words, and no correction menu", () => {
    render(<AlignedTable rows={corrected} columns={columns} emptyMessage="none" />);
    const row = screen.getAllByTestId("aligned-row")[0];
    expect(within(row).getByTestId("row-credit")).toHaveTextContent(/^corrected by Ana Roe on 30 November 2026$/);
    expect(within(row).getByTestId("restated-cell")).toHaveTextContent("Said in other wordsState Dept., in another row: The peace talks came up.");
    expect(within(row).queryByTestId("gap-cell")).toBeNull();
    expect(screen.queryAllByTestId("row-correction-menu")).toHaveLength(0);
  });

  test("an editor gets one menu per row, with reset only on the corrected row", () => {
    render(<AlignedTable rows={corrected} columns={columns} emptyMessage="none" editing={editing} />);
    expect(screen.getAllByTestId("row-correction-menu")).toHaveLength(3);
    expect(screen.getAllByRole("button", { name: "Reset to automatic", hidden: true })).toHaveLength(1);
  });

  test("corrections that no longer apply are listed for readers; only editors may discard them", () => {
    const problems: CorrectionProblem[] = [
      {
        kind: "orphaned",
        reason: "“The talks went well.” is no longer in the statement",
        correction: { id: 5, kind: "split", subject: { statementId: "am", exact: "The talks went well.", prefix: "", suffix: "", start: 0, end: 20 }, target: null, editorName: "Ana Roe", createdAt: "2026-11-29T09:00:00.000Z" },
      },
    ];
    const labels = new Map(columns.map((c) => [c.id, c.label]));
    const { unmount } = render(<CorrectionProblems problems={problems} labels={labels} editing={null} />);
    expect(screen.getByRole("heading")).toHaveTextContent("1 editor’s correction no longer applies");
    expect(screen.getByTestId("correction-problem")).toHaveTextContent(
      "Orphaned: split of “The talks went well.” (Armenia PMO), by Ana Roe on 29 November 2026 — “The talks went well.” is no longer in the statement.",
    );
    expect(screen.queryByRole("button", { name: "Discard" })).toBeNull();
    unmount();
    render(<CorrectionProblems problems={problems} labels={labels} editing={editing} />);
    expect(screen.getByRole("button", { name: "Discard" })).toBeInTheDocument();
  });
});

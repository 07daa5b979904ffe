/** @jest-environment node */
import fc from "fast-check";
import { compareTwo, expectReportedOnlyBy, rowHolding } from "../helpers/two-readouts";
import { headingShaped, isLeadIn } from "@/lib/compare/lead-ins";

// Tester 57 #5: a list's lead-in ("…the following issues were discussed:") and a readout's heading lines ("READOUT", a
// headline) became rows of their own, each "not reported by" every statement that said the same in prose.
const rowsOf = (a: string, b: string) => compareTwo(["office", a], ["ministry", b]).rows;

describe("lead-ins and headings join what they introduce", () => {
  test("an English list's lead-in is in the row of the list's first item, never alone", () => {
    const rows = rowsOf(
      "In the course of the call the sides went over these topics:\n- the draft border treaty;\n- the release of detained fishermen;\n- winter aid for the displaced families.",
      "The foreign ministers went over the draft border treaty, the release of detained fishermen and winter aid for the displaced families.",
    );
    const leadIn = rowHolding(rows, "went over these topics");
    expect(leadIn.cells[0].text).toMatch(/these topics: - the draft border treaty;$/u);
  });

  test("a Russian list's lead-in too", () => {
    const rows = rowsOf(
      "В ходе разговора были затронуты следующие темы:\n— проект договора о границе;\n— освобождение задержанных рыбаков.",
      "Министры затронули проект договора о границе и освобождение задержанных рыбаков.",
    );
    expect(rows.flatMap((row) => row.notReportedBy)).toEqual([]);
  });

  test("a heading and a headline join the first sentence below them; the claims keep their rows", () => {
    const rows = rowsOf(
      "PRESS RELEASE\n\nMinisters review border treaty by phone\n\nThe foreign minister spoke by phone with his counterpart. They reviewed the draft border treaty.",
      "The foreign minister spoke by phone with his counterpart. They reviewed the draft border treaty.",
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].cells[0].text).toMatch(/^PRESS RELEASE Ministers review border treaty by phone The foreign minister/u);
    expect(rows.flatMap((row) => row.notReportedBy)).toEqual([]);
  });

  test("list items without a full stop stay claims of their own: a missing item is still a gap", () => {
    const rows = rowsOf(
      "The ministers discussed:\n- the draft border treaty\n- the release of detained fishermen\n- a new railway timetable",
      "The ministers discussed the draft border treaty and the release of detained fishermen.",
    );
    expectReportedOnlyBy(rows, "railway timetable", "office", "ministry");
  });

  test("a sentence that ends a line is no heading; a lead-in only introduces", () => {
    expect(headingShaped("They reviewed the draft border treaty.", "\n\n")).toBe(false);
    expect(headingShaped("- the draft border treaty", "\n")).toBe(false);
    expect(headingShaped("1. the draft border treaty", "\n")).toBe(false);
    expect(headingShaped("Ministers review border treaty by phone", "\n\n")).toBe(true);
    expect(headingShaped("Ministers review border treaty by phone", " ")).toBe(false);
    expect(isLeadIn("The sides agreed on the following:")).toBe(true);
    expect(isLeadIn("The leaders agreed to meet in Washington in January and also discussed the following issues:")).toBe(false);
    expect(isLeadIn("Aliyev rejected the criticism voiced in Congress, stating:")).toBe(false);
    // Tester 62 F6: a lower-case claim before the colon, or no word that announces a list.
    expect(isLeadIn("The sides agreed to reopen the railway and discussed the following:")).toBe(false);
    expect(isLeadIn("He warned that the army would respond to any shelling, adding:")).toBe(false);
    expect(isLeadIn("В ходе беседы были обсуждены:")).toBe(true);
  });

  // Tester 61 F6 and F7: lines without full stops in a text's body, a headline with a claim the text does not repeat,
  // and a lead-in with a claim of its own are claims: an omission of them must stay a gap.
  test("a headline in capitals, or of three words, that states a claim the text does not is a claim (tester 62 F5)", () => {
    for (const headline of ["ENVOY WILL DEPLOY MONITORS ALONG THE WHOLE BORDER", "Monitors to deploy"]) {
      const rows = rowsOf(`${headline}\n\nThe envoy spoke with the northern leader. They discussed the harbour.`, "The envoy spoke with the northern leader. They discussed the harbour.");
      const claim = rowHolding(rows, headline);
      expect([headline, claim.cells[0].text, claim.notReportedBy]).toEqual([headline, headline, ["ministry"]]);
    }
  });

  test("a body line without a full stop is a claim of its own", () => {
    const rows = rowsOf(
      "The president had a call with the envoy\nThe president criticised remarks by a foreign senator\nThe sides discussed the peace agenda\nThe president invited the senator to the capital",
      "The envoy spoke with the president. The sides discussed the peace agenda.",
    );
    expectReportedOnlyBy(rows, "criticised remarks", "office", "ministry");
  });

  test("a headline the text does not repeat is a claim; a lead-in with a claim of its own keeps its row", () => {
    const headline = rowsOf("Envoy warns the north against a winter offensive\n\nThe envoy spoke with the northern leader. They discussed the harbour.", "The envoy spoke with the northern leader. They discussed the harbour.");
    const warns = headline.find((row) => row.cells.some((cell) => cell.text.includes("winter offensive")))!;
    expect(warns.notReportedBy).toEqual(["ministry"]);
    const leadIn = rowsOf(
      "The leaders agreed to hold the next round in Geneva in January and also discussed these matters:\n- the draft border treaty;\n- the release of detained fishermen.",
      "The leaders discussed the draft border treaty and the release of detained fishermen.",
    );
    const geneva = leadIn.find((row) => row.cells.some((cell) => cell.text.includes("next round in Geneva")))!;
    expect(geneva.notReportedBy).toEqual(["ministry"]);
  });
});

test("property: whatever heading lines stand above a readout, every row of its claims is reported by both statements", () => {
  const claims = "The foreign minister spoke by phone with his counterpart. They reviewed the draft border treaty. Both agreed to meet in Geneva next month.";
  const headingLine = fc.constantFrom("READOUT", "PRESS RELEASE", "Ministers review treaty by phone", "GENEVA, 4 March", "FOREIGN MINISTRY", "Ministers agree to meet in Geneva");
  fc.assert(
    fc.property(fc.array(headingLine, { minLength: 1, maxLength: 3 }), (headings) => {
      const rows = rowsOf(`${headings.join("\n\n")}\n\n${claims}`, claims);
      expect(rows.map((row) => row.reportedBy)).toEqual([
        ["office", "ministry"],
        ["office", "ministry"],
        ["office", "ministry"],
      ]);
    }),
    { numRuns: 40 },
  );
});

// Helper 72: a list marker or separator on its own line between a lead-in (or heading) and its first item made the row
// "…the following: 1.", which the prose statement did not report, and left the lead-in away from its list.
test("property: layout lines between a lead-in or heading and its first item go with the item", () => {
  const prose = "The sides reviewed the draft border treaty. They agreed to free the detained fishermen.";
  const layout = fc.constantFrom("1.", "(1)", "a)", "***", "—", "I.");
  const opener = fc.constantFrom("The sides went over the following issues:", "READOUT", "FOREIGN MINISTRY");
  fc.assert(
    fc.property(opener, layout, fc.constantFrom("\n", "\n\n"), (first, marker, gap) => {
      const rows = rowsOf(`${first}${gap}${marker}${gap}The sides reviewed the draft border treaty.${gap}They agreed to free the detained fishermen.`, prose);
      const treaty = rowHolding(rows, "draft border treaty");
      expect(treaty.reportedBy).toEqual(["office", "ministry"]);
      // No row holds the opener or the marker apart from the item they introduce, so none is a gap of the prose readout.
      for (const row of rows) expect(row.notReportedBy).toEqual([]);
      expect(treaty.cells.find((cell) => cell.statementId === "office")!.text.startsWith(first)).toBe(true);
    }),
    { numRuns: 60 },
  );
});

/** @jest-environment node */
import { compare } from "@/lib/compare";

describe("coverage", () => {
  const comparison = compare([
    {
      id: "am",
      label: "Armenia",
      text: "The leaders discussed the peace treaty. Over 100,000 displaced people from Nagorno-Karabakh need housing.",
    },
    { id: "az", label: "Azerbaijan", text: "The leaders discussed the peace treaty text. Baku protested the visa ban on its officials." },
    { id: "us", label: "U.S.", text: "The Secretary and the President discussed the peace treaty. The Secretary praised the prisoner exchange." },
  ]);
  const row = (fragment: string) => comparison.rows.find((r) => r.cells.some((c) => c.text.includes(fragment)))!;
  const coverage = (id: string) => comparison.coverage.find((c) => c.statementId === id)!;

  it("marks a claim reported by everyone as reported by all and missing for none", () => {
    const shared = row("peace treaty");
    expect(shared.reportedBy).toEqual(["am", "az", "us"]);
    expect(shared.notReportedBy).toEqual([]);
    for (const id of ["am", "az", "us"]) expect(coverage(id).missingRowIds).not.toContain(shared.id);
  });

  it("lists a claim only one statement made as unique to it and missing for the others", () => {
    const displaced = row("100,000");
    expect(displaced.reportedBy).toEqual(["am"]);
    expect(displaced.notReportedBy).toEqual(["az", "us"]);
    expect(coverage("am").uniqueRowIds).toContain(displaced.id);
    expect(coverage("az").missingRowIds).toContain(displaced.id);
    expect(coverage("us").missingRowIds).toContain(displaced.id);
    expect(coverage("us").uniqueRowIds).toEqual([row("prisoner exchange").id]);
  });

  it("accounts for every row exactly once per statement", () => {
    for (const { reportedRowIds, missingRowIds } of comparison.coverage) {
      expect([...reportedRowIds, ...missingRowIds].sort()).toEqual(comparison.rows.map((r) => r.id).sort());
    }
  });
});

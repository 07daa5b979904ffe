import { partyOnlyRows } from "@/lib/view/party-only-rows";
import { columns, rows } from "../helpers/comparison-fixture";

describe("partyOnlyRows", () => {
  test("counts a claim for the one party that reported it, even when a news report retold it", () => {
    // r0: Armenia PMO and the news report; r1: State Dept. alone; r2: see the fixture.
    const result = partyOnlyRows(rows, columns)!;
    expect([...result.keys()]).toEqual(["am", "us"]);
    expect(result.get("am")).toContain("r0");
    expect(result.get("us")).toContain("r1");
    // A claim two parties reported belongs to neither; the news report is no party.
    for (const row of rows.filter((r) => r.reportedBy.filter((id) => id !== "news").length !== 1)) {
      expect([...result.values()].flat()).not.toContain(row.id);
    }
  });

  test("makes no difference, and so is null, without a news report or with fewer than two parties", () => {
    expect(partyOnlyRows(rows, columns.filter((c) => c.kind !== "news_report"))).toBeNull();
    expect(partyOnlyRows(rows, columns.filter((c) => c.id !== "us"))).toBeNull();
  });
});

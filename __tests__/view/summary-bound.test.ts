import { compare } from "@/lib/compare";
import { exchangeSummaries } from "@/lib/view/exchange-summary";
import type { ExchangeSummary } from "@/lib/view/exchange-summary";
import { boundedSummaries, SUMMARY_LINES_PER_LIST } from "@/lib/view/summary-bound";

const lines = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ rowId: `${prefix}${i}`, text: `claim ${i}` }));

test("each party's lists are cut to the first lines, keep their full counts, and link to the row's page", () => {
  const summary: ExchangeSummary = {
    exchangeId: "call",
    title: "The call",
    kind: "call",
    claimCount: 300,
    backgroundCount: 0,
    backgroundSources: [],
    parties: [
      { party: "north", name: "North", label: "N", color: "#000000", participant: true, statementLabels: ["N"], onlyIt: lines(250, "r"), leftOut: lines(3, "m") },
    ],
  };
  const [bounded] = boundedSummaries([summary], (rowId) => `/events/x?page=3#${rowId}`);
  const party = bounded.parties[0];
  expect(SUMMARY_LINES_PER_LIST).toBe(10);
  expect(party.onlyIt.map((l) => l.rowId)).toEqual(lines(10, "r").map((l) => l.rowId));
  expect([party.onlyItTotal, party.leftOutTotal, party.leftOut.length]).toEqual([250, 3, 3]);
  expect(party.onlyIt[0].href).toBe("/events/x?page=3#r0");
  expect(summary.parties[0].onlyIt).toHaveLength(250); // the input is not changed
});

test("exchangeSummaries builds at most maxLines lines per list, with the full counts, the same first lines as unbounded", () => {
  // Test texts written for this test: one party says five things the other does not.
  const north = "The ferry will run daily. The port opens at six. Tickets cost less. Cargo waits a day. Pilots need permits.";
  const south = "The port opens at six.";
  const comparison = compare([
    { id: "north", label: "North", text: north, party: "north" },
    { id: "south", label: "South", text: south, party: "south" },
  ]);
  const party = (slug: string) => ({ slug, name: slug, shortName: slug, color: "#123456" });
  const event = { exchanges: [], statements: [{ party: party("north") }, { party: party("south") }] } as unknown as Parameters<typeof exchangeSummaries>[2];
  const columns = [{ id: "north", label: "North" }, { id: "south", label: "South" }] as unknown as Parameters<typeof exchangeSummaries>[1];
  const [all] = exchangeSummaries(comparison, columns, event);
  const [cut] = exchangeSummaries(comparison, columns, event, 2);
  const northAll = all.parties.find((p) => p.party === "north")!;
  const northCut = cut.parties.find((p) => p.party === "north")!;
  expect(northAll.onlyIt).toHaveLength(4);
  expect(northCut.onlyIt).toEqual(northAll.onlyIt.slice(0, 2));
  expect([northCut.onlyItTotal, northAll.onlyItTotal]).toEqual([4, 4]);
  const southCut = cut.parties.find((p) => p.party === "south")!;
  expect([southCut.leftOut.length, southCut.leftOutTotal]).toEqual([2, 4]);
});

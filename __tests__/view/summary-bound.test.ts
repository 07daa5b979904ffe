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

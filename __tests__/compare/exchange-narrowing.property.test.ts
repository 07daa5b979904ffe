/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { ExchangeInput, StatementInput } from "@/lib/compare/types";

// Tester 57 #3: a mediator's readout covering both calls joined the other side's readout of one call, and the row took
// both calls, so the first call's readout was said to leave out what was said in the second. A claim is about the
// exchanges all its reporters report (lib/compare/exchanges.ts scopeRow).
const CALLS: ExchangeInput[] = [
  { id: "call-west", label: "Envoy–West call", participants: ["envoy", "west"] },
  { id: "call-east", label: "Envoy–East call", participants: ["envoy", "east"] },
];
const ENVOY = "The envoy welcomed the eastern leader's pledge to sign a border treaty.";
const WEST = "The western premier described the needs of the families who fled the valley.";
const EAST = "The eastern leader and the envoy discussed the border treaty and its signing.";

const rowOf = (statements: StatementInput[], words: string) => compare(statements, {}, CALLS).rows.find((row) => row.cells.some((cell) => cell.text.includes(words)))!;

test("a both-calls readout joined with one call's readout: the claim is that call's, no gap in the other call", () => {
  const row = rowOf(
    [
      { id: "envoy", label: "Envoy", text: ENVOY, party: "envoy" },
      { id: "west", label: "West", text: WEST, party: "west", exchangeIds: ["call-west"] },
      { id: "east", label: "East", text: EAST, party: "east", exchangeIds: ["call-east"] },
    ],
    "border treaty",
  );
  expect(row.reportedBy).toEqual(["envoy", "east"]);
  expect(row.exchangeIds).toEqual(["call-east"]);
  expect(row.notReportedBy).toEqual([]);
  expect(row.otherExchangeBy).toEqual(["west"]);
});

test("property: a row's exchanges are those all its primary reporters share, whenever they share one", () => {
  const scopes = fc.constantFrom<string[] | undefined>(undefined, ["call-west"], ["call-east"], ["call-west", "call-east"]);
  fc.assert(
    fc.property(scopes, scopes, scopes, (envoy, west, east) => {
      const statements: StatementInput[] = [
        { id: "envoy", label: "Envoy", text: ENVOY, party: "envoy", exchangeIds: envoy },
        { id: "west", label: "West", text: WEST, party: "west", exchangeIds: west },
        { id: "east", label: "East", text: EAST, party: "east", exchangeIds: east },
      ];
      const reported = (id: string) => statements.find((s) => s.id === id)!.exchangeIds ?? CALLS.map((c) => c.id);
      for (const row of compare(statements, {}, CALLS).rows) {
        const shared = CALLS.map((c) => c.id).filter((id) => row.reportedBy.every((r) => reported(r).includes(id)));
        if (shared.length) expect(row.exchangeIds).toEqual(shared);
        // Nobody outside the row's exchanges is said to have left it out.
        for (const id of row.notReportedBy) expect(reported(id).some((x) => row.exchangeIds.includes(x))).toBe(true);
      }
    }),
    { numRuns: 64 },
  );
});

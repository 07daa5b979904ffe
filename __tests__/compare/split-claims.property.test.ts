/** @jest-environment node */
import fc from "fast-check";
import { compareTwo, expectReportedOnlyBy } from "../helpers/two-readouts";

// Tester 57 #4: one statement reports a claim in one sentence ("…support for its sovereignty and territorial
// integrity"), another in two that repeat the frame ("…support for its sovereignty. …support for its territorial
// integrity."). The second sentence joined the row but the first, adding the frame's words twice, lowered the summed
// vector's cosine and stayed alone: "not reported by" the statement that said it. A sentence that brings the row's
// missing words joins (lib/compare/align.ts completesCell).
const HALVES = ["sovereignty", "territorial integrity", "democratic reforms", "border security", "energy independence", "humanitarian relief"];

const rowsOf = (split: string, joined: string) => compareTwo(["state", split], ["office", joined]).rows;

test("a claim split over two sentences that repeat their frame is one row, with no gap", () => {
  const rows = rowsOf(
    "The Secretary reiterated support for Armenia's sovereignty. The Secretary reiterated support for Armenia's territorial integrity.",
    "Blinken reiterated support for Armenia's sovereignty and territorial integrity.",
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].notReportedBy).toEqual([]);
});

test("property: for any two objects of the frame, split or joined, the claim is one row reported by both", () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.constantFrom(...HALVES), { minLength: 2, maxLength: 2 }), ([first, second]) => {
      const rows = rowsOf(
        `The envoy reaffirmed backing for the republic's ${first}. The envoy reaffirmed backing for the republic's ${second}.`,
        `The minister said the envoy reaffirmed backing for the republic's ${first} and ${second}.`,
      );
      expect(rows.map((row) => row.reportedBy)).toEqual([["state", "office"]]);
    }),
    { numRuns: 30 },
  );
});

test("a sentence that only repeats the frame with a claim the other statement lacks stays its own row", () => {
  const rows = rowsOf(
    "The envoy reaffirmed backing for the republic's sovereignty. The envoy reaffirmed backing for the republic's space programme.",
    "The minister said the envoy reaffirmed backing for the republic's sovereignty.",
  );
  expectReportedOnlyBy(rows, "space programme", "state", "office");
});

test("a sentence that repeats the frame with a claim of its own stays its row, even sharing a word with the row (tester 61 F8)", () => {
  const rows = rowsOf(
    "Blinken spoke with Aliyev on Monday. Blinken urged Azerbaijan to respect the ceasefire. Blinken urged Azerbaijan to withdraw its troops from the border. They discussed the peace treaty.",
    "Blinken spoke with Aliyev on Monday. Blinken urged Azerbaijan to respect the ceasefire along the border. They discussed the peace treaty.",
  );
  expectReportedOnlyBy(rows, "withdraw its troops", "state", "office");
});

test("a neighbour that negates what the row affirms stays its own row (tester 62 F7)", () => {
  const rows = rowsOf(
    "They discussed the ceasefire along the border. They refused a withdrawal of troops from the border.",
    "They discussed the ceasefire along the border and the withdrawal of troops from the border.",
  );
  expectReportedOnlyBy(rows, "refused", "state", "office");
});

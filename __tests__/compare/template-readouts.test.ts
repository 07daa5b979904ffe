/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { ExchangeInput, StatementInput } from "@/lib/compare/types";
import { templateReadout } from "../helpers/template-readout";

// One ministry's readouts of two separate calls, written on one template (our own words): the same frame, another
// counterpart, city and topic. Most sentences pair, as in a rewrite; they are still two documents about two calls.
const template = templateReadout;
const FIRST = template("the Prime Minister of Northland", "Arden", "the border talks");
const SECOND = template("the President of Southland", "Brell", "the transit corridor");

const EXCHANGES: ExchangeInput[] = [
  { id: "north-call", label: "Minister–Northland call", participants: ["ministry", "northland"] },
  { id: "south-call", label: "Minister–Southland call", participants: ["ministry", "southland"] },
];

describe("readouts of two calls written on one template are not versions (tester 37 #11)", () => {
  test("with the two calls named, the pair is not listed as versions; its claims do not pair either", () => {
    const statements: StatementInput[] = [
      { id: "first", label: "First call", text: FIRST, party: "ministry", exchangeIds: ["north-call"] },
      { id: "second", label: "Second call", text: SECOND, party: "ministry", exchangeIds: ["south-call"] },
    ];
    const comparison = compare(statements, {}, EXCHANGES);
    expect(comparison.versions).toEqual([]);
    expect(comparison.rows.every((row) => row.reportedBy.length === 1)).toBe(true);
  });

  test("the same two texts as readouts of one call are versions, as before", () => {
    const statements: StatementInput[] = [
      { id: "first", label: "First", text: FIRST, party: "ministry", exchangeIds: ["north-call"] },
      { id: "second", label: "Second", text: SECOND, party: "ministry", exchangeIds: ["north-call"] },
    ];
    const versions = compare(statements, {}, EXCHANGES).versions;
    expect(versions.map((v) => [v.aId, v.bId])).toEqual([["first", "second"]]);
    // And without any exchange named, every statement is of the one event: versions too.
    expect(compare(statements.map((statement) => ({ ...statement, exchangeIds: undefined }))).versions).toHaveLength(1);
  });

  test("a statement reporting both calls (a wire story) may still be a version of either readout", () => {
    const statements: StatementInput[] = [
      { id: "first", label: "First call", text: FIRST, party: "ministry", exchangeIds: ["north-call"] },
      { id: "wire", label: "Wire", text: FIRST.replace("today", "on Tuesday"), party: "wire", role: "secondary", exchangeIds: ["north-call", "south-call"] },
    ];
    expect(compare(statements, {}, EXCHANGES).versions.map((v) => [v.aId, v.bId])).toEqual([["first", "wire"]]);
  });

  test("past 32 exchanges (a week of bilateral meetings) the rule holds: no versions, no shared rows (tester 41)", () => {
    const exchanges: ExchangeInput[] = Array.from({ length: 33 }, (_, i) => ({ id: `meeting-${i}`, label: `Meeting ${i}`, participants: [] }));
    const topics = ["water management", "fisheries quotas", "digital trade"];
    const statements: StatementInput[] = topics.map((topic, i) => ({
      id: `readout-${i}`,
      label: `Readout ${i}`,
      text: template(`the Foreign Minister of Country ${i}`, "Arden", topic),
      party: "ministry",
      exchangeIds: [`meeting-${i}`],
    }));
    const comparison = compare(statements, {}, exchanges);
    expect(comparison.versions).toEqual([]);
    expect(comparison.rows.every((row) => row.reportedBy.length === 1)).toBe(true);
  });
});

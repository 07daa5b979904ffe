/** @jest-environment node */
import fc from "fast-check";
import { compare, focusExchange } from "@/lib/compare";
import type { AlignedRow, Comparison, ExchangeInput, StatementInput } from "@/lib/compare/types";

// A small event in our own words: an envoy phones two governors separately; each governor's office publishes a
// readout of its own call, the envoy's office one of the second call, and a wire story retells both with background.
const NORTH =
  "Governor Halvard and the envoy talked about repairing the northern dam before the spring floods. " +
  "The governor asked for engineers to inspect the spillway.";
const SOUTH =
  "Governor Ostrava told the envoy that the southern ferry service would resume in March. " +
  "She also raised the price of grain shipped across the lake.";
const ENVOY =
  "The envoy was told that the southern ferry service would resume in March. " +
  "He pledged a loan for new harbour cranes.";
const WIRE =
  "The envoy spent Tuesday evening on the telephone with both provincial capitals. " +
  "Governor Halvard and the envoy talked about repairing the northern dam before the spring floods. " +
  "Governor Ostrava told the envoy that the southern ferry service would resume in March. " +
  "Last winter a storm closed the lake to all shipping for six weeks. " +
  "Neither side said when the two governors would meet.";

const EXCHANGES: ExchangeInput[] = [
  { id: "north-call", label: "Envoy–Halvard call", participants: ["envoy-office", "north-office"] },
  { id: "south-call", label: "Envoy–Ostrava call", participants: ["envoy-office", "south-office"] },
];

const STATEMENTS: StatementInput[] = [
  { id: "north", label: "North", text: NORTH, party: "north-office", exchangeIds: ["north-call"] },
  { id: "south", label: "South", text: SOUTH, party: "south-office", exchangeIds: ["south-call"] },
  { id: "envoy", label: "Envoy", text: ENVOY, party: "envoy-office", exchangeIds: ["south-call"] },
  { id: "wire", label: "Wire", text: WIRE, party: "wire", role: "secondary", exchangeIds: ["north-call", "south-call"] },
];

const rowWith = (comparison: Comparison, words: string): AlignedRow => {
  const row = comparison.rows.find((r) => r.cells.some((c) => c.text.includes(words)));
  if (!row) throw new Error(`no row with "${words}"`);
  return row;
};

describe("omissions only among statements of the same exchange", () => {
  const comparison = compare(STATEMENTS, {}, EXCHANGES);

  test("a claim of the first call is no gap in readouts of the second call", () => {
    const dam = rowWith(comparison, "northern dam");
    expect(dam.reportedBy).toEqual(["north", "wire"]);
    expect(dam.exchangeIds).toEqual(["north-call"]);
    expect(dam.notReportedBy).toEqual([]);
    expect(dam.otherExchangeBy).toEqual(["south", "envoy"]);
    expect(dam.soleReporter).toBe("north");
    expect(dam.secondaryOnly).toBe(false);
  });

  test("within one call, the other participant's silence is a gap", () => {
    const grain = rowWith(comparison, "price of grain");
    expect(grain.reportedBy).toEqual(["south"]);
    expect(grain.exchangeIds).toEqual(["south-call"]);
    // The wire story reports the south call too, so it left this out as well; the north readout did not.
    // Only the envoy's readout is a gap. This test used to expect the wire story here too, which contradicted the rule
    // it tests (issue 10: only a primary source can omit anything). The wire story reports the south call but is a
    // reference: it is in neither list, and the views call its cell "not in this report" (tester 57 #2).
    expect(grain.notReportedBy).toEqual(["envoy"]);
    expect(grain.otherExchangeBy).toEqual(["north"]);
    const cranes = rowWith(comparison, "harbour cranes");
    expect(cranes.notReportedBy).toEqual(["south"]);
    expect(cranes.otherExchangeBy).toEqual(["north"]);
  });

  test("the wire story lacks two claims of the south call, yet it is never said to have left them out", () => {
    const coverage = comparison.coverage.find((c) => c.statementId === "wire")!;
    expect(coverage.missingRowIds).toEqual([]);
    for (const row of comparison.rows) expect(row.notReportedBy).not.toContain("wire");
    for (const exchange of comparison.exchanges) expect(exchange.parties.map((p) => p.party)).not.toContain("wire");
  });

  test("a claim both sides of a call reported has one exchange and no sole reporter", () => {
    const ferry = rowWith(comparison, "ferry service");
    expect(ferry.reportedBy).toEqual(expect.arrayContaining(["south", "envoy"]));
    expect(ferry.soleReporter).toBeNull();
    expect(ferry.exchangeIds).toEqual(["south-call"]);
  });

  test("rows only the secondary source holds are background: no gaps anywhere", () => {
    const storm = rowWith(comparison, "storm closed the lake");
    expect(storm.reportedBy).toEqual(["wire"]);
    expect(storm.secondaryOnly).toBe(true);
    expect(storm.notReportedBy).toEqual([]);
    expect(storm.otherExchangeBy).toEqual([]);
    expect(storm.exchangeIds).toEqual(["north-call", "south-call"]);
    const background = comparison.rows.filter((r) => r.secondaryOnly).map((r) => r.cells[0].text);
    expect(background).toEqual([
      "The envoy spent Tuesday evening on the telephone with both provincial capitals.",
      "Last winter a storm closed the lake to all shipping for six weeks.",
      "Neither side said when the two governors would meet.",
    ]);
  });

  test("statement coverage: the north readout leaves nothing out; the envoy left out the grain", () => {
    const coverage = (id: string) => comparison.coverage.find((c) => c.statementId === id)!;
    expect(coverage("north").missingRowIds).toEqual([]);
    expect(coverage("north").uniqueRowIds.map((id) => comparison.rows.find((r) => r.id === id)!.cells[0].text)).toEqual([
      "Governor Halvard and the envoy talked about repairing the northern dam before the spring floods.",
      "The governor asked for engineers to inspect the spillway.",
    ]);
    expect(coverage("envoy").missingRowIds).toEqual([rowWith(comparison, "price of grain").id]);
    // The wire story is a reference: background rows are not "only it reported" gaps for anyone else.
    expect(coverage("south").missingRowIds).toEqual([rowWith(comparison, "harbour cranes").id]);
  });

  test("coverage per exchange lists, per party, what only it said and what it left out", () => {
    const [north, south] = comparison.exchanges;
    expect(north.exchangeId).toBe("north-call");
    expect(north.statementIds).toEqual(["north", "wire"]);
    expect(north.backgroundRowIds).toHaveLength(3);
    expect(north.parties.map((p) => [p.party, p.participant, p.statementIds, p.onlyItRowIds.length, p.leftOutRowIds.length])).toEqual([
      ["envoy-office", true, [], 0, 0],
      ["north-office", true, ["north"], 2, 0],
    ]);
    const text = (ids: string[]) => ids.map((id) => comparison.rows.find((r) => r.id === id)!.cells[0].text);
    expect(south.parties.map((p) => p.party)).toEqual(["envoy-office", "south-office"]);
    expect(text(south.parties[0].onlyItRowIds)).toEqual(["He pledged a loan for new harbour cranes."]);
    expect(text(south.parties[0].leftOutRowIds)).toEqual(["She also raised the price of grain shipped across the lake."]);
    expect(text(south.parties[1].onlyItRowIds)).toEqual(["She also raised the price of grain shipped across the lake."]);
    expect(text(south.parties[1].leftOutRowIds)).toEqual(["He pledged a loan for new harbour cranes."]);
  });

  test("two statements of one party: a claim is never 'only X' and 'not reported by X' at once", () => {
    const result = compare(
      [
        { id: "hearing", label: "Office – testimony", text: "The undersecretary warned that aid would stay frozen.", party: "office" },
        { id: "remarks", label: "Office – remarks", text: "Reporters heard the undersecretary praise the ceasefire talks.", party: "office" },
      ],
      {},
      [],
    );
    for (const row of result.rows) {
      expect(row.notReportedBy).not.toContain(row.soleReporter);
      expect(row.reportedBy.filter((id) => row.notReportedBy.includes(id))).toEqual([]);
    }
  });
});

describe("focusing a comparison on one exchange", () => {
  const full = compare(STATEMENTS, {}, EXCHANGES);
  const south = focusExchange(full, "south-call");

  test("keeps the exchange's statements, its claims and the background; drops the other call's claims", () => {
    expect(south.statements.map((s) => s.id)).toEqual(["south", "envoy", "wire"]);
    expect(south.rows.some((row) => row.cells.some((c) => c.text.includes("northern dam")))).toBe(false);
    expect(south.rows.filter((row) => row.secondaryOnly)).toHaveLength(3);
    expect(south.rows.filter((row) => !row.secondaryOnly).map((row) => row.reportedBy)).toEqual(
      full.exchanges[1].rowIds.map((id) => full.rows.find((r) => r.id === id)!.reportedBy),
    );
    for (const row of south.rows) {
      expect(row.cells.every((c) => c.statementId !== "north")).toBe(true);
      expect(row.otherExchangeBy).toEqual([]);
    }
    expect(south.exchanges.map((x) => x.exchangeId)).toEqual(["south-call"]);
    expect(south.coverage.map((c) => c.statementId)).toEqual(["south", "envoy", "wire"]);
    expect(() => focusExchange(full, "nowhere")).toThrow('exchange "nowhere" is not in the comparison');
  });
});

describe("without exchanges or roles the engine behaves as before", () => {
  test("every statement is in one implicit exchange and every silence is a gap", () => {
    const comparison = compare(STATEMENTS.map(({ id, label, text }) => ({ id, label, text })));
    const dam = rowWith(comparison, "northern dam");
    expect(dam.notReportedBy).toEqual(["south", "envoy"]);
    expect(dam.otherExchangeBy).toEqual([]);
    expect(dam.soleReporter).toBeNull();
    expect(comparison.exchanges.map((x) => x.exchangeId)).toEqual([""]);
  });

  test("a statement naming an unknown exchange is refused", () => {
    expect(() => compare([{ id: "a", label: "A", text: "One.", exchangeIds: ["nowhere"] }], {}, EXCHANGES)).toThrow(
      'statement "a" names exchange "nowhere", which is not one of the exchanges',
    );
    expect(() => compare([{ id: "a", label: "A", text: "One." }], {}, [EXCHANGES[0], EXCHANGES[0]])).toThrow('duplicate exchange id "north-call"');
  });
});

describe("properties over any assignment of exchanges and roles", () => {
  test("gaps, quiet cells and reporters never overlap, and gaps share an exchange with the claim", () => {
    const texts = [NORTH, SOUTH, ENVOY, WIRE];
    fc.assert(
      fc.property(
        fc.array(fc.record({ exchanges: fc.subarray(["north-call", "south-call"]), secondary: fc.boolean() }), { minLength: 4, maxLength: 4 }),
        (assignment) => {
          const statements = texts.map((text, i) => ({
            id: `s${i}`,
            label: `S${i}`,
            text,
            role: assignment[i].secondary ? ("secondary" as const) : ("primary" as const),
            exchangeIds: assignment[i].exchanges,
          }));
          const result = compare(statements, {}, EXCHANGES);
          for (const row of result.rows) {
            const reported = new Set(row.reportedBy);
            expect(row.notReportedBy.some((id) => reported.has(id) || row.otherExchangeBy.includes(id))).toBe(false);
            expect(row.otherExchangeBy.some((id) => reported.has(id))).toBe(false);
            if (row.secondaryOnly) expect(row.notReportedBy).toEqual([]);
            if (row.soleReporter) expect(row.notReportedBy).not.toContain(row.soleReporter);
            for (const id of row.notReportedBy) {
              const own = statements.find((s) => s.id === id)!.exchangeIds;
              const effective = own.length ? own : ["north-call", "south-call"];
              expect(effective.some((x) => row.exchangeIds.includes(x))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test("a secondary statement is never a gap, nor ever missing a claim, whatever the roles and exchanges", () => {
    const texts = [NORTH, SOUTH, ENVOY, WIRE];
    fc.assert(
      fc.property(
        fc.array(fc.record({ exchanges: fc.subarray(["north-call", "south-call"]), secondary: fc.boolean() }), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (assignment, withExchanges) => {
          const statements: StatementInput[] = texts.map((text, i) => ({
            id: `s${i}`,
            label: `S${i}`,
            text,
            role: assignment[i].secondary ? "secondary" : "primary",
            ...(withExchanges ? { exchangeIds: assignment[i].exchanges } : {}),
          }));
          const secondary = new Set(statements.filter((s) => s.role === "secondary").map((s) => s.id));
          const result = compare(statements, {}, withExchanges ? EXCHANGES : []);
          for (const row of result.rows) expect(row.notReportedBy.filter((id) => secondary.has(id))).toEqual([]);
          for (const entry of result.coverage) if (secondary.has(entry.statementId)) expect(entry.missingRowIds).toEqual([]);
          // The primary statements' gaps are what they were: every primary statement of the claim's exchange without it.
          const primary = statements.filter((s) => s.role === "primary");
          for (const row of result.rows) {
            const expected = row.secondaryOnly
              ? []
              : primary
                  .filter((s) => !row.reportedBy.includes(s.id) && !row.otherExchangeBy.includes(s.id))
                  .map((s) => s.id);
            expect(row.notReportedBy).toEqual(expected);
          }
          if (withExchanges) {
            for (const exchange of result.exchanges) {
              for (const party of exchange.parties) expect(party.statementIds.filter((id) => secondary.has(id))).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test("with no secondary statement, gaps are every silent statement of the claim's exchange, as before", () => {
    const result = compare(STATEMENTS.map((s) => ({ ...s, role: "primary" as const })), {}, EXCHANGES);
    const grain = rowWith(result, "price of grain");
    expect(grain.notReportedBy).toEqual(["envoy", "wire"]);
    expect(result.coverage.find((c) => c.statementId === "wire")!.missingRowIds).toContain(grain.id);
  });
});

describe("statements of different exchanges never share a row (issue 11, two exchanges in one event)", () => {
  // A mediator phones two ministers; each minister's readout opens the same way, about its own call.
  const statements: StatementInput[] = [
    {
      id: "mediator",
      label: "Mediator",
      text: "The mediator spoke by phone with Minister Arvo in the morning. Later the mediator spoke by phone with Minister Belle.",
      party: "mediator",
    },
    { id: "arvo", label: "Arvo", text: "Minister Arvo spoke by phone with the mediator.", party: "arvo", exchangeIds: ["a"] },
    { id: "belle", label: "Belle", text: "Minister Belle spoke by phone with the mediator.", party: "belle", exchangeIds: ["b"] },
  ];
  const exchanges: ExchangeInput[] = [
    { id: "a", label: "Mediator–Arvo", participants: ["mediator", "arvo"] },
    { id: "b", label: "Mediator–Belle", participants: ["mediator", "belle"] },
  ];

  it("pairs each minister's opening with the mediator's sentence about that call only", () => {
    const comparison = compare(statements, {}, exchanges);
    const rows = comparison.rows.map((row) => row.cells.map((cell) => `${cell.statementId}: ${cell.text}`));
    expect(rows).toEqual([
      ["mediator: The mediator spoke by phone with Minister Arvo in the morning.", "arvo: Minister Arvo spoke by phone with the mediator."],
      ["mediator: Later the mediator spoke by phone with Minister Belle.", "belle: Minister Belle spoke by phone with the mediator."],
    ]);
  });

  it("without exchanges, the two ministers' identical openings would share one row", () => {
    const comparison = compare(statements.map((statement) => ({ ...statement, exchangeIds: undefined })));
    const belle = comparison.rows.find((row) => row.reportedBy.includes("belle"))!;
    expect(belle.reportedBy).toContain("arvo");
  });
});

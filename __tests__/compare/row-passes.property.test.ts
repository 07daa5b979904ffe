/** @jest-environment node */
import fc from "fast-check";
import { distantPairs } from "@/lib/compare/distant-pairs";
import { exchangeCoverage, resolveScope, scopeRow, type ExchangeScope } from "@/lib/compare/exchanges";
import type { AlignedRow, DistantPair, ExchangeCoverage, ExchangeInput, PartyExchangeCoverage, StatementInput } from "@/lib/compare/types";

/** distantPairs as it was: one filter over all rows per pair of statements. */
function distantPairsPerPair(statementIds: readonly string[], rows: readonly AlignedRow[]): DistantPair[] {
  const pairs: DistantPair[] = [];
  for (let i = 0; i < statementIds.length; i++) {
    for (let j = i + 1; j < statementIds.length; j++) {
      const [aId, bId] = [statementIds[i], statementIds[j]];
      const shared = rows.filter((row) => row.reportedBy.includes(aId) && row.reportedBy.includes(bId));
      if (shared.some((row) => row.match?.strength === "strong")) continue;
      pairs.push({ aId, bId, sharedRowIds: shared.map((row) => row.id), note: "these may describe different exchanges" });
    }
  }
  return pairs;
}

/** exchangeCoverage as it was: each row's primary parties worked out again for every party of every exchange. */
function exchangeCoveragePerParty(rows: readonly AlignedRow[], scope: ExchangeScope): ExchangeCoverage[] {
  const { order } = scope;
  return scope.exchanges.map((exchange) => {
    const statements = scope.ids.map((_, i) => i).filter((i) => scope.statementExchanges[i].has(exchange.id));
    const about = rows.filter((row) => row.exchangeIds.includes(exchange.id));
    const claims = about.filter((row) => !row.secondaryOnly);
    const partyOrder = [...exchange.participants];
    for (const i of statements) if (scope.primary[i] && !partyOrder.includes(scope.parties[i])) partyOrder.push(scope.parties[i]);
    const parties = partyOrder.map((party): PartyExchangeCoverage => {
      const own = statements.filter((i) => scope.primary[i] && scope.parties[i] === party);
      const primaryPartiesOf = (row: AlignedRow) => new Set(row.reportedBy.map((id) => order.get(id)!).filter((i) => scope.primary[i]).map((i) => scope.parties[i]));
      return {
        party,
        participant: exchange.participants.includes(party),
        statementIds: own.map((i) => scope.ids[i]),
        onlyItRowIds: own.length ? claims.filter((row) => { const p = primaryPartiesOf(row); return p.size === 1 && p.has(party); }).map((row) => row.id) : [],
        leftOutRowIds: own.length ? claims.filter((row) => { const p = primaryPartiesOf(row); return !p.has(party) && p.size > 0; }).map((row) => row.id) : [],
      };
    });
    return {
      exchangeId: exchange.id,
      label: exchange.label,
      statementIds: statements.map((i) => scope.ids[i]),
      rowIds: claims.map((row) => row.id),
      backgroundRowIds: about.filter((row) => row.secondaryOnly).map((row) => row.id),
      parties,
    };
  });
}

const PARTIES = ["am", "az", "us", "ru"];
const EXCHANGES = ["call-1", "call-2", "call-3"];

const eventArb = fc
  .record({
    statements: fc.array(
      fc.record({ party: fc.constantFrom(...PARTIES), secondary: fc.boolean(), exchanges: fc.subarray(EXCHANGES) }),
      { minLength: 2, maxLength: 6 },
    ),
    exchanges: fc.subarray(EXCHANGES.map((id, k) => ({ id, participants: PARTIES.slice(k, k + 2) }))),
    rows: fc.array(fc.record({ reporters: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), strong: fc.option(fc.boolean()) }), { maxLength: 30 }),
  })
  .map(({ statements, exchanges, rows }) => {
    const known = new Set(exchanges.map((exchange) => exchange.id));
    const inputs: StatementInput[] = statements.map((statement, s) => ({
      id: `s${s}`,
      label: `S${s}`,
      text: "",
      party: statement.party,
      role: statement.secondary ? "secondary" : "primary",
      exchangeIds: statement.exchanges.filter((id) => known.has(id)),
    }));
    const exchangeInputs: ExchangeInput[] = exchanges.map((exchange) => ({ ...exchange, label: exchange.id }));
    const scope = resolveScope(inputs, exchangeInputs);
    const aligned = rows.map(({ reporters, strong }, index): AlignedRow => {
      const reportedBy = [...new Set(reporters.map((r) => r % inputs.length))].sort((a, b) => a - b).map((r) => `s${r}`);
      const row: AlignedRow = {
        id: `r${index}`, index, cells: [], reportedBy, notReportedBy: [], otherExchangeBy: [], exchangeIds: [], secondaryOnly: false, soleReporter: null, similarity: 1, diffs: [],
        ...(strong === null ? {} : { match: { strength: strong ? "strong" : "weak", words: [], names: [], numbers: [], similarWords: [], similarity: 1 } }),
      };
      return scopeRow(row, scope);
    });
    return { ids: inputs.map((input) => input.id), scope, rows: aligned };
  });

describe("row passes worked out once per comparison", () => {
  it("distantPairs (one pass over the rows) equals the filter per pair of statements", () => {
    let distant = 0;
    let sharing = 0;
    fc.assert(
      fc.property(eventArb, ({ ids, rows }) => {
        const pairs = distantPairs(ids, rows, ids.map(() => "Latn"));
        expect(pairs).toEqual(distantPairsPerPair(ids, rows));
        distant += pairs.length;
        sharing += pairs.filter((pair) => pair.sharedRowIds.length > 0).length;
      }),
      { numRuns: 400 },
    );
    // The generated events have distant pairs, some of them sharing weak rows: the lists compared are not all empty.
    expect(distant).toBeGreaterThan(100);
    expect(sharing).toBeGreaterThan(50);
  });

  it("exchangeCoverage (primary parties once per row) equals working them out per party", () => {
    let leftOut = 0;
    fc.assert(
      fc.property(eventArb, ({ scope, rows }) => {
        const coverage = exchangeCoverage(rows, scope);
        expect(coverage).toEqual(exchangeCoveragePerParty(rows, scope));
        for (const exchange of coverage) for (const party of exchange.parties) leftOut += party.leftOutRowIds.length + party.onlyItRowIds.length;
      }),
      { numRuns: 400 },
    );
    expect(leftOut).toBeGreaterThan(100);
  });
});

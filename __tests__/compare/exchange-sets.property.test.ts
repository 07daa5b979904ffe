/** @jest-environment node */
import fc from "fast-check";
import { ExchangeSets } from "@/lib/compare/exchange-sets";
import { resolveScope } from "@/lib/compare/exchanges";

// Events of up to 80 exchanges (past one 32-bit word of exchanges, and past 32 distinct groups of them), each statement
// naming some of them or none (then it reports every exchange).
const eventArb = fc.integer({ min: 1, max: 80 }).chain((exchangeCount) =>
  fc.record({
    exchangeCount: fc.constant(exchangeCount),
    named: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: exchangeCount - 1 }), { maxLength: 4 }), { minLength: 1, maxLength: 45 }),
    groups: fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 })), { maxLength: 20 }),
  }),
);

describe("ExchangeSets answers as the statements' sets of exchanges do, for any number of exchanges", () => {
  test("share(s, t) and unitsShare(x, y) equal set intersection", () => {
    fc.assert(
      fc.property(eventArb, ({ exchangeCount, named, groups }) => {
        const exchanges = Array.from({ length: exchangeCount }, (_, i) => ({ id: `x${i}`, label: `Exchange ${i}`, participants: [] }));
        const statements = named.map((ids, s) => ({ id: `s${s}`, label: `S${s}`, text: "A claim.", exchangeIds: ids.map((i) => `x${i}`) }));
        const scope = resolveScope(statements, exchanges);
        const sets = new ExchangeSets(scope);
        const common = (members: number[]) => [...scope.statementExchanges[members[0]]].some((id) => members.every((s) => scope.statementExchanges[s].has(id)));
        for (let s = 0; s < statements.length; s++) for (let t = 0; t < statements.length; t++) expect(sets.share(s, t)).toBe(common([s, t]));
        // Units are statements here (unit u is of statement u): rows made of the statements of two groups.
        const unitStatement = Int32Array.from(statements, (_, s) => s);
        for (const [x, y] of groups) {
          const [xs, ys] = [x.map((k) => k % statements.length), y.map((k) => k % statements.length)];
          expect(sets.unitsShare(xs, ys, unitStatement)).toBe(common([...xs, ...ys]));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("forty meetings, one readout each: forty bits, two words, no two readouts share an exchange", () => {
    const exchanges = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, label: `Meeting ${i}`, participants: [] }));
    const statements = exchanges.map((exchange, i) => ({ id: `r${i}`, label: `R${i}`, text: "A claim.", exchangeIds: [exchange.id] }));
    const sets = new ExchangeSets(resolveScope([...statements, { id: "wire", label: "Wire", text: "A claim." }], exchanges));
    expect(sets.words).toBe(2);
    expect(sets.share(0, 39)).toBe(false);
    expect(sets.share(0, 0)).toBe(true);
    // A statement naming no exchange reports them all.
    expect(sets.share(0, 40)).toBe(true);
  });
});

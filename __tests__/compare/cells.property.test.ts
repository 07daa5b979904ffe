/** @jest-environment node */
import fc from "fast-check";
import type { Unit } from "@/lib/compare/analyse";
import { splitNonConsecutiveCells } from "@/lib/compare/cells";

/** The function before its one-unit-per-statement shortcut: every group through cells and runs. */
function throughCells(groups: readonly number[][], units: readonly Unit[]): number[][] {
  const byStatement = new Map<number, number[]>();
  for (const group of groups) for (const unit of group) byStatement.set(units[unit].statement, [...(byStatement.get(units[unit].statement) ?? []), unit]);
  const rank = new Map<number, number>();
  for (const list of byStatement.values()) list.sort((a, b) => units[a].start - units[b].start).forEach((unit, r) => rank.set(unit, r));
  const result: number[][] = [];
  for (const group of groups) {
    const cells = new Map<number, number[]>();
    for (const unit of group) cells.set(units[unit].statement, [...(cells.get(units[unit].statement) ?? []), unit]);
    const kept = new Set<number>();
    const split: number[][] = [];
    for (const cell of cells.values()) {
      cell.sort((a, b) => rank.get(a)! - rank.get(b)!);
      const runs: number[][] = [[cell[0]]];
      for (let k = 1; k < cell.length; k++) {
        if (rank.get(cell[k]) === rank.get(cell[k - 1])! + 1) runs[runs.length - 1].push(cell[k]);
        else runs.push([cell[k]]);
      }
      let longest = 0;
      runs.forEach((run, r) => (run.length > runs[longest].length ? (longest = r) : undefined));
      runs.forEach((run, r) => (r === longest ? run.forEach((unit) => kept.add(unit)) : split.push(run)));
    }
    result.push(group.filter((unit) => kept.has(unit)), ...split);
  }
  return result;
}

// Units of up to four statements, grouped at random (each unit in exactly one group).
const inputArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 24 })
  .chain((pairs) => {
    const units = pairs.map(([statement], k) => ({ statement, start: k * 10 }) as unknown as Unit);
    return fc.tuple(fc.constant(units), fc.constant(pairs.map(([, group]) => group)), fc.shuffledSubarray(units.map((_, k) => k), { minLength: units.length, maxLength: units.length }));
  })
  .map(([units, groupOf, order]) => {
    const groups = new Map<number, number[]>();
    for (const unit of order) groups.set(groupOf[unit], [...(groups.get(groupOf[unit]) ?? []), unit]);
    return { units, groups: [...groups.values()] };
  });

describe("splitNonConsecutiveCells", () => {
  it("gives what the cell-by-cell version gave, for random groups (with and without one unit per statement)", () => {
    let shortcut = 0;
    fc.assert(
      fc.property(inputArb, ({ units, groups }) => {
        if (groups.some((group) => new Set(group.map((unit) => units[unit].statement)).size === group.length)) shortcut++;
        expect(splitNonConsecutiveCells(groups, units)).toEqual(throughCells(groups, units));
      }),
      { numRuns: 1000, seed: 11 },
    );
    expect(shortcut).toBeGreaterThan(100);
  });

  it("splits a cell of clauses 0 and 2 and keeps a group with one unit per statement as it is", () => {
    const units = [0, 0, 0, 1].map((statement, k) => ({ statement, start: k }) as unknown as Unit);
    expect(splitNonConsecutiveCells([[0, 2, 3], [1]], units)).toEqual([[0, 3], [2], [1]]);
    expect(splitNonConsecutiveCells([[3, 0], [1], [2]], units)).toEqual([[3, 0], [1], [2]]);
  });
});

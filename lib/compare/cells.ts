import type { Unit } from "./analyse";

/**
 * Makes every cell consecutive segments of its statement: a cell is text its statement wrote, and "clauses 0 and 2"
 * without clause 1 is not (issue 11, "a cell is built from non-adjacent clauses"). In each group, a statement's units
 * are cut into runs with no other unit of that statement between them; the longest run (the first, on a tie) stays
 * and each other run becomes a row of its own. `groups` hold ids into `units`; every unit stays in exactly one group.
 */
export function splitNonConsecutiveCells(groups: readonly number[][], units: readonly Unit[]): number[][] {
  // Rank of each grouped unit among its statement's grouped units, by position in the text.
  const byStatement = new Map<number, number[]>();
  for (const group of groups) for (const unit of group) {
    const list = byStatement.get(units[unit].statement);
    if (list) list.push(unit);
    else byStatement.set(units[unit].statement, [unit]);
  }
  const rank = new Map<number, number>();
  for (const list of byStatement.values()) {
    list.sort((a, b) => units[a].start - units[b].start);
    list.forEach((unit, r) => rank.set(unit, r));
  }

  const result: number[][] = [];
  for (const group of groups) {
    // Most groups hold one unit per statement: nothing to split, and no cells to build.
    if (oneUnitPerStatement(group, units)) {
      result.push(group.slice());
      continue;
    }
    const cells = new Map<number, number[]>();
    for (const unit of group) {
      const cell = cells.get(units[unit].statement);
      if (cell) cell.push(unit);
      else cells.set(units[unit].statement, [unit]);
    }
    const kept: number[] = [];
    const split: number[][] = [];
    for (const cell of cells.values()) {
      cell.sort((a, b) => rank.get(a)! - rank.get(b)!);
      const runs: number[][] = [[cell[0]]];
      for (let k = 1; k < cell.length; k++) {
        if (rank.get(cell[k])! === rank.get(cell[k - 1])! + 1) runs[runs.length - 1].push(cell[k]);
        else runs.push([cell[k]]);
      }
      let longest = 0;
      runs.forEach((run, r) => {
        if (run.length > runs[longest].length) longest = r;
      });
      runs.forEach((run, r) => {
        if (r !== longest) split.push(run);
        else for (const unit of run) kept.push(unit);
      });
    }
    // Keep the group's own order for what stays (it is already a valid group).
    const keptSet = new Set(kept);
    result.push(group.filter((unit) => keptSet.has(unit)));
    for (const run of split) result.push(run);
  }
  return result;
}

/** Whether no two units of a group come from the same statement (groups are small: a quadratic check allocates nothing). */
function oneUnitPerStatement(group: readonly number[], units: readonly Unit[]): boolean {
  for (let k = 1; k < group.length; k++) {
    const statement = units[group[k]].statement;
    for (let m = 0; m < k; m++) if (units[group[m]].statement === statement) return false;
  }
  return true;
}

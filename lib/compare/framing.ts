import { diffWordsBounded, type DiffBounds } from "./diff";
import type { AlignedCell, FramingDiff } from "./types";

/**
 * How each cell of a row words the claim compared with the anchor cell. Identical wording is
 * "identical"; a diff past the bounds is "rephrased" — the cells say the same thing in other words.
 */
export function framingDiffs(cells: readonly AlignedCell[], anchor: AlignedCell, bounds: DiffBounds): FramingDiff[] {
  return cells
    .filter((cell) => cell !== anchor)
    .map((cell): FramingDiff => {
      const parts = diffWordsBounded(anchor.text, cell.text, bounds);
      const base = { fromStatementId: anchor.statementId, toStatementId: cell.statementId };
      if (parts === null) return { ...base, status: "rephrased", parts: [] };
      const identical = parts.every((part) => part.op === "equal");
      return { ...base, status: identical ? "identical" : "diffed", parts };
    });
}

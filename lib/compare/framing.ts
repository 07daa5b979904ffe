import type { DiffBounds } from "./diff";
import type { TokenDiffer, TokenizedText } from "./token-diff";
import type { AlignedCell, FramingDiff } from "./types";

export interface CellWithTokens {
  cell: AlignedCell;
  tokens: TokenizedText;
}

/**
 * How each cell of a row words the claim compared with the anchor cell. Identical wording is
 * "identical"; a diff past the bounds is "rephrased" — the cells say the same thing in other words.
 */
export function framingDiffs(
  cells: readonly CellWithTokens[],
  anchor: CellWithTokens,
  differ: TokenDiffer,
  bounds: DiffBounds,
): FramingDiff[] {
  return cells
    .filter((other) => other !== anchor)
    .map(({ cell, tokens }): FramingDiff => {
      const parts = differ.diff(anchor.tokens, tokens, bounds);
      const base = { fromStatementId: anchor.cell.statementId, toStatementId: cell.statementId };
      if (parts === null) return { ...base, status: "rephrased", parts: [] };
      const identical = parts.every((part) => part.op === "equal");
      return { ...base, status: identical ? "identical" : "diffed", parts };
    });
}

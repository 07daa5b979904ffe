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
  const fromStatementId = anchor.cell.statementId;
  // filter and map make arrays of exactly the right size (push leaves room to grow, and rows are many).
  return cells
    .filter((other) => other !== anchor)
    .map(({ cell, tokens }): FramingDiff => {
      const parts = differ.diff(anchor.tokens, tokens, bounds);
      const status = parts === null ? "rephrased" : parts.every((part) => part.op === "equal") ? "identical" : "diffed";
      return { fromStatementId, toStatementId: cell.statementId, status, parts: parts ?? [] };
    });
}

import type { CorrectionKind } from "../compare/corrections";
import type { RowCorrection } from "../compare/types";
import { formatDate } from "../format";

/** What each kind of correction did, as the page and the exports say it. */
export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  split: "split",
  move: "sentence moved",
  join: "rows joined",
  not_same_claim: "not the same claim",
  said_in_other_words: "said in other words",
};

/**
 * "corrected by Ana Editor on 30 November 2026" for a row's corrections: the editors of all of them (in order, each
 * once; "a removed editor" when the account is gone) and the date of the latest (UTC calendar day).
 */
export function correctionCredit(corrections: readonly RowCorrection[]): string {
  const names: string[] = [];
  let latest = corrections[0].createdAt;
  for (const c of corrections) {
    const name = c.editorName ?? "a removed editor";
    if (!names.includes(name)) names.push(name);
    if (c.createdAt > latest) latest = c.createdAt;
  }
  const who = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
  return `corrected by ${who} on ${formatDate(new Date(latest))}`;
}

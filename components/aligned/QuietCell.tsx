import { NOT_IN_REPORT_TEXT } from "@/lib/view/empty-cell";

export type QuietReason = "other_exchange" | "background" | "not_in_report";

const TEST_IDS: Record<QuietReason, string> = { other_exchange: "other-exchange", background: "background-cell", not_in_report: "not-in-report" };
const WORDS: Record<QuietReason, string> = { other_exchange: "other exchange", background: "—", not_in_report: NOT_IN_REPORT_TEXT };

/**
 * A cell that is not a gap: the statement reports another exchange ("other exchange"), the claim is background
 * only a secondary source holds ("—"), or a secondary source (a reference column) does not hold the claim ("not in
 * this report"). Quiet on purpose: no dashed border, nothing that reads as an omission.
 */
export function QuietCell({ reason }: { reason: QuietReason }) {
  return (
    <div data-testid={TEST_IDS[reason]} className="quiet-cell">
      {WORDS[reason]}
    </div>
  );
}

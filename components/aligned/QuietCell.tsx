import { NOT_IN_REPORT_TEXT, OTHER_LANGUAGE_TEXT } from "@/lib/view/empty-cell";

export type QuietReason = "other_exchange" | "background" | "not_in_report" | "other_language" | "no_claim";

const TEST_IDS: Record<QuietReason, string> = { other_exchange: "other-exchange", background: "background-cell", not_in_report: "not-in-report", other_language: "other-language", no_claim: "no-claim-cell" };
// A row that states nothing ("***", a bare "1.") has nothing to hold: its other cells stay empty.
const WORDS: Record<QuietReason, string> = { other_exchange: "other exchange", background: "—", not_in_report: NOT_IN_REPORT_TEXT, other_language: OTHER_LANGUAGE_TEXT, no_claim: "" };

/**
 * A cell that is not a gap: the statement reports another exchange ("other exchange"), the claim is background
 * only a secondary source holds ("—"), or a secondary source (a reference column) does not hold the claim ("not in
 * this report"), or the statement is in another language than the row's cells ("other language: not compared"), or
 * the row states nothing (empty). Quiet on purpose: no dashed border, nothing that reads as an omission.
 */
export function QuietCell({ reason }: { reason: QuietReason }) {
  return (
    <div data-testid={TEST_IDS[reason]} className="quiet-cell">
      {WORDS[reason]}
    </div>
  );
}

/**
 * A cell that is not a gap: the statement reports another exchange ("other exchange"), or the claim is background
 * only a secondary source holds. Quiet on purpose: no dashed border, nothing that reads as an omission.
 */
export function QuietCell({ reason }: { reason: "other_exchange" | "background" }) {
  return (
    <div data-testid={reason === "other_exchange" ? "other-exchange" : "background-cell"} className="quiet-cell">
      {reason === "other_exchange" ? "other exchange" : "—"}
    </div>
  );
}

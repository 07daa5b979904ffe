import type { CorrectionProblem } from "@/lib/compare/corrections";
import { formatDate } from "@/lib/format";
import { CORRECTION_LABELS } from "@/lib/view/correction-credit";
import { resetValue, type CorrectionEditing } from "@/lib/view/correction-menu";
import { DiscardCorrectionButton } from "./DiscardCorrectionButton";

/**
 * Editors' corrections that no longer shape the rows — orphaned (their sentence was edited away) or skipped (the rows
 * changed under them) — listed for every reader, so a correction never disappears silently; editors may discard them.
 */
export function CorrectionProblems({ problems, labels, editing }: { problems: CorrectionProblem[]; labels: ReadonlyMap<string, string>; editing: CorrectionEditing | null }) {
  if (!problems.length) return null;
  return (
    <section aria-labelledby="correction-problems-heading" className="rounded-lg border border-violet-300 bg-violet-50 p-4 text-sm" data-testid="correction-problems">
      <h3 id="correction-problems-heading" className="font-semibold text-violet-950">
        {problems.length === 1 ? "1 editor’s correction no longer applies" : `${problems.length} editors’ corrections no longer apply`}
      </h3>
      <ul className="mt-2 space-y-2">
        {problems.map(({ kind, correction, reason }) => {
          const reset = editing ? resetValue(editing, [correction.id]) : null;
          return (
            <li key={correction.id} data-testid="correction-problem">
              <span className="font-medium">{kind === "orphaned" ? "Orphaned" : "Not applied"}:</span> {CORRECTION_LABELS[correction.kind]} of “{correction.subject.exact}” (
              {labels.get(correction.subject.statementId) ?? correction.subject.statementId}), by {correction.editorName ?? "a removed editor"} on{" "}
              {formatDate(new Date(correction.createdAt))} — {reason}.
              {editing && reset && <DiscardCorrectionButton reset={editing.actions.reset} eventId={editing.eventId} seen={editing.seen} corrections={reset} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import type { VersionDiff } from "@/lib/compare/versions/types";
import { EDIT_CLASS_LABELS, versionDiffSummary } from "@/lib/view/version-diff";

/**
 * "3 edits that change facts, 12 in wording" with a link that jumps to each edit (facts first), for the
 * top of a page that shows a VersionDiffView with the same `idPrefix`.
 */
export function EditSummary({ diff, idPrefix = "" }: { diff: VersionDiff; idPrefix?: string }) {
  const summary = versionDiffSummary(diff, idPrefix);
  return (
    <nav aria-label="Edits by what they change" className="text-sm" data-testid="edit-summary">
      <p className="font-semibold">{summary.line}</p>
      {summary.links.length > 0 && (
        <ol className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {summary.links.map(({ edit, elementId, label }) => (
            <li key={edit.id}>
              <a href={`#${elementId}`} data-edit-class={edit.class} className={edit.class === "fact" ? "font-semibold text-red-800 underline" : "text-slate-700 underline"}>
                {label}
              </a>{" "}
              <span className="text-slate-500">({EDIT_CLASS_LABELS[edit.class]})</span>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

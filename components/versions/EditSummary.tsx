import type { VersionDiff } from "@/lib/compare/versions/types";
import { EDIT_CLASS_LABELS, typographyToggleLabel, versionDiffSummary } from "@/lib/view/version-diff";
import { TypographyToggle } from "./TypographyToggle";

/**
 * "3 edits that change facts, 12 in wording" with a link that jumps to each edit (facts first), for the
 * top of a page that shows a VersionDiffView with the same `idPrefix`; then the typographic edits' count with the
 * control that shows or hides them (`typography`: whether they are shown and the link that flips it).
 */
export function EditSummary({ diff, idPrefix = "", typography }: { diff: VersionDiff; idPrefix?: string; typography?: { shown: boolean; href: string } }) {
  const summary = versionDiffSummary(diff, idPrefix);
  return (
    <nav aria-label="Edits by what they change" className="text-sm" data-testid="edit-summary">
      <p>
        <span className="font-semibold">{summary.line}</span>
        {diff.counts.typographic > 0 && (
          <>
            {" · "}
            {typography ? (
              <TypographyToggle count={diff.counts.typographic} shown={typography.shown} href={typography.href} />
            ) : (
              <span data-testid="typography-count">{typographyToggleLabel(diff.counts.typographic, false).replace(/ — show$/u, "")}</span>
            )}
          </>
        )}
      </p>
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

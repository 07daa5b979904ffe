import { editSummary } from "../compare/versions/flatten";
import type { EditClass, VersionDiff, VersionEdit } from "../compare/versions/types";

/** Labels of the edit classes, as the pages and exports say them (docs/edit-classes.md). */
export const EDIT_CLASS_LABELS: Record<EditClass, string> = {
  fact: "changes a fact",
  wording: "wording",
  typographic: "typographic",
  unclassified: "unclassified",
};

export interface VersionDiffSummary {
  /** "3 edits that change facts, 12 in wording". */
  line: string;
  /** The edits shown by default (typographic ones are hidden), facts first, each with its element id. */
  links: { edit: VersionEdit; elementId: string; label: string }[];
}

/** Element id of an edit's first mark, of a moved passage, and of the place it moved from. */
export const editElementId = (prefix: string, editId: string) => `${prefix}edit-${editId}`;
export const moveElementId = (prefix: string, moveId: string) => `${prefix}move-${moveId}`;
export const moveOriginId = (prefix: string, moveId: string) => `${prefix}moved-from-${moveId}`;

const ORDER: EditClass[] = ["fact", "wording", "unclassified"];

/** The summary line and the jump links of a version diff; `prefix` keeps element ids unique on a page. */
export function versionDiffSummary(diff: VersionDiff, prefix = ""): VersionDiffSummary {
  const links = ORDER.flatMap((editClass) =>
    diff.edits
      .filter((edit) => edit.class === editClass)
      .map((edit) => ({
        edit,
        elementId: editElementId(prefix, edit.id),
        label: `${edit.before.trim() || "∅"} → ${edit.after.trim() || "∅"}`,
      })),
  );
  const moves = diff.moves.length ? `; ${diff.moves.length} passage${diff.moves.length === 1 ? "" : "s"} moved` : "";
  return { line: `${editSummary(diff.counts)}${moves}`, links };
}

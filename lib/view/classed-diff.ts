import type { DiffPart } from "../compare/types";
import type { EditClass, VersionDiff } from "../compare/versions/types";
import { EDIT_CLASS_LABELS } from "./version-diff";

/** A part of a flattened version diff; a marked part (insert, delete) carries its edit's id and class. */
export interface ClassedPart extends DiffPart {
  editId?: string;
  editClass?: EditClass;
  /** A place of a phrase moved inside its sentence (VersionEdit.moved): the delete part where it stood, the insert part where it stands. */
  moved?: true;
}

/** The mark after each place of a phrase moved inside its sentence, after its class's letter: "W↕". */
export const MOVED_MARK = "↕";
/** The legend's words for MOVED_MARK. */
export const MOVED_LEGEND = "a phrase moved inside its sentence, marked where it stood and where it stands";

/**
 * One letter per edit class, put after each marked edit in the exports (Markdown superscript, HTML and PDF `<sup>`),
 * so that a fact and a wording edit look different even where colour is lost (tester B4): F(act), W(ording),
 * U(nclassified), T(ypographic).
 */
export const EDIT_CLASS_MARKS: Record<EditClass, string> = { fact: "F", wording: "W", unclassified: "U", typographic: "T" };

/** The legend of EDIT_CLASS_MARKS in words: "F changes a fact, W wording, U unclassified, T typographic". */
export const EDIT_CLASS_LEGEND: { mark: string; editClass: EditClass; label: string }[] = (["fact", "wording", "unclassified", "typographic"] as const).map((editClass) => ({
  mark: EDIT_CLASS_MARKS[editClass],
  editClass,
  label: EDIT_CLASS_LABELS[editClass],
}));

/**
 * The whole-text diff of a version diff as flat parts, like flattenVersionDiff (lib/compare/versions/flatten.ts: b's
 * order, typographic edits shown as b has them, unmarked, unless `showTypographic`), but each marked part keeps its
 * edit and class (and `moved` at both places of a phrase moved inside its sentence), and parts of different edits are never merged. `pairIds`: only those pairs (in display order).
 * The texts of the parts join into the same text as flattenVersionDiff's.
 */
export function classedParts(diff: VersionDiff, pairIds?: ReadonlySet<string>, showTypographic = false): ClassedPart[] {
  const edits = new Map(diff.edits.map((edit) => [edit.id, edit]));
  const parts: ClassedPart[] = [];
  const push = (op: DiffPart["op"], text: string, editId?: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.op === op && last.editId === editId) last.text += text;
    else if (!editId) parts.push({ op, text });
    else {
      const edit = edits.get(editId);
      parts.push({ op, text, editId, editClass: edit?.class, ...(edit?.moved ? { moved: true as const } : {}) });
    }
  };
  for (const pair of diff.pairs) {
    if (pairIds && !pairIds.has(pair.id)) continue;
    for (const part of pair.parts) {
      const editClass = part.editId ? edits.get(part.editId)?.class : undefined;
      if (part.op === "equal") push("equal", part.text);
      // Layout (whitespace that moved with a sentence) is always shown as b has it, as flattenVersionDiff does.
      else if (part.layout || (editClass === "typographic" && !showTypographic)) {
        if (part.op === "insert") push("equal", part.text);
      } else push(part.op, part.text, part.editId);
    }
  }
  return parts;
}

/**
 * The classes of the edits in each change of `parts` — a change being a run of marked parts between unchanged text,
 * numbered from 1 as lib/view/change-blocks.ts layoutChanges numbers them — in order, without repeats.
 */
export function changeClasses(parts: readonly ClassedPart[]): EditClass[][] {
  const changes: EditClass[][] = [];
  let current: EditClass[] | null = null;
  for (const part of parts) {
    if (part.op === "equal") {
      current = null;
      continue;
    }
    if (!current) {
      current = [];
      changes.push(current);
    }
    if (part.editClass && !current.includes(part.editClass)) current.push(part.editClass);
  }
  return changes;
}

/** True when `parts[i]` is the last part of its edit (the place for the edit's class mark). */
export function endsEdit(parts: readonly ClassedPart[], i: number): boolean {
  const part = parts[i];
  return !!part.editId && parts[i + 1]?.editId !== part.editId;
}

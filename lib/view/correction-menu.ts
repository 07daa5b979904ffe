import type { AlignedRow, Span } from "../compare/types";
import type { FormState } from "../editorial/form-state";

/** A server action as a form's useActionState takes it. */
export type CorrectionAction = (state: FormState, form: FormData) => Promise<FormState>;

/** What the aligned view needs to offer an editor corrections: the event, what the page saw, statement versions. */
export interface CorrectionEditing {
  eventId: number;
  /** lib/data/corrections.ts alignmentStamp of the corrections the page was rendered with. */
  seen: string;
  /** Statement slug (the engine's id) → database id and version. */
  statements: ReadonlyMap<string, { id: number; version: number }>;
  /** Correction id → version, for "reset to automatic". */
  versions: ReadonlyMap<number, number>;
  /** Statement slug → column label. */
  labels: ReadonlyMap<string, string>;
  /** The server actions that store a correction and reset corrections (app/editor/correction-actions.ts). */
  actions: { correct: CorrectionAction; reset: CorrectionAction };
}

export interface MenuChoice {
  value: string;
  label: string;
}

/** One row's correction menu (components/aligned/RowCorrectionMenu.tsx). Refs are lib/editorial/fields.ts segmentRefField. */
export interface RowMenu {
  actions: CorrectionEditing["actions"];
  eventId: number;
  seen: string;
  rowNumber: number;
  /** The row's first sentence: it names the row as a target. */
  firstRef: string;
  /** Every sentence of the row, cell by cell. */
  sentences: MenuChoice[];
  /** Sentences a split may start at (all but the row's very first). */
  splitPoints: MenuChoice[];
  /** "Not the same claim": `subject|target` — the chosen cell leaves, the other stays. */
  notSamePairs: MenuChoice[];
  /** Statements the row says did not report it, that may have said it in other words. */
  gaps: MenuChoice[];
  nextRowRef: string | null;
  /** `id@version,…` of the row's corrections, or null when the row is automatic. */
  reset: string | null;
}

/** `<statement db id>@<version>:<start>-<end>` for a span of a statement; null when the statement is unknown. */
export function segmentRef(editing: CorrectionEditing, statementId: string, span: Span): string | null {
  const statement = editing.statements.get(statementId);
  return statement ? `${statement.id}@${statement.version}:${span.start}-${span.end}` : null;
}

const words = (text: string, max = 48) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** `#id@version,…` of a row's corrections (those the page knows the version of). */
export function resetValue(editing: CorrectionEditing, ids: readonly number[]): string | null {
  const known = ids.filter((id) => editing.versions.has(id));
  return known.length ? known.map((id) => `${id}@${editing.versions.get(id)}`).join(",") : null;
}

export function rowMenu(row: AlignedRow, nextRow: AlignedRow | undefined, editing: CorrectionEditing): RowMenu | null {
  const label = (id: string) => editing.labels.get(id) ?? id;
  const sentences: MenuChoice[] = [];
  const firstOfCell: string[] = [];
  for (const cell of row.cells) {
    cell.spans.forEach((span, k) => {
      const ref = segmentRef(editing, cell.statementId, span);
      if (!ref) return;
      if (k === 0) firstOfCell.push(ref);
      const text = cell.spans.length === 1 ? cell.text : textOf(cell.text, cell.spans, k);
      sentences.push({ value: ref, label: `${label(cell.statementId)}: ${words(text)}` });
    });
  }
  if (!sentences.length) return null;
  const notSamePairs = row.cells.flatMap((cell, c) => {
    const other = c === 0 ? 1 : 0;
    if (row.cells.length < 2 || !firstOfCell[c] || !firstOfCell[other]) return [];
    return [{ value: `${firstOfCell[c]}|${firstOfCell[other]}`, label: `${label(cell.statementId)} is not the same claim as ${label(row.cells[other].statementId)}` }];
  });
  const nextFirst = nextRow?.cells[0];
  return {
    actions: editing.actions,
    eventId: editing.eventId,
    seen: editing.seen,
    rowNumber: row.index + 1,
    firstRef: sentences[0].value,
    sentences,
    splitPoints: sentences.slice(1),
    notSamePairs,
    gaps: row.notReportedBy.map((id) => ({ value: id, label: label(id) })),
    nextRowRef: nextFirst ? segmentRef(editing, nextFirst.statementId, nextFirst.spans[0]) : null,
    reset: row.corrections ? resetValue(editing, row.corrections.map((c) => c.id)) : null,
  };
}

/** The text of a cell's k-th segment: cell texts are their segments joined by one space. */
function textOf(text: string, spans: readonly Span[], k: number): string {
  let from = 0;
  for (let i = 0; i < k; i++) from += spans[i].end - spans[i].start + 1;
  return text.slice(from, from + spans[k].end - spans[k].start);
}

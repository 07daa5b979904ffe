import type { EditClass, VersionDiff } from "../compare/versions/types";
import type { DiffPiece, SplitRow } from "./change-blocks";

/** A part of a sentence pair as the split view shows it: on one side or both, with its change number. */
interface SidePart {
  text: string;
  /** Which column shows it: both (unchanged), the older text only, the newer text only. */
  side: "both" | "left" | "right";
  /** The change it belongs to (numbered as layoutChanges numbers the flat diff), or null for unmarked text. */
  change: number | null;
  /** A phrase moved inside its sentence (VersionEdit.moved): the edit's id, for the move marker before each of its places. */
  movedEdit?: string;
}

/**
 * The split view of a version diff, row by row (tester C2): the left column is the older text and the right the
 * newer, each in its own order and its own typography. Typographic edits stay unmarked (hidden by default; marked
 * like the others with `showTypographic`) but each column shows its own spelling; a moved passage stands on the left where it was and on the right where it is, each
 * place in a row of its own with a move marker (`DiffPiece.move`) linking to the other; a phrase moved inside its
 * sentence has a marker before its place on each side (the left where it stood, the right where it stands), keyed by
 * its edit's id. Changes are numbered as
 * layoutChanges numbers flattenVersionDiff's parts (lib/compare/versions/flatten.ts), so the change list's links and
 * the keys land here; each change's first piece on each side carries its number (an empty marker where that side
 * has no text for it). Rows end at a paragraph break in unchanged text, as in layoutChanges.
 */
export function versionSplitRows(diff: VersionDiff, showTypographic = false): SplitRow[] {
  const classOf = new Map<string, EditClass>(diff.edits.map((edit) => [edit.id, edit.class]));
  const moved = new Set(diff.edits.filter((edit) => edit.moved).map((edit) => edit.id));
  // Pass 1: every pair's parts, with the change numbers of the flat diff (a run of marked parts between unchanged text).
  const partsOf = new Map<string, SidePart[]>();
  let number = 0;
  let inChange = false;
  for (const pair of diff.pairs) {
    const out: SidePart[] = [];
    for (const part of pair.parts) {
      if (!part.text) continue;
      // Layout (whitespace that moved with a sentence) is no change, as in flattenVersionDiff; each column keeps its own.
      const typographic = part.layout === true || (!showTypographic && part.editId !== undefined && classOf.get(part.editId) === "typographic");
      if (part.op === "equal") {
        inChange = false;
        out.push({ text: part.text, side: "both", change: null });
      } else if (typographic) {
        // Shown unmarked, each side as it has it; the flat diff shows the newer text as unchanged, which ends a change.
        if (part.op === "insert") inChange = false;
        out.push({ text: part.text, side: part.op === "insert" ? "right" : "left", change: null });
      } else {
        if (!inChange) number += 1;
        inChange = true;
        out.push({ text: part.text, side: part.op === "insert" ? "right" : "left", change: number, ...(part.editId && moved.has(part.editId) ? { movedEdit: part.editId } : {}) });
      }
    }
    partsOf.set(pair.id, out);
  }

  // Pass 2: the rows.
  const rows: SplitRow[] = [{ left: [], right: [] }];
  const closeRow = () => {
    const last = rows[rows.length - 1];
    if (last.left.length || last.right.length) rows.push({ left: [], right: [] });
  };
  const marked = { left: new Set<number>(), right: new Set<number>() };
  const push = (side: "left" | "right", piece: DiffPiece) => rows[rows.length - 1][side].push(piece);
  // Every change gets an empty marker on each side shown where it first appears, even a side with no text for it
  // (a pure insertion, a deletion), so the change list's links and the keys land on both panes.
  const markChange = (side: "left" | "right", change: number) => {
    if (marked[side].has(change)) return;
    marked[side].add(change);
    push(side, { op: side === "left" ? "delete" : "insert", text: "", change });
  };
  const emit = (parts: SidePart[], sides: ("left" | "right")[], splitRows: boolean) => {
    for (const part of parts) {
      if (part.side === "both") {
        const passages = splitRows ? part.text.split(/\s*\n\s*/) : [part.text];
        passages.forEach((text, i) => {
          if (i > 0) closeRow();
          if (text) for (const side of sides) push(side, { op: "equal", text, change: null });
        });
        continue;
      }
      if (part.change !== null) for (const side of sides) markChange(side, part.change);
      // A phrase moved inside its sentence: a move marker before each place, linking the two (left: where it stood).
      if (part.movedEdit && sides.includes(part.side)) push(part.side, { op: "equal", text: "", change: null, move: { id: part.movedEdit, place: part.side === "left" ? "origin" : "destination" } });
      if (sides.includes(part.side)) push(part.side, { op: part.change === null ? "equal" : part.side === "left" ? "delete" : "insert", text: part.text, change: part.change });
    }
  };
  const originsAfter = new Map<string | null, string[]>();
  for (const move of diff.moves) originsAfter.set(move.fromAfterPairId, [...(originsAfter.get(move.fromAfterPairId) ?? []), move.id]);
  const moveById = new Map(diff.moves.map((move) => [move.id, move]));
  const startInA = new Map(diff.pairs.map((pair) => [pair.id, pair.a?.start ?? 0]));
  /** The moves that stood, in the older text, right after `pairId`: their older text, on the left only. */
  const emitOrigins = (pairId: string | null) => {
    for (const moveId of originsAfter.get(pairId) ?? []) {
      const move = moveById.get(moveId)!;
      closeRow();
      rows[rows.length - 1].left.push({ op: "equal", text: "", change: null, move: { id: moveId, place: "origin" } });
      // A passage reordered inside itself stands on the left in the older text's own order.
      const ids = move.reordered ? [...move.pairIds].sort((x, y) => (startInA.get(x) ?? 0) - (startInA.get(y) ?? 0)) : move.pairIds;
      for (const id of ids) {
        emit(partsOf.get(id)!, ["left"], false);
        emitOrigins(id);
      }
      closeRow();
    }
  };

  emitOrigins(null);
  for (const pair of diff.pairs) {
    if (pair.moveId) {
      const move = moveById.get(pair.moveId)!;
      if (move.pairIds[0] === pair.id) {
        closeRow();
        rows[rows.length - 1].left.push({ op: "equal", text: "", change: null, move: { id: move.id, place: "destination" } });
        for (const id of move.pairIds) emit(partsOf.get(id)!, ["right"], false);
        closeRow();
      }
      continue;
    }
    emit(partsOf.get(pair.id)!, ["left", "right"], true);
    emitOrigins(pair.id);
  }
  return rows.filter((row) => row.left.length > 0 || row.right.length > 0);
}

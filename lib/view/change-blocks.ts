import type { DiffPart } from "../compare/types";
import { truncateToGraphemes } from "../text/graphemes";

/** A piece of one side of a diff; pieces of a change carry its number. */
export interface DiffPiece {
  op: DiffPart["op"];
  text: string;
  change: number | null;
  /**
   * A move marker (empty text) in the split view of a version diff (lib/view/version-split.ts): on the left, where
   * passage `id` stood (`origin`) or where it now stands in the newer text (`destination`); for a phrase moved inside
   * its sentence (`id` its edit's), on the left before where it stood and on the right before where it stands.
   */
  move?: { id: string; place: "origin" | "destination" };
}

export interface ChangeBlock {
  /** 1-based, in reading order. */
  number: number;
  deleted: string;
  inserted: string;
  /** Where the change starts, as a fraction (0–1) of the combined diff text, for the marker strip. */
  position: number;
}

/** One row of the split mode: the passages of both texts between two paragraph breaks they share. */
export interface SplitRow {
  left: DiffPiece[];
  right: DiffPiece[];
}

export interface ChangeLayout {
  changes: ChangeBlock[];
  /** Every part in order, numbered: for the inline mode. */
  inline: DiffPiece[];
  /**
   * The split mode, row by row. Left: the "from" text (equal and deleted pieces, plus empty markers where the other
   * side inserted); right: the "to" text likewise. A row ends at a paragraph break inside unchanged text, so
   * passages that correspond sit side by side; the break itself is the row boundary and is not repeated in a cell.
   */
  rows: SplitRow[];
}

/**
 * Groups a word diff into numbered changes (a run of deletions and insertions between equal text),
 * laid out for the inline and split modes, so both modes and the change list share the numbers.
 */
export function layoutChanges(parts: DiffPart[]): ChangeLayout {
  const total = parts.reduce((sum, part) => sum + part.text.length, 0) || 1;
  const changes: ChangeBlock[] = [];
  const inline: DiffPiece[] = [];
  const rows: SplitRow[] = [{ left: [], right: [] }];
  let { left, right } = rows[0];
  const closeRow = () => {
    rows.push({ left: [], right: [] });
    ({ left, right } = rows[rows.length - 1]);
  };
  let offset = 0;
  let current: ChangeBlock | null = null;
  // jsdiff may give the space between two kept words to an edit; the side that lacks the edit must keep
  // that space, or its words run together ("ArmenianPrime"). Pending until the next kept text shows it is needed.
  const gaps = { left: "", right: "" };
  const lastChar = (pieces: DiffPiece[]) => pieces.findLast((p) => p.text)?.text.slice(-1) ?? "";

  for (const part of parts) {
    if (part.op === "equal") {
      current = null;
      for (const [side, pieces] of [["left", left], ["right", right]] as const) {
        if (gaps[side] && /\S/.test(lastChar(pieces)) && /^[\p{L}\p{N}“"«„‘(]/u.test(part.text)) pieces.push({ op: "equal", text: gaps[side], change: null });
        gaps[side] = "";
      }
      inline.push({ ...part, change: null });
      // "kept text\n\nmore kept text": the break between the two passages ends the row on both sides.
      const passages = part.text.split(/\s*\n\s*/);
      passages.forEach((text, i) => {
        if (i > 0) closeRow();
        if (text) {
          left.push({ op: "equal", text, change: null });
          right.push({ op: "equal", text, change: null });
        }
      });
    } else {
      if (!current) {
        current = { number: changes.length + 1, deleted: "", inserted: "", position: offset / total };
        changes.push(current);
        // Each side gets a marker for every change, so a jump lands on both panes even for a pure insertion.
        left.push({ op: "delete", text: "", change: current.number });
        right.push({ op: "insert", text: "", change: current.number });
      }
      inline.push({ ...part, change: current.number });
      // The whitespace at the edit's edge is what the other side lacks; a line break inside the edit is not.
      const edge = /\s+$/.exec(part.text)?.[0] ?? /^\s+/.exec(part.text)?.[0] ?? "";
      const gap = edge.includes("\n") ? "\n" : edge ? " " : "";
      if (part.op === "delete") {
        current.deleted += part.text;
        left.push({ ...part, change: current.number });
        gaps.right ||= gap;
      } else {
        current.inserted += part.text;
        right.push({ ...part, change: current.number });
        gaps.left ||= gap;
      }
    }
    offset += part.text.length;
  }
  const nonEmpty = rows.filter((row) => row.left.length > 0 || row.right.length > 0);
  return { changes, inline, rows: nonEmpty };
}

/** A short excerpt for the change list (at most `max` UTF-16 code units, cut between graphemes). */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${truncateToGraphemes(clean, max - 1)}…` : clean;
}

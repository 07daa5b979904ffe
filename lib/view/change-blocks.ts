import type { DiffPart } from "../compare/types";

/** A piece of one side of a diff; pieces of a change carry its number. */
export interface DiffPiece {
  op: DiffPart["op"];
  text: string;
  change: number | null;
}

export interface ChangeBlock {
  /** 1-based, in reading order. */
  number: number;
  deleted: string;
  inserted: string;
  /** Where the change starts, as a fraction (0–1) of the combined diff text, for the marker strip. */
  position: number;
}

export interface ChangeLayout {
  changes: ChangeBlock[];
  /** Every part in order, numbered: for the inline mode. */
  inline: DiffPiece[];
  /** The "from" text: equal and deleted pieces (plus empty markers where the other side inserted). */
  left: DiffPiece[];
  /** The "to" text: equal and inserted pieces (plus empty markers where the other side deleted). */
  right: DiffPiece[];
}

/**
 * Groups a word diff into numbered changes (a run of deletions and insertions between equal text),
 * laid out for the inline and split modes, so both modes and the change list share the numbers.
 */
export function layoutChanges(parts: DiffPart[]): ChangeLayout {
  const total = parts.reduce((sum, part) => sum + part.text.length, 0) || 1;
  const changes: ChangeBlock[] = [];
  const inline: DiffPiece[] = [];
  const left: DiffPiece[] = [];
  const right: DiffPiece[] = [];
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
      left.push({ ...part, change: null });
      right.push({ ...part, change: null });
    } else {
      if (!current) {
        current = { number: changes.length + 1, deleted: "", inserted: "", position: offset / total };
        changes.push(current);
        // Each side gets a marker for every change, so a jump lands on both panes even for a pure insertion.
        left.push({ op: "delete", text: "", change: current.number });
        right.push({ op: "insert", text: "", change: current.number });
      }
      inline.push({ ...part, change: current.number });
      const gap = /^\s|\s$/.test(part.text) ? (part.text.includes("\n") ? "\n" : " ") : "";
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
  return { changes, inline, left, right };
}

/** A short excerpt for the change list. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

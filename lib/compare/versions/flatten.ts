import type { DiffPart } from "../types";
import type { VersionDiff } from "./types";

/**
 * The whole-text diff of a version diff as flat parts in display order (b's order; a removed sentence
 * where it stood), for views that show one running text. Typographic edits are shown as b has them,
 * as unchanged text (hidden by default, issue 12); a moved passage appears once, at its new place.
 */
export function flattenVersionDiff(diff: VersionDiff, showTypographic = false): DiffPart[] {
  const typographic = new Set(diff.edits.filter((edit) => edit.class === "typographic").map((edit) => edit.id));
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  for (const pair of diff.pairs) {
    for (const part of pair.parts) {
      // Layout (whitespace that moved with a sentence) is always shown as b has it; hidden typography unless asked for.
      if (part.layout || (!showTypographic && part.editId && typographic.has(part.editId))) {
        if (part.op === "insert") push("equal", part.text);
      } else push(part.op, part.text);
    }
  }
  return parts;
}

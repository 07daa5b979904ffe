import type { DiffPart } from "../compare/types";

/**
 * Whether one text of a pair is wholly contained in the other, read off their word diff (from → to):
 * - "from-in-to": nothing of `from` was deleted and something was inserted — every word of `from` appears in `to`,
 *   in order (To quotes or extends From);
 * - "to-in-from": the reverse;
 * - null: both sides lost words, or the texts are the same.
 * Whitespace-only parts are ignored (a diff may re-space a text without changing a word).
 */
export function containment(parts: DiffPart[] | null): "from-in-to" | "to-in-from" | null {
  if (!parts) return null;
  const changed = (op: DiffPart["op"]) => parts.some((part) => part.op === op && part.text.trim() !== "");
  const deleted = changed("delete");
  const inserted = changed("insert");
  if (!deleted && inserted) return "from-in-to";
  if (deleted && !inserted) return "to-in-from";
  return null;
}

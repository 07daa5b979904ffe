import type { VersionDiff } from "@/lib/compare/versions/types";

/** Both texts rebuilt from a version diff's pairs: b in display order, a in a's own order (the diff-applies property). */
export function sides(diff: VersionDiff): { a: string; b: string } {
  const b = diff.pairs.map((pair) => pair.parts.filter((part) => part.op !== "delete").map((part) => part.text).join("")).join("");
  const a = diff.pairs
    .filter((pair) => pair.a)
    .sort((x, y) => x.a!.start - y.a!.start)
    .map((pair) => pair.parts.filter((part) => part.op !== "insert").map((part) => part.text).join(""))
    .join("");
  return { a, b };
}

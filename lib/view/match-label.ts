import type { RowMatch } from "@/lib/compare";

export interface MatchLabel {
  weak: boolean;
  /** Short text under the row number: "weak match" or "" (a strong row needs no word). */
  badge: string;
  /** Hover text: what the cells share, e.g. "Matched on words: crossing · names: Halm". */
  title: string;
}

/**
 * How the aligned view shows a row's match strength (issue 11: "weak rows look weak"). Null for a one-cell row or a
 * comparison cached before `match` existed.
 */
export function matchLabel(match: RowMatch | undefined): MatchLabel | null {
  if (!match) return null;
  const parts = [
    match.words.length ? `words: ${match.words.join(", ")}` : "",
    match.names.length ? `names: ${match.names.join(", ")}` : "",
    match.numbers.length ? `numbers: ${match.numbers.join(", ")}` : "",
  ].filter(Boolean);
  const weak = match.strength === "weak";
  return {
    weak,
    badge: weak ? "weak match" : "",
    title: `${weak ? "Weak match — may not be the same claim. " : ""}Matched on ${parts.length ? parts.join(" · ") : "synonyms only"}`,
  };
}

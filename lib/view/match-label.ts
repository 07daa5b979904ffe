import type { RowMatch } from "@/lib/compare";

export interface MatchLabel {
  weak: boolean;
  /** Short text under the row number: "weak match" or "" (a strong row needs no word). */
  badge: string;
  /** Hover text: what the cells share, e.g. "Matched on words: crossing · names: Halm · similar words: shelling ≈ artillery". */
  title: string;
  /** The title for screen readers: "≈" spelt out ("shelling, similar to artillery"), as it is read aloud inconsistently. */
  spoken: string;
}

/**
 * How the aligned view shows a row's match strength (issue 11: "weak rows look weak"). Null for a one-cell row or a
 * comparison cached before `match` existed.
 */
export function matchLabel(match: RowMatch | undefined): MatchLabel | null {
  if (!match) return null;
  const weak = match.strength === "weak";
  const sentence = (similar: string) => `${weak ? "Weak match — may not be the same claim. " : ""}Matched on ${matchedOn(match, similar)}`;
  return { weak, badge: weak ? "weak match" : "", title: sentence(" ≈ "), spoken: sentence(", similar to ") };
}

/**
 * What a row's cells share, as one line: "words: villages · names: minister · similar words: shelling ≈ artillery"
 * (`similar` joins a pair said in other words); "synonyms only" when nothing is listed.
 */
export function matchedOn(match: RowMatch, similar = " ≈ "): string {
  const parts = [
    match.words.length ? `words: ${match.words.join(", ")}` : "",
    match.names.length ? `names: ${match.names.join(", ")}` : "",
    match.numbers.length ? `numbers: ${match.numbers.join(", ")}` : "",
    // Absent from comparisons cached before similar words were listed.
    match.similarWords?.length ? `similar words: ${match.similarWords.map(({ a, b }) => `${a}${similar}${b}`).join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "synonyms only";
}

import type { Unit } from "./analyse";

// A back-reference is short: a few words that only make sense with the sentence before ("The minister accepted that.").
const MAX_BACK_REFERENCE_WORDS = 8;
// Words that point back to the previous sentence's claim: demonstratives and "it", or a definite noun naming a claim.
const POINTS_BACK = /\b(?:this|that|these|those|it|so|the (?:idea|proposal|offer|request|plan|suggestion|invitation|decision|step))\b/iu;

/**
 * A short sentence that refers back ("The president agreed to this.") and matched nothing of its own joins the row of
 * the sentence just before it in its statement: it is part of that claim, and alone it would be called "not reported"
 * by every statement that reports the claim in one sentence. Source of the rule: issue 11 ("A back-reference is
 * called not reported"). `groups` hold unit ids into `units` (including sentences rebuilt from clauses); returns new
 * groups, every unit still in exactly one.
 */
export function joinBackReferences(groups: readonly number[][], units: readonly Unit[], texts: readonly string[]): number[][] {
  const rows = groups.map((group) => [...group]);
  const rowOfSentence = new Map<string, number>();
  rows.forEach((row, r) => row.forEach((unit) => rowOfSentence.set(`${units[unit].statement}:${units[unit].sentenceIndex}`, r)));
  rows.forEach((row, r) => {
    if (row.length !== 1) return;
    const unit = units[row[0]];
    if (unit.kind !== "sentence" || unit.sentenceIndex === 0) return;
    const text = texts[unit.statement].slice(unit.start, unit.end);
    if (text.split(/\s+/u).length > MAX_BACK_REFERENCE_WORDS || !POINTS_BACK.test(text)) return;
    const previous = rowOfSentence.get(`${unit.statement}:${unit.sentenceIndex - 1}`);
    if (previous === undefined || previous === r) return;
    rows[previous].push(row[0]);
    rows[r] = [];
    rowOfSentence.set(`${unit.statement}:${unit.sentenceIndex}`, previous);
  });
  return rows.filter((row) => row.length > 0);
}

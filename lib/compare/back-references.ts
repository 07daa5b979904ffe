import type { Unit } from "./analyse";
import { LeadingMarkers } from "./leading-markers";
import { unitStatesNothing } from "./wordless-rows";

// A back-reference is short: a few words that only make sense with the sentence before ("The minister accepted that.").
const MAX_BACK_REFERENCE_WORDS = 8;
// Words that point back to the previous sentence's claim: demonstratives and "it", or a definite noun naming a claim.
const POINTS_BACK = /\b(?:this|that|these|those|it|so|the (?:idea|proposal|offer|request|plan|suggestion|invitation|decision|step))\b/iu;

/**
 * A short sentence that refers back ("The president agreed to this.") and matched nothing of its own joins the row of
 * the sentence just before it in its statement: it is part of that claim, and alone it would be called "not reported"
 * by every statement that reports the claim in one sentence. Source of the rule: issue 11 ("A back-reference is
 * called not reported"). `groups` hold unit ids into `units` (including sentences rebuilt from clauses); `texts`: each
 * statement's text (UTF-16 offsets of the units). Returns new groups, every unit still in exactly one.
 *
 * It never joins across layout. When the sentence before states nothing (wordless-rows.ts: a separator "***", "—"
 * or a bare list marker "2."), the pointing sentence opens a new section or a new list item, and a reader takes what
 * follows a section break or a new number as a new point, not the end of the last one. Nor could it join the claim
 * before the break: a cell is text its statement wrote without a gap (cells.ts splitNonConsecutiveCells would cut it
 * off again), and joining the break itself would make a claim row of "*** He accepted that." with the layout in it.
 * A sentence that opens with an item's marker ("(2) This was welcomed.", leading-markers.ts) is a new item too. So it
 * keeps a row of its own: shown, and not hidden in a claim it may not be about.
 */
export function joinBackReferences(groups: readonly number[][], units: readonly Unit[], texts: readonly string[]): number[][] {
  const rows = groups.map((group) => [...group]);
  const rowOfSentence = new Map<string, number>();
  // A unit of each sentence: a sentence that states nothing is never cut into clauses, so any unit tells.
  const unitOfSentence = new Map<string, Unit>();
  rows.forEach((row, r) =>
    row.forEach((unit) => {
      const key = `${units[unit].statement}:${units[unit].sentenceIndex}`;
      rowOfSentence.set(key, r);
      unitOfSentence.set(key, units[unit]);
    }),
  );
  const markers = new Map<number, LeadingMarkers>();
  rows.forEach((row, r) => {
    if (row.length !== 1) return;
    const unit = units[row[0]];
    if (unit.kind !== "sentence" || unit.sentenceIndex === 0) return;
    const text = texts[unit.statement].slice(unit.start, unit.end);
    if (text.split(/\s+/u).length > MAX_BACK_REFERENCE_WORDS || !POINTS_BACK.test(text)) return;
    // A line that states nothing ("Share this page", wordless-rows.ts) points at no claim, whatever its words.
    if (unitStatesNothing(texts[unit.statement], unit)) return;
    const before = `${unit.statement}:${unit.sentenceIndex - 1}`;
    const previous = rowOfSentence.get(before);
    if (previous === undefined || previous === r) return;
    if (unitStatesNothing(texts[unit.statement], unitOfSentence.get(before)!)) return;
    let leading = markers.get(unit.statement);
    if (!leading) markers.set(unit.statement, (leading = new LeadingMarkers(texts[unit.statement])));
    if (leading.markerEnd(unit) >= 0) return;
    rows[previous].push(row[0]);
    rows[r] = [];
    rowOfSentence.set(`${unit.statement}:${unit.sentenceIndex}`, previous);
  });
  return rows.filter((row) => row.length > 0);
}

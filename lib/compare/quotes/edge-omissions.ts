import type { AnalysedStatement } from "../analyse";
import type { Quotation } from "../quotation-marks";
import { isMeaningWord } from "./omitted-words";

/** Which edges of a quotation carry an omission mark: "[…] will be normal" (leading), "in December […]" (trailing). */
export interface EdgeMarks {
  leading: boolean;
  trailing: boolean;
}

// The most words an edge mark is read to stand for: as far as two pieces of one quotation may sit apart in the source
// (quotes.ts MAX_FRAGMENT_GAP), so an edge mark reaches no further than a mark inside a quotation does.
const MAX_EDGE_WORDS = 40;

/** The sentence of a statement that holds token `token`, as a token range (sentenceTokens are in order and cover every token). */
export function sentenceOfToken(statement: AnalysedStatement, token: number): { from: number; to: number } {
  const sentences = statement.sentenceTokens;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentences[middle].from <= token) low = middle;
    else high = middle - 1;
  }
  return sentences[low];
}

/** The statement's own quotation one of whose fragments holds token t, or null. */
function quotationHolding(statement: AnalysedStatement, quotations: readonly Quotation[], t: number): Quotation | null {
  const { starts, ends } = statement.tokens;
  for (const quotation of quotations) {
    for (const fragment of quotation.fragments) if (starts[t] >= fragment.start && ends[t] <= fragment.end) return quotation;
  }
  return null;
}

function inFragments(statement: AnalysedStatement, quotation: Quotation, t: number): boolean {
  const { starts, ends } = statement.tokens;
  for (const fragment of quotation.fragments) if (starts[t] >= fragment.start && ends[t] <= fragment.end) return true;
  return false;
}

/**
 * What the omission marks at a quotation's edges stand for in a source where its words were found verbatim, as tokens
 * [from, to) of `statement` (the passage), and whether that is a faithful cut (tester 71 F7: "[…] will be normal with
 * Azerbaijan until…" quoting "Nothing will be normal with Azerbaijan until…" was verbatim).
 *
 * A leading mark stands for the source words right before the passage, a trailing mark for those right after it, as
 * far as the passage's sentence reaches: a mark at a quotation's edge says its sentence began earlier or went on, and
 * the words of other sentences are not cut from it (a quotation need not give the whole statement). The whole
 * sentence, not only the passage's clause, because what inverts or limits a clause often sits in the next or the
 * previous one ("in December, but not before the talks resume"; "Unless the talks resume, the Secretary will not
 * travel"). The reach is narrowed where the source tells more: when the passage is inside a quotation of the source,
 * to that quotation (the attribution around it, "did not say more but said: “…”", is not what the quoter cut; words
 * between its fragments are skipped), and to MAX_EDGE_WORDS words on each side. If the dropped words of an edge hold
 * a negation, approximate negator, condition, limit or number (omitted-words.ts isMeaningWord), the cut inverts,
 * voids or blurs what is quoted, as an inner omission does; words that are none of these keep it verbatim.
 *
 * `quotations` are the statement's own quotations (quotation-marks.ts). Returns null for a faithful cut, else the
 * passage widened by each edge whose dropped words hold such a word, to the end of that edge's reach, so the closest
 * passage shows the dropped words. Token indices; pure.
 */
export function droppedAtEdges(
  statement: AnalysedStatement,
  quotations: readonly Quotation[],
  from: number,
  to: number,
  edges: EdgeMarks,
): { from: number; to: number } | null {
  if (to <= from) return null;
  const { starts, ends } = statement.tokens;
  let widenedFrom = from;
  let widenedTo = to;
  if (edges.leading) {
    const quotation = quotationHolding(statement, quotations, from);
    let reach = Math.max(sentenceOfToken(statement, from).from, from - MAX_EDGE_WORDS);
    if (quotation) while (reach < from && starts[reach] < quotation.fragments[0].start) reach++;
    let meaning = false;
    for (let t = from - 1; t >= reach && !meaning; t--) meaning = (!quotation || inFragments(statement, quotation, t)) && isMeaningWord(statement, t);
    if (meaning) widenedFrom = reach;
  }
  if (edges.trailing) {
    const quotation = quotationHolding(statement, quotations, to - 1);
    let reach = Math.min(sentenceOfToken(statement, to - 1).to, to + MAX_EDGE_WORDS);
    if (quotation) while (reach > to && ends[reach - 1] > quotation.fragments[quotation.fragments.length - 1].end) reach--;
    let meaning = false;
    for (let t = to; t < reach && !meaning; t++) meaning = (!quotation || inFragments(statement, quotation, t)) && isMeaningWord(statement, t);
    if (meaning) widenedTo = reach;
  }
  return widenedFrom === from && widenedTo === to ? null : { from: widenedFrom, to: widenedTo };
}

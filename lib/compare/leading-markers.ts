import { isEndMark } from "./end-marks";
import { isJsWhiteSpace } from "../text/whitespace";
import { terminalClass } from "../text/sentence-marks";
import { isLineBreak } from "../text/line-breaks";
import type { AnalysedStatement } from "./analyse";
import { isListMarker, ListMarkers, MAX_LIST_MARKER_LENGTH } from "./list-markers";
import { endsWithAbbreviation, type TextRange } from "./segment";

/**
 * The list item's marker that opens a sentence as layout ("1." cut off its item, "(2) Aid will…", "b)", "II."), for
 * the paths that read a sentence's matter: entity mentions (entities.ts: a marker's "1" or "40" is no number anyone
 * reported) and back-references (back-references.ts: a new item is a new point).
 *
 * Rows are judged by wordless-rows.ts, which takes every marker-shaped sentence for nothing, list or not: a row only
 * loses a verdict by it. A mention is stricter, because a number cut off a hard-wrapped line ("the toll rose to\n40.
 * The rest…") is the claim's own quantity and must stay one (list-markers.ts, testers 44–46). So a marker-shaped
 * token that opens a sentence is layout when it is not a year ("2024." heads a timeline: a date) and either
 * - list-markers.ts ListMarkers reads it as an item of a list numbered from one ("1.", "2."; "(a)", "(b)"), or
 * - it follows a break — the text's start, a sentence's or a lead-in's end (a terminator or a colon, not an
 *   abbreviation's dot: "on Sept.\n1." is a date's day), or a line without words ("***") — and either is the whole sentence
 *   (the segmenter cut it off its item, or it stands on a line of its own) or closes a bracket ("(2) Aid…", "b) The…":
 *   no quantity is written so).
 * After a heading without a full stop ("Outcomes\n1.\n…") a marker reads as a wrapped line's number and stays one.
 */

/**
 * A line, sentence or lead-in that ends as a break, maybe inside closing quotes or brackets: a sentence-terminal mark
 * (lib/text/sentence-marks.ts), or the colon or semicolon that ends a lead-in (the full-width "：" too), as
 * list-markers.ts reads a line's end.
 */
const BREAK_END = new RegExp(`${terminalClass(":;：")}[\\p{Pf}\\p{Pe}'"’”»)\\]]*$`, "u");
/** A year as a timeline writes it ("2024."): a date, kept by entities.ts. */
const YEAR_MARKER = /^(?:19|20)\d{2}\.$/u;
/** A bullet written before a number ("• 2."), as list-markers.ts reads one. */
const BULLET = /^[-–—•*·>]$/u;

/** Characters read back for the abbreviation before a marker ("Sept.", "a.m."): longer than any the segmenter knows. */
const ABBREVIATION_WINDOW = 64;

const isLetterOrDigit = (char: string) => /[\p{L}\p{N}]/u.test(char);

/** Leading markers of one text, with the text's list (ListMarkers) read only when a sentence opens with a marker's shape. */
export class LeadingMarkers {
  private lists: ListMarkers | null = null;

  constructor(private readonly text: string) {}

  /**
   * The end (UTF-16 offset into the text) of the layout marker that opens the sentence text[range] (see the module
   * comment), spaces after it not included; -1 when none does. Most sentences open with a word whose last character
   * is no ".", ")" or "]": answered after reading it. Pure; never throws.
   */
  markerEnd(range: TextRange): number {
    const { text } = this;
    let start = range.start;
    while (start < range.end && isJsWhiteSpace(text.charCodeAt(start))) start++;
    let end = this.wordEnd(start, range.end);
    if (end < 0) return -1;
    if (BULLET.test(text.slice(start, end))) {
      let next = end;
      while (next < range.end && isJsWhiteSpace(text.charCodeAt(next)) && !isLineBreak(text.charCodeAt(next))) next++;
      end = this.wordEnd(next, range.end);
      if (end < 0 || end === next) return -1;
    }
    const last = text.charCodeAt(end - 1);
    if (last !== 46 /* . */ && last !== 41 /* ) */ && last !== 93 /* ] */) return -1;
    const marker = text.slice(start, end);
    if (!isListMarker(marker) || YEAR_MARKER.test(marker)) return -1;
    let after = end;
    while (after < range.end && isJsWhiteSpace(text.charCodeAt(after))) after++;
    const bare = after === range.end;
    if ((bare || last !== 46) && this.followsBreak(start)) return end;
    return (this.lists ??= new ListMarkers(text)).leading(range) !== null ? end : -1;
  }

  /** The end of the run of non-space characters at `start`, if it is at most MAX_LIST_MARKER_LENGTH long; else -1. */
  private wordEnd(start: number, limit: number): number {
    let end = start;
    while (end < limit && !isJsWhiteSpace(this.text.charCodeAt(end))) {
      if (++end - start > MAX_LIST_MARKER_LENGTH) return -1;
    }
    return end > start ? end : -1;
  }

  /**
   * Whether text before `at` ends in a break: nothing but spaces, a sentence's or lead-in's end, or a line without
   * words. Reads back to the last letter or digit or line break only, so a long paragraph is not walked for each marker.
   */
  private followsBreak(at: number): boolean {
    const { text } = this;
    let last = at - 1;
    while (last >= 0 && isJsWhiteSpace(text.charCodeAt(last))) last--;
    if (last < 0) return true;
    let k = last;
    while (k >= 0 && !isLineBreak(text.charCodeAt(k)) && !isLetterOrDigit(text[k])) k--;
    if (k < 0 || isLineBreak(text.charCodeAt(k))) return true;
    // The abbreviation test reads the last word only: a window longer than any abbreviation bounds it.
    return BREAK_END.test(text.slice(Math.max(0, last - 7), last + 1)) && !endsWithAbbreviation(text, { start: Math.max(0, last - ABBREVIATION_WINDOW), end: last + 1 });
  }
}

/** markerTokenFlags: a token of a layout marker. */
export const MARKER_TOKEN = 1;
/** markerTokenFlags: the first token after a layout marker that shares its sentence, whose capital says nothing. */
export const AFTER_MARKER = 2;

/**
 * Per token of `statement` (analyse.ts AnalysedStatement: `sentences` and their `sentenceTokens`), MARKER_TOKEN for
 * the tokens of a layout marker that opens a sentence (LeadingMarkers), AFTER_MARKER for the token after one in the
 * same sentence ("(b) Aid will…": "Aid" opens the item as a sentence's first word does), 0 for the rest; null when no
 * sentence opens with one (most statements). Pure; never throws.
 */
export function markerTokenFlags(statement: Pick<AnalysedStatement, "text" | "sentences" | "sentenceTokens" | "tokens">): Uint8Array | null {
  const { text, sentences, sentenceTokens, tokens } = statement;
  const markers = new LeadingMarkers(text);
  let flags: Uint8Array | null = null;
  for (let s = 0; s < sentences.length; s++) {
    // A wire end mark ("-30-", "ENDS") is layout whole: its "30" is no number.
    if (isEndMark(text, sentences[s].start, sentences[s].end)) {
      flags ??= new Uint8Array(tokens.count);
      flags.fill(MARKER_TOKEN, sentenceTokens[s].from, sentenceTokens[s].to);
      continue;
    }
    const end = markers.markerEnd(sentences[s]);
    if (end < 0) continue;
    flags ??= new Uint8Array(tokens.count);
    const { from, to } = sentenceTokens[s];
    let t = from;
    for (; t < to && tokens.starts[t] < end; t++) flags[t] = MARKER_TOKEN;
    if (t < to) flags[t] = AFTER_MARKER;
  }
  return flags;
}

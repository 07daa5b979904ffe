import { isPageLinkLine } from "./page-links";
import { isEndMark } from "./end-marks";
import { isListMarker, MAX_LIST_MARKER_LENGTH } from "./list-markers";
import { codePointBoundary } from "./segment";
import { tokenize } from "./tokens";
import type { AlignedCell, AlignedRow } from "./types";

/**
 * The rule for rows that state nothing, one for every path that judges a row's gaps: compare() (its units) and
 * applyCorrections (corrected rows), and exchangeCoverage (exchanges.ts) for "only it said" / "it left out".
 *
 * A sentence states nothing when it holds no word by the engine's tokenizer (tokens.ts tokenize: "***", "—" between
 * sections; new-user tester 39) or is only a list item's marker (list-markers.ts isListMarker: "1." cut before its
 * item, so a statement that wrote the list as prose left nothing out; tester 41) or a wire end mark ("-30-", "ENDS";
end-marks.ts). Any sentence of a marker's shape
 * counts, list or not (a single item, a list from "2.", one written inline, a bare "40." cut off a wrapped sentence,
 * whose claim is in the sentence before it). A row states nothing when every sentence of every cell
 * does: it is no claim, so no statement left it out, said it alone or was not compared with it (exchanges.ts scopeRow
 * with `statesNothing`), and scopeRow marks it `AlignedRow.statesNothing`, the one field every count reads (coverage,
 * exchange coverage, the views and exports: lib/view/claim-rows.ts); rowStatesNothing reads the same from the cells of
 * a document made before the field. The version diff is stricter (list-markers.ts ListMarkers): there a changed "40."
 * must not pass for layout.
 */

/**
 * Whether text[start, end) is only a list marker, a wire end mark (end-marks.ts: "-30-", "ENDS") or a page's link line
 * (page-links.ts: "Share this page", "Print"): the length is tested first, so a sentence is never sliced.
 */
function isBareMarker(text: string, start: number, end: number): boolean {
  return (end - start <= MAX_LIST_MARKER_LENGTH && isListMarker(text.slice(start, end))) || isEndMark(text, start, end) || isPageLinkLine(text, start, end);
}

/**
 * Whether a unit of compare() (analyse.ts Unit: UTF-16 offsets into its statement's `text`, and its token range)
 * states nothing. Its tokens are already counted, so this is the cheap test run on every unit of every row.
 */
export function unitStatesNothing(text: string, unit: { start: number; end: number; tokenFrom: number; tokenTo: number }): boolean {
  return unit.tokenFrom === unit.tokenTo || isBareMarker(text, unit.start, unit.end);
}

// Tokenized a window at a time, so a sentence with words stops at its first (tokenize has no early exit).
const WORD_WINDOW = 64;

/**
 * Whether text[start, end) (UTF-16 offsets) holds a word by tokens.ts tokenize. A token exists exactly when some
 * character can start one, and a character's class does not depend on the window, so windows give the same answer
 * as one pass over the range. An ASCII letter or digit always starts or continues a token: answered at once.
 */
function holdsWord(text: string, start: number, end: number, language: string): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true;
    if (code > 127) break;
  }
  let found = false;
  const emit = () => (found = true);
  for (let from = start; from < end && !found; ) {
    const to = from + WORD_WINDOW < end ? codePointBoundary(text, from + WORD_WINDOW) : end;
    tokenize(text, from, to, language, emit);
    from = to;
  }
  return found;
}

/**
 * Whether text[start, end) (UTF-16 offsets) states nothing: a bare list marker, or no word by tokens.ts tokenize.
 * `language`: the statement's tag as the engine read it (ComparedStatement.language), which the tokenizer hands to
 * Intl.Segmenter for scripts written without spaces. Pure; never throws.
 */
export function rangeStatesNothing(text: string, start: number, end: number, language = "en"): boolean {
  return isBareMarker(text, start, end) || !holdsWord(text, start, end, language);
}

/**
 * Whether every segment of `cell` states nothing. Its segments are read from `cell.text`, which joins them with one
 * space (compare.ts buildRow, corrections.ts cellOf), each as long as its span; a text of another shape is read whole.
 */
export function cellStatesNothing(cell: Pick<AlignedCell, "text" | "spans">, language = "en"): boolean {
  const { text, spans } = cell;
  let joined = spans.length - 1;
  for (const span of spans) joined += span.end - span.start;
  if (spans.length === 0 || joined !== text.length) return rangeStatesNothing(text, 0, text.length, language);
  let at = 0;
  for (const span of spans) {
    const to = at + span.end - span.start;
    if (!rangeStatesNothing(text, at, to, language)) return false;
    at = to + 1;
  }
  return true;
}

/**
 * Whether a row states nothing: it has cells and every one states nothing (restatements are not read: they only add
 * reporters). `languageOf`: a statement's language (default "en" for all). Pure; never throws.
 */
export function rowStatesNothing(row: Pick<AlignedRow, "cells">, languageOf?: (statementId: string) => string | undefined): boolean {
  return row.cells.length > 0 && row.cells.every((cell) => cellStatesNothing(cell, languageOf?.(cell.statementId)));
}

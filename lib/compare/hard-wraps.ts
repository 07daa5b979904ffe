import { isLineBreak } from "../text/line-breaks";
import { terminalBefore } from "../text/sentence-marks";
import { endsWithMijaket, isArmenianColon } from "./armenian-stops";
import { endsBeforeSpeaker } from "./attribution-line-ends";
import { endsInFunctionWord } from "./line-end-function-words";
import { CLOSERS } from "./open-quotation";
import { quotationOpenAt, quotationRunsOn } from "./quotation-runs-on";

/**
 * Hard wraps: a sentence broken over two lines by the writer, an email client or a CMS, where Unicode's sentence rules
 * (UAX #29, rule SB4) break at every line's end. One definition (wrapsBetween), read by the segmenter (segment.ts),
 * the speaker finder (quotes/speakers.ts) and the quotation finder (quotation-marks.ts), so that all three see one
 * sentence, and one quotation, where a line stops mid-sentence and goes on below: after a comma (session 16, tester
 * T1 #8), inside a quotation (session 17, H2), after any line that does not end its sentence (session 17, H7:
 * "…which remains under\nstrain." was cut in two, tester T3 #20), and before a capital or a digit after a function
 * word or inside a quotation that closes below (session 17, H10: "Secretary of\nState Antony Blinken said" lost its
 * speaker, tester F10; "“Peace is within reach, and\nAzerbaijan …”" was cut and checked as unclosed, tester F6).
 */

const CLOSING_QUOTE = /[”"»’']/u;
/** An opening quotation mark: one open-quotation.ts CLOSERS lists. */
const opensQuotation = (mark: string | undefined): boolean => mark !== undefined && Object.hasOwn(CLOSERS, mark);
// The next line goes on with a word in lower case; not with a list item's marker in lower case ("a) the border",
// "b. the detainees", "iv) …", "б) …", "ա) …"), which opens a line of its own. A letter and a dot is a marker only in
// Latin letters: Armenian "է." is the word "is" before the mijaket ("Բլինքենը նշել\nէ. «…»").
const LOWER_WORD_START = /^\p{Ll}/u;
const LOWER_LIST_MARKER = /^(?:\p{Ll}\)|[a-z]\.|[ivxlcdm]{2,6}[.)])\s/u;
// After a quotation: a dash and a lower-case word, Russian's attribution ("— сказал"); a hyphen or a dash opening a
// line after a plain comma is a list's bullet.
const DASH_LOWER_START = /^[—–‒―-]\s*\p{Ll}/u;
/** Closing quotes and brackets that may stand after a sentence's mark at a line's end ("…peace.”", "…(2023)."). */
const AFTER_MARK = /[”"»’')\]]/u;
const ELLIPSIS = 0x2026;
const FULL_STOP = 0x2e;

/** Whether the text before `end` ends in a quotation closed on a comma ("…,”", "…»,"). */
function endsInQuotationComma(text: string, end: number): boolean {
  const [before, last] = [text[end - 2] ?? "", text[end - 1] ?? ""];
  return (before === "," && CLOSING_QUOTE.test(last)) || (last === "," && CLOSING_QUOTE.test(before));
}

/** Whether the text before `end` (UTF-16) ends in a comma, or in a comma and a closing quotation mark ("…,”", "…,»"). */
export function endsInWrapComma(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 44 || endsInQuotationComma(text, end);
}

/**
 * Whether text[next] opens a word in lower case (any script with case: Latin, Cyrillic, Armenian), not a list item's
 * marker in lower case ("a) ", "iv. "). UTF-16 offset. Pure.
 */
export function opensLowerCaseWord(text: string, next: number): boolean {
  const start = text.slice(next, next + 8);
  return LOWER_WORD_START.test(start) && !LOWER_LIST_MARKER.test(start);
}

/** Whether text[end, next) holds exactly one line break (CRLF counts once; a blank line is two). */
function oneLineBreak(text: string, end: number, next: number): boolean {
  let breaks = 0;
  for (let i = end; i < next; i++) if (isLineBreak(text.charCodeAt(i)) && !(text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13)) breaks++;
  return breaks === 1;
}

/** Reads "yes": the sentence goes on whatever the line's last mark (inside a quotation, or after a comma already seen). */
const GOES_ON = (): boolean => true;

/**
 * The hard-wrap rule. Whether the white space text[end, next) (UTF-16 offsets: `end` just after the last character of
 * a line's text, `next` at the first character of the next line's) is a hard wrap inside one sentence:
 * - exactly one line break (LF, CR, CRLF, U+2028, U+2029: lib/text/line-breaks.ts), no blank line, which ends a
 *   paragraph;
 * - after a line that ends in a function word (line-end-function-words.ts: "Secretary of", "spoke with", "заявил, что",
 *   "նշել է, որ"), which ends no sentence or heading: the next line goes on whatever it opens with, a capital or a
 *   digit too ("Secretary of\nState Antony Blinken said.", "spoke with\nPresident Aliyev"); or in an attribution
 *   waiting for its speaker (attribution-line-ends.ts: "“…,” said\nSecretary Blinken", "По словам\nПашиняна");
 * - after a quotation closed on a comma ("…,”", "«…»,"): the next line goes on with a lower-case word, a dash and a
 *   lower-case word (Russian's "— сказал Алиев") or, where `attributionAt` reads one at `end`, the quotation's
 *   attribution ("“…,”\nBlinken said.");
 * - else the next line goes on with a lower-case word, not a lower-case list marker (opensLowerCaseWord), and
 *   `goesOn()` says the line leaves its sentence open (lineGoesOn: no sentence's mark ends it, or a quotation is
 *   open). Asked last, so a caller's costlier reading runs only before a lower-case line;
 * - or the next line opens with a quotation mark and a lower-case word, the line leaving its sentence open as above
 *   ("Pashinyan said the border\n“must be marked by maps.”"), or with a quotation mark and any word after a comma
 *   ("Pashinyan said,\n“The border…”"), where no quotation is open at the line's end (a quotation of several
 *   paragraphs reopens each with its mark);
 * - or, after a quotation closed on a "?", "!" or an ellipsis, which leave no room for a comma, `attributionAt` reads
 *   its attribution ("“…?”\nBlinken asked.", as quotes/speakers.ts attributionAfterMark reads it on one line);
 * - or the line ends in no sentence's mark inside a quotation whose closing mark comes later in its paragraph, and the
 *   next line opens with a capital or a digit that is no list marker (quotation-runs-on.ts: proper nouns open lines;
 *   "“Peace is within reach, and\nAzerbaijan and Armenia must not let it slip away.”").
 * Headings, office lines, datelines and sentences open their lines with a capital or a digit after a noun or a mark,
 * list items with a marker, a quotation over several paragraphs with its opening mark, and a quotation never closed
 * ends its paragraph at a line break before a capital: each stays on its own. Pure; never throws.
 */
export function wrapsBetween(text: string, end: number, next: number, goesOn: () => boolean, attributionAt: (text: string, at: number) => boolean): boolean {
  // No line's text before the break (the text's start), or none after it: nothing to join.
  if (end === 0 || next >= text.length || !oneLineBreak(text, end, next)) return false;
  if (endsInFunctionWord(text, end) || endsBeforeSpeaker(text, end)) return true;
  if (endsInQuotationComma(text, end)) {
    return opensLowerCaseWord(text, next) || DASH_LOWER_START.test(text.slice(next, next + 4)) || (CLOSING_QUOTE.test(text[end - 1]) && attributionAt(text, end));
  }
  if (opensLowerCaseWord(text, next) && goesOn()) return true;
  // A quotation opening the next line goes on a sentence left open: with a lower-case word after a line that ends no
  // sentence ("said the border\n“must be marked”"), with any word after a comma ("said,\n“The border…”"; tester T6 #4).
  // Not inside a quotation: a quotation of several paragraphs opens each with its mark (The Chicago Manual of Style,
  // 17th ed., § 13.30).
  if (opensQuotation(text[next]) && next + 1 < text.length && (opensLowerCaseWord(text, next + 1) ? goesOn() : text.charCodeAt(end - 1) === 44) && !quotationOpenAt(text, end)) return true;
  // A quoted question, exclamation or trailing-off leaves its writer no comma ("“…?”\nBlinken asked.").
  if (endsInQuotationStop(text, end) && attributionAt(text, end)) return true;
  return quotationRunsOn(text, end, next);
}

/** Whether the text before `end` ends in a quotation closed on a "?", "!" or an ellipsis ("…?”", "…!»", "…...”"). */
function endsInQuotationStop(text: string, end: number): boolean {
  if (!CLOSING_QUOTE.test(text[end - 1] ?? "")) return false;
  const mark = text.charCodeAt(end - 2);
  return mark === 0x3f || mark === 0x21 || mark === ELLIPSIS || (mark === FULL_STOP && text.startsWith("...", end - 4));
}

/**
 * Whether the line whose text ends at `end` (UTF-16, exclusive; no white space before it) leaves its sentence open,
 * so that a lower-case line after it goes on with it (wrapsBetween):
 * - it ends in no sentence-terminal mark (lib/text/sentence-marks.ts: ". ! ? …", the Armenian "։"), maybe inside
 *   closing quotes or brackets, and in no ":" that Armenian types for "։" (armenian-stops.ts isArmenianColon);
 *   a comma, a colon, a semicolon, a dash or a word leave it open;
 * - or it ends in an ellipsis ("…", "..."), after which Unicode's rules read on to a lower-case word (UAX #29 SB8), as
 *   on one line ("We will keep working…\ntoward peace");
 * - or in a mark that `markGoesOn()` reads as ending no sentence there, the caller's reading: an abbreviation's dot
 *   ("U.S.\nofficials", segment.ts endsWithAbbreviation), the Armenian mijaket (armenian-stops.ts), or any mark inside
 *   a quotation still open (open-quotation.ts), where a lower-case line goes on with the quotation as
 *   wrapsInsideQuotation reads it ("“Is peace near?\nwe believe it is.”").
 * A full stop after a word, a "?" or "!" before a line break end the sentence, though the next line opens in lower
 * case (a typo, or an unpunctuated list): the line break is the writer's second sign of an end. Asked only before a
 * lower-case line. Pure; never throws.
 */
export function lineGoesOn(text: string, end: number, markGoesOn: () => boolean): boolean {
  let mark = end;
  while (mark > 0 && AFTER_MARK.test(text[mark - 1])) mark--;
  const code = text.charCodeAt(mark - 1);
  if (code === 0x3a /* : */) return !isArmenianColon(text, mark - 1) || markGoesOn();
  if (!terminalBefore(text, mark)) return true;
  if (code === ELLIPSIS || (code === FULL_STOP && text.charCodeAt(mark - 2) === FULL_STOP)) return true;
  return markGoesOn();
}

/**
 * Whether the line break between text ending at `end` in a comma (endsInWrapComma) and the text starting at `next` is
 * a hard wrap inside one sentence: wrapsBetween, the comma having said that the sentence goes on. UTF-16 offsets into
 * `text` as written. Pure.
 */
export function continuesWrappedLine(text: string, end: number, next: number, attributionAt: (text: string, at: number) => boolean): boolean {
  return wrapsBetween(text, end, next, GOES_ON, attributionAt);
}

/** A reader of an attribution at a UTF-16 offset just after a quotation's closing mark; this one reads none. */
const NO_ATTRIBUTION = (): boolean => false;

/**
 * Whether the line break at `at` (a UTF-16 offset of a line break in `text`; lib/text/line-breaks.ts: LF, CR, CRLF,
 * U+2028, U+2029) lies inside a quotation (after its opening mark and before its closing one, or in the attribution
 * between two of its fragments: "“…,” the Secretary\nsaid, “…”") and is a hard wrap there, so the quotation goes on
 * below: wrapsBetween with the sentence going on whatever the line's last mark, since the open quotation mark says
 * that it does ("“Peace is within\nreach" is one quotation as "“Peace is within reach,\nand" is). A real paragraph
 * break still ends the quotation's paragraph: a blank line, or a next line that opens with a capital, a digit, a list
 * marker or an opening mark (the convention for a quotation over several paragraphs, each opening with the mark, the
 * last one closed, that quotation-marks.ts reads). The segmenter reads a line break inside an open quotation by the
 * same rule (lineGoesOn). Source: session 17's brief H2 (a quotation wrapped mid-sentence was cut at the line's end,
 * its rest not checked as quoted). Pure; never throws.
 */
export function wrapsInsideQuotation(text: string, at: number, attributionAt: (text: string, at: number) => boolean = NO_ATTRIBUTION): boolean {
  const next = nextLineStart(text, at);
  // Inside a quotation an opening mark at a line's start opens its next paragraph (a quotation of several paragraphs).
  if (opensQuotation(text[next])) return false;
  return wrapsBetween(text, lineTextEnd(text, at), next, GOES_ON, attributionAt);
}

/**
 * Whether the line break at `at` (a UTF-16 offset of a line break in `text`) is a hard wrap between two parts of one
 * sentence: the line's text ends in a comma (endsInWrapComma) and continuesWrappedLine reads the break so. The line's
 * text ends before the white space before the break, and the CR of a CRLF ("…,” \r\nBlinken said." wraps as
 * "…,”\nBlinken said." does), so a caller may ask at any line break of the run. Pure; never throws.
 */
export function wrapsAfterComma(text: string, at: number, attributionAt: (text: string, at: number) => boolean): boolean {
  const end = lineTextEnd(text, at);
  return endsInWrapComma(text, end) && continuesWrappedLine(text, end, nextLineStart(text, at), attributionAt);
}

const WHITE_SPACE = /\s/u;

/** Where the text of the line before the line break at `at` ends: before the white space (CR included) before it. UTF-16. Pure. */
export function lineTextEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && WHITE_SPACE.test(text[end - 1])) end--;
  return end;
}

/** Where the next line's text starts after the line break at `at`: its first character that is no white space, or text.length. */
function nextLineStart(text: string, at: number): number {
  let next = at;
  while (next < text.length && WHITE_SPACE.test(text[next])) next++;
  return next;
}

/**
 * Whether the line break at `at` (a UTF-16 offset of a line break in `text`) is a hard wrap inside one sentence, by the
 * one rule (wrapsBetween, with lineGoesOn reading the Armenian mijaket "." as ending no sentence where `armenianStops()`
 * says the text writes Armenian full stops: armenian-stops.ts), asked from the break itself: the line's text ends
 * before the white space before it, and the next line's starts after the white space after it. For readers that meet
 * line breaks one at a time (the speaker finder, the quotation frames). Pure; never throws.
 */
export function wrapsAtLineBreak(text: string, at: number, armenianStops: () => boolean, attributionAt: (text: string, at: number) => boolean): boolean {
  const end = lineTextEnd(text, at);
  return wrapsBetween(text, end, nextLineStart(text, at), () => lineGoesOn(text, end, () => endsWithMijaket(text, end) && armenianStops()), attributionAt);
}

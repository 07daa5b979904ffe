import { isJsWhiteSpace } from "./whitespace";

/**
 * The marks that end a sentence: one set for every path that reads where a sentence ends without the segmenter
 * (lib/compare: list-markers.ts, leading-markers.ts, lead-ins.ts, quotation-frames.ts, quotes/speakers.ts, and the
 * version diff's versions/names.ts, versions/classify.ts, versions/read-both-ways.ts). Before it each kept its own class,
 * and they disagreed on the marks of the scripts readouts come in (the Armenian "։", the CJK "。", "．").
 *
 * The set is Unicode's Sentence_Terminal property (PropList.txt; the STerm and ATerm classes of UAX #29, "Unicode
 * Text Segmentation", section 5, which the segmenter reads, are drawn from it), as JavaScript regular expressions
 * read it (`\p{Sentence_Terminal}`, with the u flag): ". ! ?", the Armenian full stop "։" (U+0589), the CJK
 * "。 ！ ？ ．" and half-width "｡", the Arabic "؟", "‼ ⁇ ⁈ ⁉ ‽", the one dot leader "․" (U+2024), and the stops of the
 * other scripts, some outside the BMP. Plus the ellipsis "…" (U+2026), which ends a sentence that trails off ("The
 * talks went on… Then…") and which Unicode leaves out.
 *
 * What a mark does in its language stays each reader's rule, named there: an abbreviation's dot (segment.ts
 * endsWithAbbreviation), Armenian's ":" typed for "։" and its mijaket "." (lib/compare/armenian-stops.ts), or the
 * colon and semicolon that end a lead-in as well as a sentence.
 */

/** The set as the body of a regular-expression character class (u flag): `[${SENTENCE_TERMINALS}]` matches one mark. */
export const SENTENCE_TERMINALS = "\\p{Sentence_Terminal}\\u2026";

const ELLIPSIS = 0x2026;
const TERMINAL = new RegExp(`^[${SENTENCE_TERMINALS}]`, "u");
// Per BMP unit: 0 not asked yet, 1 no, 2 a mark. Filled on first sight, so that scans stay char-code loops.
const known = new Uint8Array(0x10000);

/**
 * A character class of the set and a site's own extra marks, as regular-expression source (u flag): `extras` are
 * literal characters ("：;" for a site that also ends at a colon or semicolon), escaped here. Throws nothing.
 */
export function terminalClass(extras = ""): string {
  return `[${SENTENCE_TERMINALS}${extras.replace(/[\\\]^-]/gu, "\\$&")}]`;
}

/** Whether the code point whose first UTF-16 unit is `code` (its code point `point` when that unit is a high surrogate) is a mark. */
function isMarkCode(code: number, point: () => number): boolean {
  // ASCII first: ". ! ?" are the marks of almost every call.
  if (code < 0x80) return code === 0x2e || code === 0x21 || code === 0x3f;
  if (code === ELLIPSIS) return true;
  if (code >= 0xd800 && code <= 0xdbff) return TERMINAL.test(String.fromCodePoint(point()));
  let answer = known[code];
  if (answer === 0) answer = known[code] = TERMINAL.test(String.fromCharCode(code)) ? 2 : 1;
  return answer === 2;
}

/**
 * Whether a sentence-terminal mark starts at text[index] (UTF-16 offset; a mark outside the BMP is read from its high
 * surrogate, never from its low one). False out of range. Pure; no regular expression for ASCII or a unit seen before.
 */
export function isSentenceTerminal(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return isMarkCode(text.charCodeAt(index), () => text.codePointAt(index)!);
}

/** Whether the code point that ends at text[end - 1] (UTF-16 offset `end`, exclusive) is a sentence-terminal mark. Pure. */
export function terminalBefore(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (end >= 2 && code >= 0xdc00 && code <= 0xdfff) return isSentenceTerminal(text, end - 2);
  return isSentenceTerminal(text, end - 1);
}

/** Closing quotes and brackets that may stand between a mark and the space after it ("…peace.” Then", "…(2024). Then"). */
const CLOSING = new Set(Array.from("\"'’”»)]", (char) => char.charCodeAt(0)));
/** Opening quotes and brackets that may stand between the space and the next sentence's first word ("… met. “We…"). */
const OPENING = new Set(Array.from("\"'‘“«(", (char) => char.charCodeAt(0)));

/**
 * Whether text[from, to) (UTF-16 offsets: the gap between two words) ends a sentence: a mark of the set, or a ":" at
 * an offset `colonEnds` accepts (Armenian's ":" typed for "։": lib/compare/armenian-stops.ts isArmenianColon), then
 * closing quotes or brackets, at least one white space, then opening quotes or brackets only — what
 * `/[marks]["'’”»)\]]*\s+["'‘“«(]*$/u` matches on the gap, read backwards from `to` without a slice, so a gap with no
 * mark costs a few comparisons. Pure; throws nothing.
 */
export function endsSentenceGap(text: string, from: number, to: number, colonEnds?: (colon: number) => boolean): boolean {
  let k = to - 1;
  while (k >= from && OPENING.has(text.charCodeAt(k))) k--;
  if (k < from || !isJsWhiteSpace(text.charCodeAt(k))) return false;
  while (k >= from && isJsWhiteSpace(text.charCodeAt(k))) k--;
  while (k >= from && CLOSING.has(text.charCodeAt(k))) k--;
  if (k < from) return false;
  if (text.charCodeAt(k) === 0x3a) return colonEnds !== undefined && colonEnds(k);
  return terminalBefore(text, k + 1);
}

/**
 * The matching fold: the one place that knows typography. It maps text as written to the form in
 * which Readout compares text, with an offset map back to the original, so that whatever is found
 * in the folded form can still be highlighted, sliced and quoted as written. The folded form is a
 * key: it is never shown to readers.
 *
 * What folds (each rule is a kind of fault reported against diff and quotation tools; see
 * docs/text-handling.md):
 * - Unicode compatibility normalisation (NFKC, UAX #15): composed and decomposed letters, ligatures,
 *   full-width forms, "…" and "...".
 * - Invisible characters (lib/text/ignorable.ts: Unicode's default ignorable code points, such as soft hyphen,
 *   zero-width space, word joiner, BOM, bidirectional marks, combining grapheme joiner, variation selectors, Hangul
 *   fillers), and the Armenian emphasis, exclamation and
 *   question marks written inside a word (՛ ՜ ՞: "Ի՞նչ" matches "Ինչ"). A zero-width joiner or
 *   non-joiner is dropped between letters of scripts that never need it (Latin, Cyrillic, Greek,
 *   Armenian, Georgian) and kept elsewhere (Persian, Indic scripts, emoji sequences), where it
 *   changes the word.
 * - Case: full lower-casing plus the folds that toLowerCase leaves out: ß/ẞ → ss, Greek final sigma
 *   ς → σ, Greek accents (capitals are written without them; the diaeresis stays), and dotted and dotless i (İ i I ı) as one letter. The i rule holds in every language on
 *   purpose: statements in different languages are compared with each other, and an English report
 *   writes "BAKU"/"Baki" for Azerbaijani "Bakı" (Unicode SpecialCasing gives Turkic İ→i and I→ı; with
 *   ı and i one letter, both Turkic and non-Turkic readings fold alike).
 * - Quote marks and apostrophes of every style (‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ › ′ ″ ʼ ` ´ ") → one mark, '.
 * - Dashes and hyphens (‐ ‑ ‒ – — ― − ⸺ ⸻ ﹘ ﹣, the Armenian hyphen ֊ U+058A), and runs of them ("--" typed for "—"), → one "-".
 * - Every run of whitespace (no-break, narrow no-break, thin, ideographic spaces, line breaks) → one space.
 * - Russian ё → е, outside words with a Ukrainian or Belarusian letter (withoutYoDots).
 * A quotation is compared with its source punctuation aside, so its words have keys of their own on top of this fold
 * (quotationKeys below: initialisms, hyphens inside words).
 */
import { INVISIBLE, ZERO_WIDTH_JOINERS } from "./ignorable";
import { numberMatchForm } from "./numbers";

/** Folded text with, for each of its UTF-16 code units, the range of the original it came from. */
export interface FoldedText {
  text: string;
  /** starts[k], ends[k]: UTF-16 offsets in the original of the character that folded code unit k came from. */
  starts: Int32Array;
  ends: Int32Array;
}

const QUOTE = "'";
const DASH = "-";
const QUOTE_MARKS = new Set("'\"‘’‚‛“”„‟«»‹›′″‵‶ʹʺʼˈ`´〝〞〟＂＇");
const DASH_MARKS = new Set("‐‑‒–—―−⸺⸻﹘﹣－\u058a");
// Scripts whose letters never change shape or meaning with a (non-)joiner between them.
const NON_JOINING_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Nd}]/u;
const MARK = /\p{M}/u;
const GREEK = /\p{Script=Greek}/u;
// Acute (tonos), grave, circumflex (perispomeni), smooth and rough breathings, iota subscript.
const GREEK_ACCENTS = /[\u0300\u0301\u0342\u0313\u0314\u0345]/gu;
const SPACE = /\s/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Code units of the code point at text[i]. */
function widthAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
}

/** Lower-cases one normalised character (or combining sequence) and applies the extra case folds. */
function foldCase(cluster: string): string {
  let lower = cluster.toLowerCase();
  if (lower.length === 1 && lower.charCodeAt(0) < 128) return lower;
  // "İ".toLowerCase() is "i" + U+0307; the dot above belongs to the capital only.
  lower = lower.replace(/(?<=[ij])\u0307/gu, "");
  return lower.replace(/[ıßς]/gu, (letter) => (letter === "ı" ? "i" : letter === "ß" ? "ss" : "σ"));
}

function foldTypography(char: string): string {
  if (QUOTE_MARKS.has(char)) return QUOTE;
  if (DASH_MARKS.has(char)) return DASH;
  return char;
}

/** The code point before text[i], or "" at the start. */
function codePointBefore(text: string, i: number): string {
  if (i === 0) return "";
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
  return text.slice(start, i);
}

/** A (non-)joiner at text[i] that no script around it needs: it joins nothing, or sits between letters that never join. */
function isDroppableJoiner(text: string, i: number): boolean {
  const before = codePointBefore(text, i);
  const after = text.slice(i + 1, i + 1 + widthAt(text, i + 1));
  const needless = (char: string) => char === "" || SPACE.test(char) || NON_JOINING_SCRIPT.test(char) || /\p{P}/u.test(char);
  return needless(before) && needless(after);
}

/** The folded form of one character with its combining marks. */
function foldCluster(cluster: string): string {
  const code = cluster.charCodeAt(0);
  if (cluster.length === 1 && code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    return code === 34 || code === 96 ? QUOTE : cluster;
  }
  let normalised = foldCase(cluster.normalize("NFKC"));
  // Greek capitals are written without accents ("ΣΟΦΟΣ" for "σοφός"), so accents (not the diaeresis) do not count.
  if (GREEK.test(normalised)) normalised = normalised.normalize("NFD").replace(GREEK_ACCENTS, "").normalize("NFC");
  let folded = "";
  for (const char of normalised) folded += INVISIBLE.test(char) ? "" : foldTypography(char);
  return folded;
}

/**
 * The matching form of `text` with its offset map. Whitespace runs become one space; leading and
 * trailing whitespace is kept as one space too, so that folding the pieces of a text and joining
 * them gives the fold of the whole. Linear in the length of the text.
 */
export function foldText(text: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; ) {
    const clusterStart = i;
    const code = text.charCodeAt(i);
    // Plain ASCII letters, digits and punctuation not followed by a combining mark: lower-cased, nothing else.
    if (code > 32 && code < 127 && code !== 34 && code !== 39 && code !== 45 && code !== 96 && !(text.charCodeAt(i + 1) >= 0x300)) {
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]);
      starts.push(i);
      ends.push(++i);
      lastWasSpace = false;
      continue;
    }
    i += widthAt(text, i);
    const first = text.slice(clusterStart, i);
    // Before the space test: JavaScript's \s includes the BOM.
    if (INVISIBLE.test(first) || (ZERO_WIDTH_JOINERS.test(first) && isDroppableJoiner(text, clusterStart))) continue;
    if (SPACE.test(first)) {
      if (lastWasSpace) ends[ends.length - 1] = i;
      else {
        out.push(" ");
        starts.push(clusterStart);
        ends.push(i);
        lastWasSpace = true;
      }
      continue;
    }
    // A character with its combining marks normalises as one.
    while (i < text.length && MARK.test(text[i]) && !INVISIBLE.test(text[i])) i += widthAt(text, i);
    const folded = foldCluster(text.slice(clusterStart, i));
    // A run of dashes ("--" typed for "—") is one dash.
    if (folded === DASH && out[out.length - 1] === DASH && ends[ends.length - 1] === clusterStart) {
      ends[ends.length - 1] = i;
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k]);
      starts.push(clusterStart);
      ends.push(i);
    }
    if (folded.length > 0) lastWasSpace = false;
  }
  const joined = out.join("");
  return { text: joined.includes("ё") ? withoutYoDots(joined) : joined, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

// A word holding ё or Ё (letters and marks around it), and the Ukrainian and Belarusian letters that Russian lacks: in
// a word with one, ё is no Russian ё.
const WORD_WITH_YO = /[\p{L}\p{M}]*[ёЁ][\p{L}\p{M}]*/gu;
const NOT_RUSSIAN_LETTER = /[іїєґўІЇЄҐЎ]/u;

/**
 * `text` with Russian ё and Ё as е and Е, case kept, one code unit for one (offsets unchanged): Russian writes the letter
 * with or without its dots, and most printed text omits them (the dots are optional outside dictionaries, primers and
 * names that need them: Правила русской орфографии и пунктуации, 2006, § 10), so "Соединённые" and "Соединенные" are
 * one word, a difference of typography (tester 57 #10). Not in a word with a Ukrainian or Belarusian letter (і ї є ґ
 * ў), where ё may be a letter of its own; й, ї, ў are never folded. The fold applies it (foldText), and so do rules that
 * read letters as written (capitals, initials).
 */
export function withoutYoDots(text: string): string {
  if (!/[ёЁ]/u.test(text)) return text;
  return text.replace(WORD_WITH_YO, (word) => (NOT_RUSSIAN_LETTER.test(word) ? word : word.replace(/ё/gu, "е").replace(/Ё/gu, "Е")));
}

/**
 * Just the matching form of `text` (foldText(text).text), without building the offset map. Plain
 * ASCII without quote marks or doubled spaces only lower-cases, which is most words and separators.
 */
export function foldForMatching(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // Single spaces are their own fold; doubled ones, tabs, line breaks, " and ` and "--" are not.
    const plain = code < 127 && (code > 32 ? code !== 34 && code !== 96 && !(code === 45 && next === 45) : code === 32 && next !== 32);
    if (!plain) return foldText(text).text;
  }
  return text.toLowerCase();
}

/**
 * The original range behind folded code units [start, end): from the start of the first one's
 * source character to the end of the last one's. An empty folded range maps to an empty range at
 * the next character's start (or the end of the original, `originalLength`).
 */
export function originalRange(folded: FoldedText, start: number, end: number, originalLength: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start] : originalLength;
    return { start: at, end: at };
  }
  return { start: folded.starts[start], end: folded.ends[end - 1] };
}

const STARTS_WITH_DIGIT = /^\p{Nd}/u;

/**
 * The key under which one word token is compared wherever words are matched (engine rows, quotation
 * and version diffs, the pairwise and history diffs): its matching fold, and for a number the form that
 * reads any thousands grouping the same way (lib/text/numbers numberMatchForm: "120,000", "120.000",
 * "120 000" are one word). `word` is one token (no surrounding spaces); returns a string key.
 */
export function foldWord(word: string): string {
  const folded = foldForMatching(word).trim();
  return STARTS_WITH_DIGIT.test(folded) ? numberMatchForm(folded) : folded;
}


// An initialism of capitals written with its dots ("U.S", as tokens have it: a word's last dot is no part of it; "U.K.").
const CAPITAL_INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;
// An initialism written without dots, two or three capitals ("US", "UN", "USA").
const PLAIN_INITIALISM = /^\p{Lu}{2,3}$/u;
// Dashes and hyphens of every style, as written (the fold reads them all as "-").
const WRITTEN_DASHES = /[-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D\u058A]+/u;
// What a quotation key may change: a word without any of these is its own key.
const QUOTATION_KEY_CUE = /[.-]/u;
/** Marks an initialism's key: "US" is not the pronoun "us" (tester 61 F12: "…against U.S." quoted for "…against us"). */
const INITIALISM_MARK = "\u0001";

/**
 * The keys under which one word token of a quotation and of its possible sources are matched (lib/compare/quotes.ts):
 * its word key (foldWord, which reads Russian ё as е), with what house style writes either way inside a word set aside,
 * as a quotation is compared punctuation aside (tester 57):
 * - an initialism of capitals, with or without its dots: "U.S." is "US", "U.K." "UK", "U.N." "UN", and none is the
 *   word its letters spell ("us", "un"; tester 61); lower-case "a.m." is not "am";
 * - a hyphen or dash inside a word is a space between two words: "high-level" is "high level", "19–20" is "19 – 20",
 *   each number read as foldWord reads it. A word written joined is not split ("re-sign" and "resign" stay apart:
 *   joining could make another word).
 * `word` is one token as written; `shouted`: it stands beside other words in capitals ("WE WILL NOT GIVE UP"), where
 * two or three capitals are a word, not an initialism (tester 62). Returns one key or more, in order, none empty.
 */
export function quotationKeys(word: string, shouted = false): string[] {
  const parts = word.split(WRITTEN_DASHES).filter((part) => part !== "");
  const keyOf = (part: string) => (CAPITAL_INITIALISM.test(part) || (!shouted && PLAIN_INITIALISM.test(part)) ? foldWord(part.replace(/\./gu, "")) + INITIALISM_MARK : foldWord(part));
  return parts.length > 1 ? parts.map(keyOf) : [keyOf(word)];
}

/** Whether any writing of a word with this word key (foldWord) may have quotation keys other than the key itself. */
export function mayHaveOtherQuotationKeys(key: string): boolean {
  return QUOTATION_KEY_CUE.test(key);
}

// Per UTF-16 code unit, the character it is written as for cutting sentences (0: kept as it is); all in the BMP.
const SEGMENTATION_FORM = new Uint16Array(0x10000);
for (const mark of QUOTE_MARKS) if (mark !== QUOTE) SEGMENTATION_FORM[mark.charCodeAt(0)] = QUOTE.charCodeAt(0);
for (const mark of DASH_MARKS) SEGMENTATION_FORM[mark.charCodeAt(0)] = DASH.charCodeAt(0);
SEGMENTATION_FORM[0x2026] = 46; // "…" → "."
for (const space of [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) SEGMENTATION_FORM[space] = 32;

/**
 * `text` with its typography written one way, for cutting sentences: every quote mark and apostrophe as ', every dash
 * as -, "…" as "." (the sentence rules read "..." and "." alike, and now "…" too), every no-break or other
 * horizontal space as a plain space. Line breaks, letters and everything else are kept, and each character keeps its
 * length (UTF-16), so offsets into the result are offsets into `text`. Two versions that differ only in typography
 * are cut into the same sentences (issue 12). Case and composition are not touched: the sentence rules read capitals,
 * and a decomposed letter is one character to them. Linear; returns `text` itself when nothing changes.
 */
export function typographyForSegmentation(text: string): string {
  // A loop over the table, not a regular expression: a class of these ~50 characters made V8's search ~10× slower.
  let first = 0;
  while (first < text.length && SEGMENTATION_FORM[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return text;
  // Where Node's Buffer is at hand, the text's UTF-16 bytes with the marks overwritten, read back as one flat string.
  // Concatenating the pieces (or joining them) gave a string of many pieces that the sentence scan then had to flatten:
  // at 5 statements × 10,000 words with curly quotes that cost ~4 % of compare() (session 9).
  if (typeof Buffer === "function") {
    const bytes = Buffer.from(text, "utf16le");
    for (let i = first; i < text.length; i++) {
      const form = SEGMENTATION_FORM[text.charCodeAt(i)];
      if (form === 0) continue;
      bytes[2 * i] = form & 0xff; // UTF-16LE: low byte first, whatever the machine's byte order
      bytes[2 * i + 1] = form >> 8;
    }
    return bytes.toString("utf16le");
  }
  let out = "";
  let from = 0;
  for (let i = first; i < text.length; i++) {
    const form = SEGMENTATION_FORM[text.charCodeAt(i)];
    if (form === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(form);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** True when two texts are the same text to Readout: equal once folded. */
export function sameWhenFolded(a: string, b: string): boolean {
  return a === b || foldForMatching(a) === foldForMatching(b);
}

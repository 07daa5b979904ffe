/**
 * Sentence boundaries by the rules of Unicode UAX #29 (rules SB1–SB11, "Unicode Text Segmentation", section 5), for
 * the scripts readouts are written in: the same boundaries as Intl.Segmenter's sentence granularity (ICU), which it
 * replaces where it can. Why: ICU allocates native memory for every string it segments, and that memory is not given
 * back to the system (at 10 statements × 50,000 words, ~50 MB of resident memory after the sentences were split), and
 * it is several times slower than a scan over the characters.
 *
 * Only characters whose Sentence_Break class is derived here with certainty are handled: Latin (with its
 * supplements, extensions and IPA), combining diacritics, Cyrillic, Armenian, general punctuation and currency signs.
 * Any other character, and any language ICU may tailor, makes `sentenceStarts` answer null, and the caller uses
 * Intl.Segmenter. `__tests__/compare/sentence-breaks.property.test.ts` checks the equality with Intl.Segmenter on
 * every handled character and on generated texts.
 */

// Sentence_Break classes (UAX #29, table 4).
const OTHER = 0;
const CR = 1;
const LF = 2;
const SEP = 3;
const EXTEND = 4;
const FORMAT = 5;
const SP = 6;
const LOWER = 7;
const UPPER = 8;
const OLETTER = 9;
const NUMERIC = 10;
const ATERM = 11;
const STERM = 12;
const CLOSE = 13;
const SCONTINUE = 14;
/** Not handled here: the caller falls back to Intl.Segmenter. */
const UNHANDLED = 15;

/** Code points whose class is derived below; everything else is UNHANDLED. */
const HANDLED_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff], // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B, IPA Extensions, Spacing Modifier Letters
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x0531, 0x058a], // Armenian
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20c0], // Currency Symbols
  [0xfeff, 0xfeff], // zero-width no-break space (byte order mark)
];

const SCONTINUE_CHARS = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x55d, 0x2013, 0x2014]);
const ATERM_CHARS = new Set([0x2e, 0x2024]);

function handled(code: number): boolean {
  for (const [from, to] of HANDLED_RANGES) if (code >= from && code <= to) return true;
  return false;
}

/** The Sentence_Break class of a handled BMP code point, from the Unicode properties that define it (UAX #29, table 4). */
function deriveClass(code: number): number {
  if (!handled(code)) return UNHANDLED;
  const char = String.fromCharCode(code);
  if (code === 0x0d) return CR;
  if (code === 0x0a) return LF;
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return SEP;
  if (/[\p{Grapheme_Extend}\p{Mc}]/u.test(char) || code === 0x200d) return EXTEND;
  if (/\p{Cf}/u.test(char) && code !== 0x200c && code !== 0x200d) return FORMAT;
  if (/\p{White_Space}/u.test(char)) return SP;
  if (/\p{Lowercase}/u.test(char)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(char)) return UPPER;
  if (/\p{Alphabetic}/u.test(char)) return OLETTER;
  if (/\p{Nd}/u.test(char)) return NUMERIC;
  if (ATERM_CHARS.has(code)) return ATERM;
  if (/\p{Sentence_Terminal}/u.test(char)) return STERM;
  if (SCONTINUE_CHARS.has(code)) return SCONTINUE;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u.test(char)) return CLOSE;
  return OTHER;
}

// Classes by UTF-16 code unit, worked out on first sight (0: not yet; otherwise class + 1). Surrogates are UNHANDLED.
const classCache = new Uint8Array(0x10000);

function classOf(code: number): number {
  let cached = classCache[code];
  if (cached === 0) {
    cached = (code >= 0xd800 && code <= 0xdfff ? UNHANDLED : deriveClass(code)) + 1;
    classCache[code] = cached;
  }
  return cached - 1;
}

const isParaSep = (c: number) => c === CR || c === LF || c === SEP;

// Languages whose sentence rules in ICU are the root (UAX #29) rules, without tailoring ("el" is tailored; a "-u-"
// extension such as "-u-ss-standard" would change them). Subtags of two to eight letters or digits only.
const UNTAILORED = /^(?:en|ru|uk|be|hy|az|tr|ka|kk|fr|de|es|it|pt|nl|pl|ro|und)(?:-[a-z0-9]{2,8})*$/iu;

/** Whether `sentenceStarts` can segment text of this language (a BCP 47 tag). */
export function handlesLanguage(language: string): boolean {
  return UNTAILORED.test(language);
}

// Scratch arrays of the base characters of a range (a character with the Extend and Format characters after it, SB5).
let basePositions = new Int32Array(1024);
let baseClasses = new Uint8Array(1024);

/** Character-class source of the handled code points whose class passes `keep` (UTF-16 code units, no `u` flag). */
function classSource(keep: (sentenceBreak: number) => boolean): string {
  let source = "";
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
  for (const [first, last] of HANDLED_RANGES) {
    let runStart = -1;
    for (let code = first; code <= last + 1; code++) {
      const kept = code <= last && keep(classOf(code));
      if (kept && runStart < 0) runStart = code;
      if (!kept && runStart >= 0) {
        source += runStart === code - 1 ? hex(runStart) : `${hex(runStart)}-${hex(code - 1)}`;
        runStart = -1;
      }
    }
  }
  return source;
}

let plainPatterns: { notPlain: RegExp; breakAfter: RegExp } | null = null;

/**
 * For the plain scan, worked out on first use from the classes themselves: a character that is not plain (Extend or
 * Format, which SB5 folds into the character before, or one not handled here), and one after which a rule can break
 * (a terminator, SB8–SB11, or a paragraph separator, SB4).
 */
function plainScanPatterns(): { notPlain: RegExp; breakAfter: RegExp } {
  plainPatterns ??= {
    notPlain: new RegExp(`[^${classSource((c) => c !== EXTEND && c !== FORMAT && c !== UNHANDLED)}]`),
    breakAfter: new RegExp(`[${classSource((c) => c === ATERM || c === STERM || isParaSep(c))}]`, "g"),
  };
  return plainPatterns;
}

/**
 * Whether every character of `text` is handled and neither Extend nor Format, so that the plain scan reads it (pass
 * the answer to sentenceStarts for each range of it). One native search over the text.
 */
export function isPlainText(text: string): boolean {
  return !plainScanPatterns().notPlain.test(text);
}

/**
 * The start of every sentence of text[from, to) as Intl.Segmenter's sentence granularity gives them for that
 * substring alone (`segment.index`: UTF-16 offsets relative to `from`; the first is 0; none for an empty range), or null when the
 * range holds a character this module does not handle. Language: check `handlesLanguage` first. Linear time.
 * `plain`: isPlainText(text), when the caller asked it once for the whole text; else each range is tested. A plain
 * range (most text) takes the plain scan, which reads the rules only after a terminator or paragraph separator; any
 * other range the scan over its base characters. Both give the same starts.
 */
export function sentenceStarts(text: string, from: number, to: number, plain?: boolean): number[] | null {
  if (to <= from) return [];
  return (plain ?? isPlainText(text.slice(from, to))) ? plainSentenceStarts(text, from, to) : sentenceStartsByBases(text, from, to);
}

// The last answer of nextBreakAfter: no terminator or separator in [searchedFrom, foundAt) of searchedText, and one at
// foundAt unless it is the text's length. Windows over one text ask again from where the last answer still holds.
let searchedText = "";
let searchedFrom = 0;
let foundAt = 0;

/** The index of the first terminator or paragraph separator at or after `at` in `text`, or text.length when none. */
function nextBreakAfter(text: string, at: number): number {
  if (text === searchedText && searchedFrom <= at && at <= foundAt) return foundAt;
  const breakAfter = plainScanPatterns().breakAfter;
  breakAfter.lastIndex = at;
  const found = breakAfter.exec(text);
  searchedText = text;
  searchedFrom = at;
  foundAt = found ? found.index : text.length;
  return foundAt;
}

/**
 * sentenceStarts of text[from, to) when its every character is handled and neither Extend nor Format, so that each
 * character is its own base (SB5 does nothing): the rules of sentenceStartsByBases, read from the characters
 * directly, and only from each terminator or paragraph separator (found by a native search) until no rule applies
 * (SB998 everywhere else). Offsets relative to `from`. Exported for the test that holds it equal to sentenceStartsByBases.
 */
export function plainSentenceStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = to > from ? [0] : [];
  plainScanPatterns(); // fills the class cache for every handled character
  const classAt = (i: number) => classCache[text.charCodeAt(i)] - 1;
  let significant = -1;
  let search = from;
  let k = from;
  // SB8's look-ahead from k: the first letter, paragraph separator or terminator at or after the last position asked about.
  const lowerAhead = () => {
    if (significant < k) {
      significant = k;
      while (significant < to && !isSignificant(classAt(significant))) significant++;
    }
    return significant < to && classAt(significant) === LOWER;
  };
  while (search < to - 1) {
    const special = nextBreakAfter(text, search);
    if (special >= to - 1) break;
    const run = new TerminatorRun();
    for (k = special + 1; k < to; k++) {
      const previous = classAt(k - 1);
      if (!run.after(previous)) break; // SB998 until the next terminator or separator
      if (breaksBetween(run, previous, classAt(k), k - from >= 2 ? classAt(k - 2) : OTHER, lowerAhead)) starts.push(k - from);
    }
    search = k;
  }
  return starts;
}

/** sentenceStarts over the base characters of the range (SB5 folds Extend and Format into the one before). */
export function sentenceStartsByBases(text: string, from: number, to: number): number[] | null {
  const starts: number[] = [];
  if (to <= from) return starts;
  if (basePositions.length < to - from) {
    const size = 2 ** Math.ceil(Math.log2(to - from));
    basePositions = new Int32Array(size);
    baseClasses = new Uint8Array(size);
  }
  const positions = basePositions;
  const classes = baseClasses;
  // SB5: Extend and Format characters take the class of the character before them, except at the start and after a
  // paragraph separator (SB4 breaks there first).
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let c = classCache[code] - 1;
    if (c < 0) c = classOf(code);
    if (c === UNHANDLED) return null;
    if ((c === EXTEND || c === FORMAT) && n > 0 && !isParaSep(classes[n - 1])) continue;
    positions[n] = i;
    classes[n] = c;
    n++;
  }
  starts.push(0);
  const run = new TerminatorRun();
  let significant = -1;
  let k = 1;
  // SB8's look-ahead from k: the first letter, paragraph separator or terminator at or after the last position asked about.
  const lowerAhead = () => {
    if (significant < k) {
      significant = k;
      while (significant < n && !isSignificant(classes[significant])) significant++;
    }
    return significant < n && classes[significant] === LOWER;
  };
  for (; k < n; k++) {
    const previous = classes[k - 1];
    // Most positions: no terminator before them and no paragraph separator, so no rule can break (SB998).
    if (!run.after(previous)) continue;
    if (breaksBetween(run, previous, classes[k], k >= 2 ? classes[k - 2] : OTHER, lowerAhead)) starts.push(positions[k] - from);
  }
  return starts;
}

/** "SATerm Close* Sp*" so far (SB8–SB11): the terminator that the characters since it continue, or OTHER; whether a Sp came. */
class TerminatorRun {
  term = OTHER;
  spaced = false;

  /** Takes the class before a position; false where no rule can break there (no terminator run, no separator: SB998). */
  after(previous: number): boolean {
    if (previous === ATERM || previous === STERM) {
      this.term = previous;
      this.spaced = false;
    } else if (this.term !== OTHER && previous === CLOSE && !this.spaced) {
      // still "SATerm Close*"
    } else if (this.term !== OTHER && previous === SP) {
      this.spaced = true;
    } else {
      this.term = OTHER;
      return isParaSep(previous);
    }
    return true;
  }
}

/**
 * Whether a sentence starts between two base characters of classes `previous` and `current` (`beforePrevious`: the
 * class before `previous`, OTHER at the start), by SB3–SB11 after `run.after(previous)` said a rule may break;
 * `lowerAhead` answers SB8's look-ahead and is asked only after an ATerm.
 */
function breaksBetween(run: TerminatorRun, previous: number, current: number, beforePrevious: number, lowerAhead: () => boolean): boolean {
  if (previous === CR && current === LF) return false; // SB3
  if (isParaSep(previous)) return true; // SB4
  if (previous === ATERM && current === NUMERIC) return false; // SB6
  if (previous === ATERM && current === UPPER && (beforePrevious === UPPER || beforePrevious === LOWER)) return false; // SB7
  // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
  if (run.term === ATERM && lowerAhead()) return false;
  if (current === SCONTINUE || current === ATERM || current === STERM) return false; // SB8a
  if (!run.spaced && (current === CLOSE || current === SP || isParaSep(current))) return false; // SB9
  if (current === SP || isParaSep(current)) return false; // SB10
  return true; // SB11
}

/** The classes SB8 looks ahead for. */
function isSignificant(c: number): boolean {
  return c === OLETTER || c === UPPER || c === LOWER || c === CR || c === LF || c === SEP || c === ATERM || c === STERM;
}

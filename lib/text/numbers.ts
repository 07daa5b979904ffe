/**
 * Numbers as written in the languages of this field, read to one canonical key: "1,250,000" (English),
 * "1 250 000" (French, with a narrow no-break space), "1 250 000" (Russian, Armenian, with a no-break
 * space), "1.250.000" (Azerbaijani, Turkish, German), "1'250'000" (Swiss) are all "1250000"; "2.5" and
 * "2,5" are both "2.5". Keys are strings, never floats, so no precision is lost.
 *
 * Rules (CLDR's number symbols for en, fr, ru, hy, az, tr, de, de-CH):
 * - spaces of any kind and apostrophes between digit groups only ever group thousands;
 * - when both "." and "," occur, the last one is the decimal mark and the other groups thousands;
 * - a mark that occurs more than once groups thousands ("1.250.000");
 * - a single mark followed by exactly three digits after a one-to-three-digit group other than "0"
 *   ("100,000", "1.500") is read in the statement's convention (CLDR's decimal mark for its language,
 *   through Intl): it groups thousands unless it is that language's decimal mark ("3.125" in an
 *   English or Swiss German text is 3.125, in a Russian one 3125);
 * - otherwise a single mark is the decimal mark ("2,5", "3.25", "0,500").
 */

const DECIMAL_DIGIT = /\p{Nd}/u;
const NUMBER_CHARACTER = /\p{N}/u;

/**
 * Whether `text` holds a decimal digit (Unicode Nd, any script), or with `anyNumber` any number character (Unicode N:
 * "½", "²", "Ⅳ" too): ASCII digits by their code, other characters asked of the expression one by one. A /\p{Nd}/u
 * search over the whole text cost ~1 µs an edit in the version diff's rules. Pure.
 */
export function holdsDigit(text: string, anyNumber = false): boolean {
  const other = anyNumber ? NUMBER_CHARACTER : DECIMAL_DIGIT;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
    if (code > 127 && other.test(text[k])) return true;
  }
  return false;
}

/** Characters that may group thousands between digits: space, no-break space, thin space, narrow no-break space, apostrophes. */
export const GROUP_SPACES = new Set([" ", "\u00a0", "\u2009", "\u202f", "'", "’", "ʼ"]);

const WRITTEN_NUMBER = /^(\p{Nd}+(?:[.,\s'’ʼ]\p{Nd}+)*)(\p{L}*)$/u;
const SPACE_OR_APOSTROPHE = /[\s'’ʼ]/gu;
const NON_ASCII_DIGIT = /[^\x00-\x7f]/u;

const numberParts = new Map<string, string>();

/** A part of a number as CLDR writes it in `language` (through Intl), remembered; `fallback` for a malformed tag. */
function numberPartOf(language: string, type: "decimal" | "group", sample: number, fallback: string): string {
  const key = `${type}\u0000${language}`;
  let mark = numberParts.get(key);
  if (mark === undefined) {
    try {
      mark = new Intl.NumberFormat(language || "en").formatToParts(sample).find((part) => part.type === type)?.value ?? (type === "decimal" ? "." : "");
    } catch {
      mark = fallback; // a malformed tag reads as English
    }
    numberParts.set(key, mark);
  }
  return mark;
}

/** The language's decimal mark from CLDR (through Intl): "." for en, de-CH; "," for fr, ru, hy, az, tr, de. */
export function decimalMarkOf(language: string): string {
  return numberPartOf(language, "decimal", 1.5, ".");
}

/**
 * The language's thousands separator from CLDR (through Intl): "," for en; "." for de, it, tr; a no-break space for
 * ru, fr, hy. A malformed tag reads as English.
 */
export function groupMarkOf(language: string): string {
  return numberPartOf(language, "group", 10000, ",");
}

/**
 * Whether a number is written with one "." or "," before exactly three digits that is not the language's thousands
 * separator ("2.500" in English or Russian, "2,500" in Russian or German): a copied thousands group or a decimal,
 * which the rules cannot tell apart. `written`: digits and marks only.
 */
export function isAmbiguousThousands(written: string, language: string): boolean {
  const match = /^\p{Nd}{1,3}([.,])\p{Nd}{3}$/u.exec(written);
  return match !== null && match[1] !== groupMarkOf(language);
}

/**
 * The value of a written number as a statement in `language` states it (parseNumber), or null when the rules cannot
 * say which number is meant: a fraction written with the other language's decimal mark ("1,5" in English) or one mark
 * before exactly three digits that is not the language's thousands separator (isAmbiguousThousands). The version
 * classes read numbers through this alone (classify.ts, same-value.ts). Throws nothing.
 */
export function statedNumber(written: string, language: string): string | null {
  const value = parseNumber(written, language);
  if (value === null) return null;
  const mark = /[.,](?=\p{Nd}+$)/u.exec(written)?.[0];
  if (value.includes(".") && mark !== undefined && mark !== decimalMarkOf(language)) return null;
  return isAmbiguousThousands(written.replace(/\s/gu, ""), language) ? null : value;
}

function commaGroupsThousands(language: string): boolean {
  return decimalMarkOf(language) !== ",";
}

/** Western digits for any decimal digits (Arabic-Indic, Devanagari…): their value is their position in the block. */
function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    if (code < 128) return digit;
    // Unicode lays out every decimal digit block as 0…9 consecutively.
    for (let zero = code; zero > code - 10; zero--) {
      if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return String(code - zero);
    }
    return digit;
  });
}

function trimZeros(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/u, "");
  const decimals = fraction.replace(/0+$/u, "");
  return decimals ? `${whole}.${decimals}` : whole;
}

/** Read a single "." or "," before three digits as grouping thousands, whichever mark it is (see numberMatchForm). */
const ANY_MARK_GROUPS = "*";

/** Whether a single "." or "," at `mark` in `digits` groups thousands under the rules above. */
function singleMarkGroups(digits: string, mark: number, comma: boolean, language: string): boolean {
  const before = digits.slice(0, mark);
  const after = digits.slice(mark + 1);
  if (after.length !== 3 || before.length > 3 || /^0+$/u.test(before)) return false;
  return language === ANY_MARK_GROUPS || comma === commaGroupsThousands(language);
}

/**
 * The canonical value of a written number: digits with "." as the decimal mark, no grouping, no
 * leading or trailing zeros ("1 250 000" → "1250000", "2,50" → "2.5"), followed by any letter suffix
 * lower-cased ("19th" → "19th"). Returns null when `written` is not a number (letters first, two
 * decimal marks, groups of the wrong size). `language` is a BCP 47 tag; it only settles "1,500" and
 * "1.500" (see the rules above).
 */
export function parseNumber(written: string, language = "en"): string | null {
  const match = WRITTEN_NUMBER.exec(asciiDigits(written.trim()));
  if (!match) return null;
  const [, body, suffix] = match;
  if (/\d{4}[\s'’ʼ]/u.test(body)) return null;
  let digits = body.replace(SPACE_OR_APOSTROPHE, (space, offset: number) => {
    // Grouping by spaces/apostrophes: every group after the mark must have exactly three digits.
    return /^\d{3}(?!\d)/u.test(body.slice(offset + 1)) ? "" : "\u0000";
  });
  if (digits.includes("\u0000")) return null;
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  let decimalMark: "." | "," | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const at = Math.max(lastDot, lastComma);
    const repeated = digits.indexOf(mark) !== at;
    if (!repeated && !singleMarkGroups(digits, at, mark === ",", language)) decimalMark = mark;
  }
  const groupMark = decimalMark === "." ? "," : decimalMark === "," ? "." : null;
  const [integerPart, fraction = "", ...rest] = decimalMark ? digits.split(decimalMark) : [digits];
  if (rest.length > 0) return null;
  // Thousands groups after the first must have exactly three digits.
  const groups = integerPart.split(groupMark ?? /[.,]/u);
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((group) => group.length !== 3))) return null;
  digits = groups.join("");
  return trimZeros(digits, fraction) + suffix.toLowerCase();
}

/**
 * The key of a number or a range of numbers written as one token ("19-20", "1 000–2 000"): each part
 * parsed with parseNumber, joined by "-". A part that is not a number is kept as written, lower-cased.
 */
export function numberKey(written: string, language = "en"): string {
  return written
    .split(/\s*[-‐‑‒–—]\s*/u)
    .map((part) => parseNumber(part, language) ?? part.toLowerCase())
    .join("-");
}

/**
 * The form of a number token that word matching compares (quotations, versions, word diffs), where no
 * language is at hand: like numberKey, except that a single "." or "," before exactly three digits is
 * always read as grouping thousands ("100,000", "100.000", "100 000" are one word; so, rarely wrongly,
 * are "3.125" and "3125"). Returns the word unchanged when it is not a number.
 */
export function numberMatchForm(word: string): string {
  return word
    .split(/(?<=\d)\s*[-‐‑‒–—]\s*(?=\d)/u)
    .map((part) => parseNumber(part, ANY_MARK_GROUPS) ?? part)
    .join("-");
}

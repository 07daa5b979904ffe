import { statedNumber } from "../../text/numbers";

/**
 * Number characters that are no decimal digits (Unicode categories No and Nl; session 17, tester H4 #1): vulgar
 * fractions ("½", "¾", "⅓"), superscripts and subscripts ("²", "₂"), circled and parenthesised numbers ("①", "⑴"),
 * Roman numerals ("Ⅳ"). The word tokenizer reads none of them, so an edit that adds, drops or changes one had no word
 * changed and was "punctuation" ("2 hours" → "2½ hours"). The classifier (classify.ts) reads them spelled out with
 * their compatibility forms (Unicode Standard Annex #15, NFKC: "½" is "1⁄2", "①" is "1", "Ⅳ" is "IV"), the fraction
 * slash written "/", and two cases NFKC would misread kept apart: a vulgar fraction after a digit is a mixed number,
 * so it is spelled after a space ("2½" → "2 1/2", never "21/2"), and a superscript after a digit is an exponent
 * ("10²" → "10^2", never "102").
 */
const NUMBER_CHARACTER = /[\p{No}\p{Nl}\u2044]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const FRACTION_SLASH = /\u2044/gu;

/** Whether `text` holds a number character that is no decimal digit (or the fraction slash); ASCII text is not searched. Pure. */
export function holdsNumberCharacter(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 127) return NUMBER_CHARACTER.test(text.slice(k));
  return false;
}

/**
 * `text` with its number characters spelled out (see above). `digitBefore`: a digit stands just before the text in its
 * version (the edit "" → "½" of "2 hours" → "2½ hours": the fraction is the mixed number's). Pure; throws nothing.
 */
export function spellNumberCharacters(text: string, digitBefore: boolean): string {
  let spelled = "";
  let previous = "";
  for (const char of text) {
    if (!NUMBER_CHARACTER.test(char)) {
      spelled += char;
      previous = char;
      continue;
    }
    const afterDigit = previous === "" ? digitBefore : DECIMAL_DIGIT.test(previous);
    const plain = char.normalize("NFKC");
    if (plain.includes("\u2044") && plain.length > 1) spelled += (afterDigit ? " " : "") + plain.replace(FRACTION_SLASH, "/");
    else if (SUPERSCRIPT_DIGIT.test(char) && afterDigit) spelled += "^" + plain;
    else spelled += plain.replace(FRACTION_SLASH, "/");
    previous = char;
  }
  return spelled;
}

/** A decimal number ("2", "2.5", "2,5"), then a space and a fraction of digits ("2 1/2"), or a fraction alone ("1/2"). */
const FRACTIONAL = /(?<![\p{Nd}.,/])(?:(\p{Nd}+(?:[.,]\p{Nd}+)?)(?: (\p{Nd}+)\/(\p{Nd}+))?|(\p{Nd}+)\/(\p{Nd}+))(?![\p{Nd}/]|[.,]\p{Nd})/gu;
/** A fraction of digits opening the text after a space, the fractional part of the number before it ("2| 1/2"). */
const CONTINUED_FRACTION = /^ (\p{Nd}+)\/(\p{Nd}+)(?![\p{Nd}/])/u;

const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? x : gcd(y, x % y));
/** A rational number in lowest terms, "p/q", or null for a zero denominator. */
function rational(numerator: bigint, denominator: bigint): string | null {
  if (denominator === 0n) return null;
  const divisor = gcd(numerator, denominator);
  return `${numerator / divisor}/${denominator / divisor}`;
}
/** A number as lib/text/numbers statedNumber reads it ("2.5", "1250000"), as a numerator and a power-of-ten denominator. */
function decimal(written: string, language: string): [bigint, bigint] | null {
  const value = statedNumber(written, language);
  if (value === null || !/^\d+(?:\.\d+)?$/u.test(value)) return null;
  const [whole, fraction = ""] = value.split(".");
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
}

/**
 * `text` (spelled out: spellNumberCharacters) with each number written as its value, a rational in lowest terms in
 * angle brackets ("2 1/2 hours", "2.5 hours" → "⟨5/2⟩ hours"), decimals read in the statement's language's
 * convention (lib/text/numbers statedNumber: "2,5" is 2.5 in Russian); a fraction opening the text after a space where
 * `digitBefore` is the fractional part of the number before it ("+⟨1/2⟩"). Null when a number is not read (a zero
 * denominator, "2.500" that may group thousands).
 */
function valueForm(text: string, language: string, digitBefore: boolean): string | null {
  let unread = false;
  let form = text;
  let prefix = "";
  const continued = digitBefore ? CONTINUED_FRACTION.exec(text) : null;
  if (continued) {
    const value = rational(BigInt(continued[1]), BigInt(continued[2]));
    if (value === null) return null;
    prefix = `+⟨${value}⟩`;
    form = text.slice(continued[0].length);
  }
  form = form.replace(FRACTIONAL, (whole, written?: string, numerator?: string, denominator?: string, alone?: string, under?: string) => {
    let value: string | null = null;
    if (written !== undefined) {
      const read = decimal(written, language);
      if (read !== null) {
        const [p, q] = read;
        value = numerator === undefined ? rational(p, q) : rational(p * BigInt(denominator!) + BigInt(numerator) * q, q * BigInt(denominator!));
      }
    } else value = rational(BigInt(alone!), BigInt(under!));
    if (value === null) unread = true;
    return `⟨${value}⟩`;
  });
  return unread ? null : prefix + form;
}

/**
 * How the numbers of two spelled-out texts (spellNumberCharacters) compare, a vulgar fraction, a fraction of digits and
 * a decimal being one value ("2 1/2" / "2.5" / "2½"; in Russian "2,5"): "same" when the texts state the same numbers
 * and are otherwise the same up to letter case and spaces; "different" when they state other values (another count of
 * numbers, or another value: "2| 1/2" / "2|1/2", a mixed number against one of more digits); null when a number is
 * not read (valueForm) or only the words around the numbers differ. `digitBefore`: a digit stands just before both
 * texts (see valueForm). Pure; throws nothing.
 */
export function compareFractionValues(before: string, after: string, language: string, digitBefore: boolean): "same" | "different" | null {
  const formBefore = valueForm(before, language, digitBefore);
  const formAfter = valueForm(after, language, digitBefore);
  if (formBefore === null || formAfter === null) return null;
  const plain = (form: string) => form.toLowerCase().replace(/\s+/gu, " ").trim();
  if (plain(formBefore) === plain(formAfter)) return "same";
  const values = (form: string) => (form.match(VALUE) ?? []).join(" ");
  return values(formBefore) !== values(formAfter) ? "different" : null;
}
/** A value in a value form, with the "+" of a fraction that continues the number before the text. */
const VALUE = /\+?⟨[^⟩]*⟩/gu;

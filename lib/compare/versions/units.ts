import { stopWordsFor } from "../stopwords";
import { MONTHS, WEEKDAYS } from "../gazetteer";
import { RELATIVE_DAYS } from "./closed-class";

/**
 * Units of what a number counts: a change of one changes the quantity stated ("$3 million" → "€3 million",
 * "12 km" → "12 miles", "2 hours" → "2 days", "30°C" → "30°F"): a fact, "unit".
 * - currencies: every currency sign (Unicode category Sc: $ € £ ¥ ₽ ₼ ֏ …) and the ISO 4217 codes and names
 *   readouts use;
 * - measures: the SI units and symbols of the BIPM's SI Brochure (9th ed., 2019), tables 2, 4 and 8, with the
 *   customary units they are swapped with (mile, foot, pound, gallon…), spelled out and as symbols;
 * - durations: second to century;
 * - temperature scales after a degree sign.
 * Scale words that multiply a number ("bn", "mn", "k", "тыс.", "млн", "млрд") are number words (reason "number").
 * Words folded (lib/text/fold foldWord).
 */
const UNIT_WORDS = new Set(
  `usd eur gbp jpy chf cny rub amd azn try gel uah dollar dollars euro euros pound pounds sterling yen yuan rouble roubles
  ruble rubles dram drams manat manats lira liras lari franc francs cent cents
  km m cm mm nm kg mg ml ha kw mw gw kwh mwh gwh mph kph kmh km/h
  kilometre kilometres kilometer kilometers metre metres meter meters centimetre centimetres millimetre millimetres
  mile miles yard yards foot feet inch inches nautical
  kilogram kilograms kilogramme gram grams gramme tonne tonnes ton tons lb lbs ounce ounces
  litre litres liter liters gallon gallons barrel barrels hectare hectares acre acres
  watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts
  second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries
  км см мм кг га час часа часов день дня дней неделя недели недель месяц месяца месяцев год года лет
  доллар доллара долларов евро рубль рубля рублей драм драма драмов манат
  կմ կգ ժամ օր շաբաթ ամիս տարի դոլար եվրո ռուբլի դրամ մանաթ`.split(/\s+/u).filter(Boolean),
);
/** Number scale words written short, after their number ("10bn", "10 mn"): counted as number words. */
const SCALE_WORDS = new Set("k bn mn mln bln tn trn thousand million billion trillion тыс млн млрд трлн հազ մլն մլրդ".split(" "));

const CURRENCY = /\p{Sc}/gu;

/** The currency signs of a text, in order ("$", "€"). */
function currencySigns(text: string): string {
  // "$" is the one ASCII currency sign: a text of other ASCII characters has none, and is not searched.
  let searched = false;
  for (let k = 0; k < text.length && !searched; k++) searched = text.charCodeAt(k) === 36 || text.charCodeAt(k) > 127;
  return searched ? (text.match(CURRENCY)?.join("") ?? "") : "";
}

/** The temperature scales written after a degree sign ("°C", "° F"). */
function scalesOf(text: string): string {
  if (!text.includes("°")) return "";
  let scales = "";
  for (const match of text.matchAll(/°\s*(\p{L})/gu)) scales += match[1].toUpperCase();
  return scales;
}

/**
 * Whether an edit changes a unit: a currency sign, a temperature scale (the edit may be the bare "C" → "F": then
 * `degreeBefore` says a degree sign stands just before it in either version), or a unit word among the changed words
 * (`keys`, folded). Throws nothing.
 */
export function changesUnit(before: string, after: string, keys: readonly string[], degreeBefore = false): boolean {
  if (currencySigns(before) !== currencySigns(after)) return true;
  if (scalesOf(before) !== scalesOf(after)) return true;
  if (degreeBefore && /^\p{Lu}$/u.test(before.trim()) && /^\p{Lu}$/u.test(after.trim())) return true;
  return keys.some((key) => UNIT_WORDS.has(key));
}

/**
 * Signs written after a number that say what it counts or how many times (session 17: "30°" → "30" and "2×" → "2" were
 * punctuation): the degree sign (angle or temperature; SI Brochure, 9th ed., table 8), the prime and double prime
 * (minutes and seconds of arc, feet and inches) and the multiplication sign ("2×", "a 3× rise"; an "x" glued to the
 * digit is read as one). A sign counts only after a digit, spaces between allowed.
 */
const UNIT_SIGN_AFTER_NUMBER = /(?<=\p{Nd}\s*)(?:[°′″×]|x(?!\p{L}))/gu;

/** The unit signs after numbers in `text` ("30°" → "°"), in order; `digitBefore`: a digit stands just before the text. */
function unitSignsOf(text: string, digitBefore: boolean): string {
  const read = digitBefore ? "0" + text : text;
  return (read.match(UNIT_SIGN_AFTER_NUMBER) ?? []).join("").replace(/x/gu, "×");
}

/**
 * Whether an edit adds, drops or changes a sign after a number that says what it counts ("30°" → "30", "2×" → "2",
 * "5′" → "5″"; UNIT_SIGN_AFTER_NUMBER). `digitBefore`: a digit stands just before the edit in its versions. Pure.
 */
export function changesUnitSign(before: string, after: string, digitBefore: boolean): boolean {
  if (!UNIT_SIGN_CUE.test(before) && !UNIT_SIGN_CUE.test(after)) return false;
  return unitSignsOf(before, digitBefore) !== unitSignsOf(after, digitBefore);
}
const UNIT_SIGN_CUE = /[°′″×x]/u;

/** Whether a folded word is a unit of what a number counts (UNIT_WORDS: "dollar", "km", "hour", "tonnes"). */
export function isUnitWord(key: string): boolean {
  return UNIT_WORDS.has(key);
}

/** Whether a folded word is a number scale word ("bn", "mn", "млн"). */
export function isScaleWord(key: string): boolean {
  return SCALE_WORDS.has(key) || (key.endsWith(".") && SCALE_WORDS.has(key.slice(0, -1)));
}

/** Durations: a change of one moves when or how long ("2 hours" → "2 days"; "this month" → "this year"), reason "date". */
const TIME_UNITS = new Set(
  `second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries
  час часа часов день дня дней неделя недели недель месяц месяца месяцев год года лет ժամ օր ամիս տարի`.split(/\s+/u),
);

export function isTimeUnit(key: string): boolean {
  return TIME_UNITS.has(key);
}

/** Words after a number that keep it a time of day: the half of the day, a time zone or "time", the clock's words. */
const TIME_OF_DAY_WORDS = new Set(
  "am pm a.m a.m. p.m p.m. local time gmt utc cet eet est pst msk o'clock oclock sharp noon midnight today tomorrow yesterday tonight onwards onward daily nightly morning afternoon evening night".split(" "),
);
/** Hours after a number: "18.00 hours" is a time of day (two digits for the hour), "2.45 hours" a duration. */
const HOUR_WORDS = new Set(["hours", "hrs", "hr", "h"]);
/**
 * The hour words as a pattern, for the time expressions that let them stand glued to a time ("18.00h", "18.00hrs";
 * notation.ts, same-value.ts) where any other letter glued to a number makes a quantity ("6:30km").
 */
export const HOUR_WORD_PATTERN = `(?:${[...HOUR_WORDS].join("|")})`;
const TWO_DIGIT_HOUR_BEFORE = /(?<!\p{Nd})\p{Nd}{2}[.:]\p{Nd}{2}\s*$/u;
const WORD_AT = /\s*([%‰‱]|[\p{L}\p{M}][\p{L}\p{M}.'’/]*)/uy;
const HOUR_WORD_BEFORE = /\p{Nd}\s*(?:hrs|hr|h|hours?)\.?\s*$/iu;
/** "of" and what follows it after an hour word: a day ("of 12 March", "of Monday", "of the 5th") keeps a time of day. */
const OF_WHAT = /\s*of\s+(?:the\s+)?([\p{L}\p{N}]+)/iuy;

/**
 * Whether the hour word that ends at text[offset] is followed by "of" and something that is no day: hours of something
 * are a duration ("1800 hrs of flight time", "12.30 hours of talks"; tester 52), where "0600 hrs of 12 March" and
 * "1800 hrs of Monday" are times of day (tester 53).
 */
function hoursOfSomething(text: string, offset: number): boolean {
  OF_WHAT.lastIndex = offset;
  const what = OF_WHAT.exec(text)?.[1];
  if (what === undefined) return false;
  const key = what.toLowerCase();
  return !/^\p{Nd}/u.test(what) && !MONTHS.includes(key) && !WEEKDAYS.has(key) && !RELATIVE_DAYS.has(key);
}

/**
 * Whether the number that ends at text[offset] counts something (what follows it, after spaces at most, is a per-cent
 * sign or a word that is neither a function word of `language`, nor a time-of-day word, nor capitalised; one letter
 * is a unit's symbol): "6.30 km", "6.30 s",
 * "2.30 min", "6.30 million", "12.30 pc", "6.30km". Then "." and ":" between its two parts are a decimal point and a
 * clock's separator, not one time written two ways (testers 44 and 45). A number followed by "in", "local time",
 * "GMT", "Moscow time", "p.m.", "tomorrow", "onwards" or by nothing is left a possible time of day, and so is a
 * two-digit hour before "hours" ("18.00 hours"; "2.45 hours" is a duration; tester 46); hours "of" something are a
 * duration ("1800 hrs of flight time"; tester 52). Pure.
 */
export function countsSomethingAt(text: string, offset: number, language: string): boolean {
  WORD_AT.lastIndex = offset;
  const word = WORD_AT.exec(text)?.[1];
  if (word === undefined) return false;
  if (/^[%‰‱]$/u.test(word)) return true;
  if (/^\p{Lu}/u.test(word)) return false;
  const folded = word.toLowerCase().replace(/[.’']+$/u, "");
  if (TIME_OF_DAY_WORDS.has(folded) || TIME_OF_DAY_WORDS.has(word.toLowerCase())) return false;
  if (HOUR_WORDS.has(folded)) return hoursOfSomething(text, WORD_AT.lastIndex) || !TWO_DIGIT_HOUR_BEFORE.test(text.slice(Math.max(0, offset - 8), offset));
  if (folded === "of" && HOUR_WORD_BEFORE.test(text.slice(Math.max(0, offset - 8), offset))) return hoursOfSomething(text, offset);
  // One letter is a unit's symbol ("6.30 s", "6.30 t"), though the function-word lists hold "s" and "t" (from "'s", "n't").
  return (folded.length === 1 && folded !== "a" && folded !== "i") || !stopWordsFor(language).has(folded);
}

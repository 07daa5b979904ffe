import { foldForMatching } from "../../text/fold";
import { dateValue, findDates, holdsDateCue, readsEitherWay } from "../../text/dates";
import { holdsDigit, statedNumber } from "../../text/numbers";
import type { TextRange } from "../segment";
import { HOUR_WORD_PATTERN } from "./units";
import { SCALE_FORMS, spelledNumbers } from "./number-words";

/**
 * The same value written another way: a number in words or digits ("two" / "2", "twenty-five" / "25"), with its scale
 * spelled out or not ("3 million" / "3,000,000" / "3m" / "3 mln"), an ordinal ("first" / "1st"), a date in another
 * order or with numbers for the month ("12 March 2024" / "March 12, 2024" / "12.03.2024", lib/text/dates findDates),
 * a time of day on the 12- or 24-hour clock ("10:00" / "10 a.m.", "18:00" / "6 p.m.", and "18.00" / "6 p.m." where the
 * other side writes a time: alone "18.00" may be a decimal), noon by name ("noon" / "12 p.m." / "12:00"), or on the
 * military clock where the other side writes a time ("1800 hrs" / "6 p.m."; alone "1800 hrs" may count hours). Each is replaced by its
 * value, and the two texts say the same when what is left is equal under the matching fold. A fact changes the
 * value, so "10 a.m." / "10 p.m." and "2" / "three" are not the same.
 *
 * Sources: cardinal and ordinal number words (CGEL ch. 5 §7); scale words as the engine's units.ts SCALE_WORDS;
 * the 12-hour clock (a.m. 12 is 0 h, p.m. 12 is 12 h, noon is 12 h; NIST, "Times of day"); the military clock's four
 * digits (ISO 8601's basic format hhmm) with "hrs"; dates as lib/text/dates reads them
 * (day-month order in numeric dates by the statement's language).
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, тыс: 1e3, հազ: 1e3, հազար: 1e3, тысяч: 1e3, тысячи: 1e3,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, млн: 1e6, մլն: 1e6, миллиона: 1e6, миллионов: 1e6, миллион: 1e6, միլիոն: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, млрд: 1e9, մլրդ: 1e9, миллиарда: 1e9, миллиардов: 1e9, миллиард: 1e9, միլիարդ: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, трлн: 1e12,
};
// Every case form of the Russian scale words, and the Armenian ones (number-words.ts: "100 тысяч", "100 тысячам").
for (const [form, factor] of SCALE_FORMS) SCALES[form] ??= factor;

const NUMBER_WORD = `(?:${[...Object.keys(TENS).map((ten) => `${ten}(?:[-\\s](?:${Object.keys(UNITS).filter((unit) => UNITS[unit] > 0 && UNITS[unit] < 10).join("|")}))?`), ...Object.keys(UNITS)].join("|")})`;
const DIGITS = String.raw`\d[\d.,\u00a0\u202f\u2009 ]*\d|\d`;
const SCALE = `(?:${Object.keys(SCALES).sort((x, y) => y.length - x.length).join("|")})\\.?`;
/** A quantity: digits or a number word, then an optional scale word, written apart or together ("3m", "3 million"). */
const QUANTITY = new RegExp(String.raw`(?<![\p{L}\p{N}])(${DIGITS}|${NUMBER_WORD})(?:\s?(${SCALE}))?(?![\p{L}\p{N}])`, "giu");
const ORDINAL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(\d+)(?:st|nd|rd|th)|(${Object.keys(ORDINALS).join("|")}))(?![\p{L}\p{N}])`, "giu");
/** A time: "10:00", "10.00 a.m.", "6 p.m.", "6pm" (a bare number is a time only with a.m./p.m.; a letter glued after it, "6:30km", makes none, but for the hours "18.00h", "18.00hrs"). */
const TIME = new RegExp(String.raw`(?<![\p{L}\p{N}.:])(\d{1,2})(?:([:.])(\d{2}))?(?:\s?([ap])\.?\s?m\b\.?)?(?!\p{N}|(?!${HOUR_WORD_PATTERN}(?!\p{L}))\p{L})`, "giu");
/**
 * A month's name before a day: English, in full or abbreviated ("March 12 noon", "Sept. 12"), and Armenian in the
 * genitive ("մարտի 12", Dum-Tragut 2009, dates). After one, "12" is the day. Russian writes the day first ("12 марта").
 */
const MONTH_BEFORE_DAY = String.raw`(?<!\p{L})(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի)`;
/**
 * Noon by name, with or without the twelve before it ("noon", "12 noon", "12:00 midday"; Russian "полдень", Armenian
 * "կեսօր" with its dative ending, group 1). Midnight is not read: "midnight on Friday" may start Friday or end it
 * (NIST, "Times of day", calls it ambiguous), so "midnight" → "00:00" stays a fact.
 */
const NOON = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:12|twelve)(?:[:.]00)?\s?)?(?:noon|midday|полдень|կեսօր)(ին)?(?![\p{L}\p{N}])`, "giu");
/** Noon by name alone, the twelve before it left a number: a date's day ("March 12 noon") or a count ("12 noon flights"). */
const NOON_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:noon|midday|полдень|կեսօր)(ին)?(?![\p{L}\p{N}])`, "giu");
const MONTH_AT_END = new RegExp(String.raw`${MONTH_BEFORE_DAY}\.?\s*$`, "iu");
const TWELVE_FIRST = /^\s*(?:12|twelve)(?![\p{N}])/iu;
const TWELVE = /(?<!\p{N})12(?!\p{N})|(?<!\p{L})twelve(?!\p{L})/iu;

/**
 * Whether `textBefore` (what precedes an edit) ends with an English month's name and the edit (`before` or `after`)
 * opens with a twelve: then that twelve is a day ("on March 12 noon"), not noon's. Pure.
 */
export function dayAfterMonth(textBefore: string, before: string, after: string): boolean {
  return (TWELVE_FIRST.test(before) || TWELVE_FIRST.test(after)) && MONTH_AT_END.test(textBefore);
}
/**
 * The military clock: four digits and an abbreviated hour word ("1800 hrs", "0930h"), read only where the other side
 * writes a time. "1800 hours" is not read: written out, "hours" counts them as often ("1800 hours of patrols").
 */
const MILITARY_TIME = /(?<![\p{L}\p{N}.:,])([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hr|h)(?![\p{L}\p{N}])/giu;

function wordValue(word: string): number | null {
  const parts = word.toLowerCase().split(/[-\s]+/u);
  if (parts.length === 1) return UNITS[parts[0]] ?? TENS[parts[0]] ?? null;
  const [ten, unit] = parts;
  return TENS[ten] !== undefined && UNITS[unit] !== undefined ? TENS[ten] + UNITS[unit] : null;
}

/**
 * The text with each time of day, date, ordinal and quantity replaced by a token of its value. `dottedTimes`: read
 * "18.00" (hours, a dot, two-digit minutes) as a time too, which alone it is not (it may be a decimal).
 * `noonAlone`: read noon's name without the twelve before it (that twelve stays a number).
 */
function valuesOf(text: string, language: string, dottedTimes = false, noonAlone = false): string {
  let result = text.normalize("NFKC");
  // Times first: "10:00" is no number 10 followed by 00, and "6 p.m." no quantity 6; "12 noon" no quantity 12.
  // Noon and military times are written as the 24-hour clock's "12:00" first, for the time expression to read.
  // An Armenian case ending stays, hyphenated as after digits ("կեսօրին" / "12:00-ին").
  result = result.replace(noonAlone ? NOON_WORD : NOON, (_, ending: string | undefined) => ` 12:00${ending ? `-${ending}` : ""} `);
  if (dottedTimes) result = result.replace(MILITARY_TIME, (_, hours: string, minutes: string) => ` ${hours}:${minutes} `);
  result = result.replace(TIME, (whole, hours: string, separator: string | undefined, minutes: string | undefined, half: string | undefined) => {
    // "1.50" is a decimal unless a.m. or p.m. follows (or dotted times are asked for); a bare number is a time only with them.
    if ((!minutes && !half) || (separator === "." && !half && !dottedTimes)) return whole;
    let hour = Number(hours);
    if (hour > 24 || Number(minutes ?? 0) > 59) return whole;
    if (half) {
      if (hour < 1 || hour > 12) return whole;
      hour = (hour % 12) + (half.toLowerCase() === "p" ? 12 : 0);
    }
    return ` ⟦time ${hour}:${minutes ?? "00"}⟧ `;
  });
  // The date parser loads chrono-node and is slow per call: only where a word is a date cue (a month name, a numeric date).
  const dates = holdsDateCue(result, language) ? findDates(result, language) : [];
  for (const date of [...dates].sort((x, y) => y.start - x.start)) {
    // An all-numeric date whose first two numbers could both be months ("03/12/2024") is read day-first in one
    // country and month-first in another: it is not read as a value.
    if (readsEitherWay(result.slice(date.start, date.end))) continue;
    // The time of day the date's span holds is part of its value ("15:00 on November 20"; tester T6 #1).
    result = `${result.slice(0, date.start)} ⟦date ${dateValue(date)}⟧ ${result.slice(date.end)}`;
  }
  result = result.replace(ORDINAL, (_, digits: string | undefined, word: string | undefined) => ` ⟦ordinal ${digits ? Number(digits) : ORDINALS[word!.toLowerCase()]}⟧ `);
  // Numbers in words, scale words included ("one hundred thousand", "ста тысяч", "հարյուր հազար"; number-words.ts).
  // Each is held by a mark without digits until the quantities are read, so no digit of its value is read again.
  const spelled = spelledNumbers(result);
  for (let k = spelled.length - 1; k >= 0; k--) result = `${result.slice(0, spelled[k].start)} \ue000${"\ue001".repeat(k)}\ue000 ${result.slice(spelled[k].end)}`;
  result = result.replace(QUANTITY, (whole, number: string, scale: string | undefined) => {
    // Digits as the statement states them (lib/text/numbers statedNumber: "2.000" and "1,5" in English are not read).
    const value = /\d/u.test(number) ? statedNumber(number, language) : wordValue(number);
    if (value === null) return whole;
    const factor = scale ? (SCALES[scale.toLowerCase().replace(/\.$/u, "")] ?? null) : 1;
    if (factor === null) return whole;
    const amount = Number(value) * factor;
    return Number.isFinite(amount) ? ` ⟦n ${amount}⟧ ` : whole;
  });
  if (spelled.length) result = result.replace(/\ue000(\ue001*)\ue000/gu, (_, index: string) => `⟦n ${spelled[index.length].value}⟧`);
  return perSigns(foldForMatching(result)).replace(/\s+/gu, " ").trim();
}

/** "per cent", "percent", "процентов", "տոկոս" → "%"; "per mille", "промилле", "պրոմիլ" → "‰" (in folded text). */
export function perSigns(folded: string): string {
  return folded
    .replace(/\s*(?:(?<!\p{L})per ?cent(?!\p{L})|(?<!\p{L})процент(?:а|ов)?(?!\p{L})|(?<!\p{L})տոկոս\p{L}*)/gu, "%")
    .replace(/\s*(?:(?<!\p{L})per ?mil(?:l?e)?(?!\p{L})|(?<!\p{L})промилле(?!\p{L})|(?<!\p{L})պրոմիլ\p{L}*)/gu, "‰")
    .replace(/\s+(?=[%‰])/gu, "");
}

/**
 * Whether `before` and `after` (an edit's two sides, in a statement of `language`, BCP 47) write the same values
 * another way and nothing else: see the module comment. `timeOfDay` false (what follows says what the number counts,
 * units.ts countsSomethingAt): a dotted number is not read as a time however the other side writes one. `afterMonth`
 * (dayAfterMonth): a twelve that opens either side is a date's day, not noon's. False when neither side holds a number, a number word, a
 * date or a time, or when the texts are equal under the fold (typography, not notation). Pure; never throws.
 */
export function sameValueWrittenAnotherWay(before: string, after: string, language: string, timeOfDay = true, afterMonth = false): boolean {
  if (!holdsDigit(before, true) && !holdsDigit(after, true) && !ANY_NUMBER_WORD.test(before + " " + after) && !hasNoon(before + " " + after) && !spelledNumbers(before + " " + after).length) return false;
  if (foldForMatching(before).trim() === foldForMatching(after).trim()) return false;
  // Noon's twelve is read as noon's only where both sides write a twelve: "12 noon" → "noon" may drop a count ("12 noon
  // flights"), and "12 noon" → "12.00" keeps it (tester 50).
  const noonAlone = afterMonth || !(TWELVE.test(before) && TWELVE.test(after));
  const valuesBefore = valuesOf(before, language, false, noonAlone);
  const valuesAfter = valuesOf(after, language, false, noonAlone);
  if (valuesBefore.includes("⟦") && valuesBefore === valuesAfter) return true;
  // "6 p.m." / "18.00": alone "18.00" may be a decimal, but where the other side writes a time of day it is that time
  // in the dotted 24-hour style (CLDR's time pattern for many locales, "HH.mm"); a decimal that happens to equal
  // the other side's time on the 24-hour clock is not a credible edit.
  const timeBefore = valuesBefore.includes("⟦time");
  const timeAfter = valuesAfter.includes("⟦time");
  // Before a unit ("18.00 percent", "6.30 km") a dotted number is a decimal whatever the other side writes.
  if (timeBefore === timeAfter || !timeOfDay) return false;
  const dottedBefore = valuesOf(before, language, true, noonAlone);
  return dottedBefore === valuesOf(after, language, true, noonAlone) && dottedBefore.includes("⟦time");
}

const hasNoon = (text: string): boolean => {
  NOON.lastIndex = 0;
  return NOON.test(text);
};

const ANY_NUMBER_WORD = new RegExp(String.raw`(?<!\p{L})(?:${NUMBER_WORD}|${Object.keys(ORDINALS).join("|")})(?!\p{L})`, "iu");

/** The value expressions, tried only where a digit opens a word (sticky: one try at a place, not a search). */
const VALUE_AT = [NOON, MILITARY_TIME, TIME, ORDINAL, QUANTITY].map((pattern) => new RegExp(pattern.source, "iuy"));
const IN_WORD_BEFORE = /[\p{L}\p{N}.:]/u;

/**
 * Where `text` writes a value with digits, as valuesOf reads one: each time of day ("6 p.m.", "18.00", "10:00", "12 noon", "1800 hrs"),
 * ordinal ("2nd") and quantity with its scale word ("3 million", "3.0 bn"), as UTF-16 offsets into `text` (ascending by
 * start; a time and the quantity inside it overlap). Values in words ("twenty-five") and dates are not looked for.
 * For widening an edit to the whole value that the word diff cut into pieces (split-values.ts). Pure; never throws.
 */
export function valueSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  for (let k = 0; k < text.length; k++) {
    if (!holdsDigit(text[k])) continue;
    if (k > 0 && IN_WORD_BEFORE.test(text[k - 1])) continue;
    for (const pattern of VALUE_AT) {
      pattern.lastIndex = k;
      const match = pattern.exec(text);
      if (match && match[0]) spans.push({ start: k, end: k + match[0].length });
    }
  }
  return spans.sort((x, y) => x.start - y.start || x.end - y.end);
}

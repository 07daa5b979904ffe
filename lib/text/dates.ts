import type * as ChronoNode from "chrono-node";
import { foldForMatching } from "./fold";

// chrono-node and its locales take ~14 MB of memory and ~100 ms to load: loaded on the first findDates call (callers
// run it only on a date cue, see dateCueOf), so a process that never meets a date never pays for it.
let chronoModule: typeof ChronoNode | undefined;
function chronoNode(): typeof ChronoNode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load needs a synchronous require
  chronoModule ??= require("chrono-node") as typeof ChronoNode;
  return chronoModule;
}

/**
 * Calendar dates in statement text, each read to one normalised key whatever the language or notation:
 * "19–20 September 2023", "September 19-20, 2023", "19-20 сентября 2023 года", "2023 թ. սեպտեմբերի
 * 19-20-ը", "19-20 sentyabr 2023-cü il" are all "september 19-20 2023"; "27.11.2023", "27/11/2023",
 * "2023-11-27", "27 November 2023" and "27 ноября 2023" are all "november 27 2023".
 *
 * Coverage (documented in docs/text-handling.md):
 * - chrono-node (maintained, MIT) reads month names and numeric dates in English, Russian, Ukrainian,
 *   French, German, Spanish, Italian, Portuguese and Dutch; numbers are read day first (for English
 *   its en.GB parser: "03.04.2023" is 3 April), as in the readouts of this region; ISO dates everywhere.
 * - Armenian, Azerbaijani and Turkish month names, which chrono has no parser for, are read by a
 *   month-name table here (nominative and inflected forms) with the day and year around them.
 * A key names only what the text says: no year when none is written ("september 19-20"), no day for
 * a month alone ("december"). Weekdays and relative expressions ("on Monday", "for 70 days",
 * "tomorrow") are not calendar dates and are not returned.
 */

export interface DateMention {
  /** UTF-16 offsets into the text passed in, end exclusive. */
  start: number;
  end: number;
  /** "september 19-20 2023": English month name, day or day range, year; parts absent from the text are left out. */
  key: string;
  /**
   * The time of day the date's span also holds, "15:00" (24-hour, minutes always), when chrono is certain of its hour
   * ("15:00 on November 20", "November 20 at 3 p.m."); absent otherwise. Not part of `key`, which says the day: a
   * reader of versions compares it too (a time changed beside a date is a fact, tester T6 #1).
   */
  time?: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Month names that chrono reads, by their start (English, Russian, Ukrainian…): a date chrono finds must contain one. */
const CHRONO_MONTH_WORD =
  /(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяею](?!\p{L})|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|januar|februar|märz|juni|juli|august|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|oktober)/iu;
const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/u;
const FIRST_CUE = new RegExp(String.raw`\d|${CHRONO_MONTH_WORD.source}`, "iu");
const NUMERIC_ONLY = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;

/** Month names by language, as regular-expression stems; inflected endings (genitive, locative) follow. */
const MONTH_TABLES: Record<"hy" | "az" | "tr", string[]> = {
  // Armenian: nominative "սեպտեմբեր", genitive "սեպտեմբերի", "սեպտեմբերին", ablative "սեպտեմբերից"…
  hy: ["հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"],
  // Azerbaijani: "sentyabr", genitive "sentyabrın", locative "sentyabrda"…
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  tr: ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
};

// Suffixes written after a day or a year number in these languages: "19-ին", "19-ը", "2023 թ.", "2023-cü il", "2023 yılı".
const NUMBER_SUFFIX = String.raw`(?:-?(?:ին|ը|ի|ից|ci|cı|cu|cü|da|də|de|te|ta|nda|ndə|i|ı|u|ü|s[ıiuü])(?!\p{L}))?`;
const YEAR_WORD = String.raw`(?:\s*թ\.?|\s+(?:il|ildə|ilin|yıl|yılı|yılında)(?!\p{L}))?`;
const DAY = String.raw`(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?${NUMBER_SUFFIX}`;
const YEAR = String.raw`((?:19|20)\d{2})${NUMBER_SUFFIX}${YEAR_WORD}`;

function tablePattern(language: "hy" | "az" | "tr"): RegExp {
  const months = MONTH_TABLES[language].map((month) => `(${month})`).join("|");
  const month = String.raw`(?<!\p{L})(?:${months})\p{L}*`;
  // [year] [day] month [day] [year].
  return new RegExp(String.raw`(?:(?<!\d)${YEAR}\s+)?(?:(?<!\d)${DAY}\s+)?${month}(?:\s+${DAY}(?!\d))?(?:\s+${YEAR}(?!\d))?`, "giu");
}

const TABLE_PATTERNS = { hy: tablePattern("hy"), az: tablePattern("az"), tr: tablePattern("tr") };
const ARMENIAN = /[\u0531-\u0587]/u;

export interface DateParts {
  month: number;
  day?: number;
  endMonth?: number;
  endDay?: number;
  year?: number;
}

/** The normalised key of a date (see DateMention.key). */
export function dateKey({ month, day, endMonth, endDay, year }: DateParts): string {
  let days = day === undefined ? "" : String(day);
  if (day !== undefined && endDay !== undefined && (endDay !== day || (endMonth ?? month) !== month)) {
    days += endMonth !== undefined && endMonth !== month ? `-${MONTHS[endMonth - 1]} ${endDay}` : `-${endDay}`;
  }
  return [MONTHS[month - 1], days, year === undefined ? "" : String(year)].filter(Boolean).join(" ");
}

function chronoFor(language: string): ChronoNode.Chrono {
  const chrono = chronoNode();
  switch (language) {
    case "ru":
      return chrono.ru.casual;
    case "uk":
      return chrono.uk.casual;
    case "fr":
      return chrono.fr.casual;
    case "de":
      return chrono.de.casual;
    case "es":
      return chrono.es.casual;
    case "it":
      return chrono.it.casual;
    case "pt":
      return chrono.pt.casual;
    case "nl":
      return chrono.nl.casual;
    default:
      // en.GB reads "November 20" as November 2020: month names go to the US parser, numeric dates to en.GB.
      return chrono.en.casual;
  }
}

// Relative expressions are discarded, so the reference date only has to be fixed (for determinism).
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const EDGE_NOISE = /^[\s,.;:()\-–—]+|[\s,.;:()\-–—]+$/gu;

const RANGE_SEPARATOR = /\s*[–—-]\s*|\s+(?:to|до|по)\s+/u;

/** chrono's results, or none if it throws: a date finder must never fail a comparison. */
function parseSafely(parser: ChronoNode.Chrono, text: string): ChronoNode.ParsedResult[] {
  try {
    return parser.parse(text, REFERENCE);
  } catch {
    return [];
  }
}

function certain(component: ChronoNode.ParsedComponents | null | undefined, unit: "day" | "month" | "year" | "hour" | "minute"): number | undefined {
  return component?.isCertain(unit) ? (component.get(unit) ?? undefined) : undefined;
}

/** The certain parts of a chrono result; a year written only after the range's end counts for both ends. */
function partsOf(start: ChronoNode.ParsedComponents, end: ChronoNode.ParsedComponents | null | undefined): DateParts | null {
  const month = certain(start, "month");
  if (month === undefined) return null;
  const day = certain(start, "day");
  const parts: DateParts = { month, day, year: certain(start, "year") ?? certain(end, "year") };
  if (day !== undefined && end) {
    parts.endDay = certain(end, "day");
    parts.endMonth = certain(end, "month");
  }
  return parts;
}

/** chrono's dates, kept only when they name a month or are numeric; spans trimmed to the date itself ("on 19 May," → "19 May"). */
function chronoDates(text: string, language: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const result of parseSafely(chronoFor(language), text)) {
    if (certain(result.start, "month") === undefined) continue;
    let start = result.index;
    let matched = result.text;
    // Drop leading words before the first digit or month word ("on", "в", "le").
    const firstCue = matched.search(FIRST_CUE);
    if (firstCue < 0) continue;
    start += firstCue;
    matched = matched.slice(firstCue);
    const trimmed = matched.replace(EDGE_NOISE, "");
    if (!CHRONO_MONTH_WORD.test(trimmed) && !NUMERIC_DATE.test(trimmed)) continue;
    start += matched.indexOf(trimmed);
    let parts = partsOf(result.start, result.end);
    // Numbers are read day first, as in British and continental usage ("03.04.2023" is 3 April).
    if (NUMERIC_ONLY.test(trimmed) && chronoFor(language) === chronoNode().en.casual) {
      const british = parseSafely(chronoNode().en.GB, trimmed)[0];
      parts = british ? partsOf(british.start, british.end) : null;
    }
    if (!parts) continue;
    // chrono 2.10 swaps the ends of "September 30 – October 2, 2023": a range whose halves are both dates is read half by half.
    const halves = trimmed.split(RANGE_SEPARATOR);
    if (halves.length === 2 && CHRONO_MONTH_WORD.test(halves[0]) && CHRONO_MONTH_WORD.test(halves[1])) {
      const [first, second] = halves.map((half) => parseSafely(chronoFor(language), half)[0]);
      const from = first ? partsOf(first.start, null) : null;
      const to = second ? partsOf(second.start, null) : null;
      if (from?.day !== undefined && to?.day !== undefined) {
        parts = { month: from.month, day: from.day, endMonth: to.month, endDay: to.day, year: from.year ?? to.year };
      }
    }
    // "May" alone is the verb far more often than the month.
    if (parts.day === undefined && parts.year === undefined && /^may$/iu.test(trimmed)) continue;
    const hour = certain(result.start, "hour");
    const time = hour === undefined ? undefined : `${String(hour).padStart(2, "0")}:${String(certain(result.start, "minute") ?? 0).padStart(2, "0")}`;
    mentions.push(time === undefined ? { start, end: start + trimmed.length, key: dateKey(parts) } : { start, end: start + trimmed.length, key: dateKey(parts), time });
  }
  return mentions;
}

/** Dates around Armenian, Azerbaijani or Turkish month names, read with MONTH_TABLES. */
function tableDates(text: string, language: "hy" | "az" | "tr"): DateMention[] {
  const mentions: DateMention[] = [];
  const pattern = TABLE_PATTERNS[language];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    // Groups: 1–3 year, day and end day before the month; 4–15 the twelve months; 16–18 day, end day and year after.
    const [whole, yearBefore, dayBefore, endDayBefore] = match;
    const monthIndex = match.slice(4, 16).findIndex((group) => group !== undefined);
    const [dayAfter, endDayAfter, yearAfter] = match.slice(16);
    const day = dayBefore ?? dayAfter;
    const year = yearBefore ?? yearAfter;
    // A month alone is a date in Armenian and Azerbaijani, except Armenian "մարտ" (also "battle"); Turkish
    // month names are also common nouns ("ekim", "aralık").
    if (day === undefined && year === undefined && (language === "tr" || (language === "hy" && monthIndex === 2))) continue;
    const endDay = dayBefore ? endDayBefore : endDayAfter;
    const trimmed = whole.replace(EDGE_NOISE, "");
    const start = match.index + whole.indexOf(trimmed);
    mentions.push({
      start,
      end: start + trimmed.length,
      key: dateKey({ month: monthIndex + 1, day: day === undefined ? undefined : Number(day), endDay: endDay === undefined ? undefined : Number(endDay), year: year === undefined ? undefined : Number(year) }),
    });
  }
  return mentions;
}

/**
 * Every calendar date in `text` (a sentence or a statement), in text order, without overlaps.
 * `language` is the statement's BCP 47 tag; it picks chrono's parser and the month table (Armenian
 * month names are read in any statement: the script says the language). Never throws.
 */
export function findDates(text: string, language: string): DateMention[] {
  const primary = language.split(/[-_]/u)[0].toLowerCase();
  let found = chronoDates(text, primary);
  // concat, not push(...): a long statement can hold more dates than a call takes arguments.
  if (ARMENIAN.test(text)) found = found.concat(tableDates(text, "hy"));
  if (usesTurkicMonths(primary)) found = found.concat(tableDates(text, primary as "az" | "tr"));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateMention[] = [];
  for (const date of found) if (!dates.length || date.start >= dates[dates.length - 1].end) dates.push(date);
  return dates;
}

// A word that may belong to a date: a whole month name or abbreviation, or a Cyrillic month stem with its ending.
const DATE_CUE_WORD = new RegExp(
  String.raw`^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec` +
    String.raw`|(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яёіїє]{0,4}|ма[йяею]` +
    String.raw`|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember` +
    String.raw`|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre` +
    String.raw`|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus` +
    String.raw`|(?:${MONTH_TABLES.hy.join("|")})\p{L}{0,5})$` +
    String.raw`|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$`,
  "u",
);

// Azerbaijani and Turkish month names with their endings: cues only in those languages ("mart…" starts other words).
const TURKIC_MONTH_WORD = new RegExp(String.raw`^(?:${[...MONTH_TABLES.az, ...MONTH_TABLES.tr].join("|")})\p{L}{0,5}$`, "u");

/** Whether the language (a BCP 47 tag) is read with the Azerbaijani or Turkish month table. */
export function usesTurkicMonths(language: string): boolean {
  const primary = language.split(/[-_]/u)[0].toLowerCase();
  return primary === "az" || primary === "tr";
}

/**
 * A date's value as version diffs compare it: its key, and the time of day its span holds ("november 20 15:00"), so a
 * time changed beside a date is a changed value (tester T6 #1). Pure.
 */
export function dateValue(date: DateMention): string {
  return date.time === undefined ? date.key : `${date.key} ${date.time}`;
}

/**
 * Whether a date's text (`span`, as findDates gives it) is all-numeric with both of its first two numbers 12 or less
 * and different ("03/12/2024", "12.03.2024"): day-first in one country, month-first in another, so its value cannot be
 * told. Pure.
 */
export function readsEitherWay(span: string): boolean {
  const numeric = /(?<!\p{N})(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}(?!\p{N})/u.exec(span);
  return !!numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2];
}

/**
 * Whether any white-space separated word of `text`, folded for matching (lib/text/fold.ts) with a trailing comma or
 * semicolon dropped, is a date cue (dateCueOf): a month name or a numeric date, a Turkic month only in `language` "az"
 * or "tr". findDates loads chrono-node and is slow per call, so callers ask this first. Pure; never throws.
 */
export function holdsDateCue(text: string, language: string): boolean {
  return text.split(/\s+/u).some((word) => {
    const cue = dateCueOf(foldForMatching(word).replace(/[,;]$/u, ""));
    return cue === "any" || (cue === "turkic" && usesTurkicMonths(language));
  });
}

/**
 * What a case-folded word says about dates findDates can read: "any" for a month name of a covered
 * language or a numeric date, "turkic" for an Azerbaijani or Turkish month name (a cue only in those
 * languages: see usesTurkicMonths), "none" otherwise. Lets a caller run findDates only where a date may be.
 */
export function dateCueOf(word: string): "any" | "turkic" | "none" {
  if (DATE_CUE_WORD.test(word)) return "any";
  return TURKIC_MONTH_WORD.test(word) ? "turkic" : "none";
}

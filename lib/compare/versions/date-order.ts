import { foldWord } from "../../text/fold";
import { dateValue, findDates, holdsDateCue, readsEitherWay } from "../../text/dates";
import { tokenize } from "../tokens";
import type { VersionEdit } from "./types";

/**
 * The folded words of a text with its dates marked, in their order: each date is one mark there, so a date written in
 * another order changes nothing, while numbers outside the dates that trade places do ("32 soldiers … 2 soldiers" → "2
 * soldiers … 32 soldiers" is a fact, tester T5 #1: sorted words hid it).
 */
function foldedWords(text: string, language: string): string[] {
  const words: string[] = [];
  tokenize(text, 0, text.length, language, (start, end) => words.push(foldWord(text.slice(start, end))));
  return words;
}

/**
 * Two days joined by "and" that follow each other ("19 and 20 September", "19th and 20th", Russian "19 и 20", Armenian
 * "19 և 20"): the same days as the range "19-20" that lib/text/dates reads. Days that do not follow each other ("19 and
 * 21") say two days, not the range between them, and stay as written.
 */
const TWO_DAYS = /(?<!\p{N})(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|и|և|ու)\s+(\d{1,2})(?:st|nd|rd|th)?(?!\p{N})/giu;
const consecutiveDays = (text: string) => text.replace(TWO_DAYS, (whole, first: string, second: string) => (Number(second) === Number(first) + 1 ? `${first}-${second}` : whole));

/** A digit: a date's span without one holds only its month ("двадцатое ноября" is read with the day outside it). */
const DIGIT = /\p{N}/u;

/**
 * The piece with each date written as a mark of its value (findDates' key), days that follow each other joined by
 * "and" read as a range, and a day written in words before a month that the date's span leaves out (Russian
 * "двадцатое ноября": lib/text/dates reads the day, its span holds only the month) taken into the date.
 */
function withDateMarks(piece: string, language: string): { text: string; keys: string[] } | null {
  const text = consecutiveDays(piece);
  const dates = findDates(text, language);
  // An all-numeric date whose first two numbers could both be months ("12.03.2024", "03/12/2024") is day-first in one
  // country and month-first in another (same-value.ts): not read as one value.
  if (dates.some((date) => readsEitherWay(text.slice(date.start, date.end)))) return null;
  let marked = text;
  for (let k = dates.length - 1; k >= 0; k--) {
    const date = dates[k];
    let start = date.start;
    const span = text.slice(date.start, date.end);
    if (!DIGIT.test(span) && DIGIT.test(date.key)) {
      // The day is outside the span: the word before it, when the month alone is read without that day.
      const before = /(\p{L}+)\s+$/u.exec(text.slice(0, date.start));
      if (before && findDates(span, language)[0]?.key !== date.key) start = date.start - before[0].length;
    }
    marked = `${marked.slice(0, start)} ⟦${dateValue(date)}⟧ ${marked.slice(date.end)}`;
  }
  return { text: marked, keys: dates.map(dateValue) };
}

/**
 * A date written another way within one sentence pair: in another order ("on March 12" → "on 12 March": a month
 * dropped in one place and added in another), with an ordinal's letters ("November 20" → "November 20th"), a range of
 * two days written as two days that follow each other or as a range in words ("September 19-20" → "19 and 20
 * September", "December 5-7" → "5 to 7 December"), a day in words ("20 ноября" → "двадцатое ноября"). The word diff
 * cuts each into "date" or "number" edits, though the date is the same. When every edit of the pair that is not
 * typographic or notation is a "date" or "number" fact, and the pair's two sentences hold the same dates by value
 * (findDates, lib/text/dates.ts: chrono's parsed month, day and year) and the same words outside them, in the same order,
 * those edits are the same date written another way: wording, "notation" (tester T3 #11). `edits` are the pair's
 * edits (changed in place); `pieceA`/`pieceB` the pair's two texts. Throws nothing.
 */
export function reclassifyReorderedDates(edits: VersionEdit[], pieceA: string, pieceB: string, language: string): void {
  // The day moved instead of the month ("12 March" → "March 12") is a "number" edit.
  const dated = edits.filter((edit) => edit.class === "fact" && (edit.reason === "date" || edit.reason === "number"));
  if (!dated.length) return;
  const settled = edits.filter((edit) => edit.class === "typographic" || (edit.class === "wording" && edit.reason === "notation")).length;
  if (dated.length + settled !== edits.length) return;
  // findDates loads chrono-node: only where a word is a date cue (a number edit alone names no date).
  if (!holdsDateCue(pieceA, language) && !holdsDateCue(pieceB, language)) return;
  const markedA = withDateMarks(pieceA, language);
  if (!markedA?.keys.length) return;
  const markedB = withDateMarks(pieceB, language);
  if (!markedB) return;
  // The same dates in the same order: two dates swapped ("from March 1 to April 2" → "from April 2 to March 1") is a fact.
  if (markedA.keys.length !== markedB.keys.length || markedA.keys.some((key, k) => key !== markedB.keys[k])) return;
  const wordsA = foldedWords(markedA.text, language);
  const wordsB = foldedWords(markedB.text, language);
  if (wordsA.length !== wordsB.length || wordsA.some((word, k) => word !== wordsB[k])) return;
  for (const edit of dated) {
    edit.class = "wording";
    edit.reason = "notation";
  }
}

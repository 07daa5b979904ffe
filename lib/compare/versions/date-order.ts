import { foldWord } from "../../text/fold";
import { findDates } from "../../text/dates";
import { tokenize } from "../tokens";
import type { VersionEdit } from "./types";

function foldedWords(text: string, language: string): string[] {
  const words: string[] = [];
  tokenize(text, 0, text.length, language, (start, end) => words.push(foldWord(text.slice(start, end))));
  return words.sort();
}

/**
 * A date written in another order within one sentence pair ("on March 12" → "on 12 March"): the word diff sees a
 * month dropped in one place and added in another, two "date" edits, though the date is the same. When the pair's
 * two sentences hold the same words (any order) and the same dates by value (findDates, lib/text/dates.ts: chrono's
 * parsed month, day and year), and every edit of the pair that is not typographic is a "date" or "number" edit, those edits are
 * the same date written another way: wording, "notation". `edits` are the pair's edits (changed in place);
 * `pieceA`/`pieceB` the pair's two texts. Throws nothing.
 */
export function reclassifyReorderedDates(edits: VersionEdit[], pieceA: string, pieceB: string, language: string): void {
  // The day moved instead of the month ("12 March" → "March 12") is a "number" edit.
  const dated = edits.filter((edit) => edit.class === "fact" && (edit.reason === "date" || edit.reason === "number"));
  if (dated.length < 2 || dated.length + edits.filter((edit) => edit.class === "typographic").length !== edits.length) return;
  const wordsA = foldedWords(pieceA, language);
  const wordsB = foldedWords(pieceB, language);
  if (wordsA.length !== wordsB.length || wordsA.some((word, k) => word !== wordsB[k])) return;
  const datesA = findDates(pieceA, language).map((date) => date.key);
  const datesB = findDates(pieceB, language).map((date) => date.key);
  if (!datesA.length || datesA.length !== datesB.length || datesA.some((key, k) => key !== datesB[k])) return;
  for (const edit of dated) {
    edit.class = "wording";
    edit.reason = "notation";
  }
}

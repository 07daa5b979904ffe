import { foldForMatching } from "../../text/fold";
import { holdsDigit } from "../../text/numbers";
import { HOUR_WORD_PATTERN } from "./units";

/** Hours and minutes with ":" or "." between them, not glued to a letter but the hours' own ("18.00h"). */
const HOURS_AND_MINUTES = new RegExp(String.raw`(?<![\p{Nd}.:])([01]?\p{Nd}|2[0-4])[.:](\p{Nd}{2})(?!\p{Nd}|[.:]\p{Nd}|(?!${HOUR_WORD_PATTERN}(?!\p{L}))\p{L})`, "gu");

/**
 * Numbers written another way with the same value: a fraction character for its digits ("½" / "1/2", NFKC, the
 * fraction slash read as "/"), a space or hyphen between a number and its letters ("10 bn" / "10bn", "1 st" / "1st",
 * "5-A" / "5A"), the time separator (":" or "." between hours and minutes, both CLDR time patterns: "08:00" /
 * "08.00"), and the percent sign for "percent" / "per cent". Compared after the matching fold (lib/text/fold.ts).
 */
function numberNotation(text: string, timeOfDay: boolean): string {
  const folded = foldForMatching(text.normalize("NFKC").replace(/\u2044/gu, "/")).replace(/(?<=\p{Nd})\s*(?:%|per ?cent\b)/gu, "%");
  // Hours and minutes only where the number may be a time of day: not before a unit ("6.30 km", "2.45 hours").
  return (timeOfDay ? folded.replace(HOURS_AND_MINUTES, "$1:$2") : folded).replace(
    /(?<=\p{Nd})[\s-]+(?=\p{L})|(?<=\p{L})[\s-]+(?=\p{Nd})/gu,
    "",
  );
}

const PERCENT = /^(?:%|[Pp]er ?cent)$/u;

/**
 * Whether two texts with digits on at least one side write the same numbers another way (see numberNotation).
 * `timeOfDay` false: what follows the edit says what the number counts (units.ts countsSomethingAt), so "." and ":" between two numbers
 * are a decimal point and a clock's separator, not two ways of writing one time ("2.45 hours" is not 2:45).
 */
export function sameNumberNotation(before: string, after: string, timeOfDay = true): boolean {
  // The percent sign for the word, the number left outside the edit ("5%" / "5 percent").
  if (PERCENT.test(before.trim()) && PERCENT.test(after.trim())) return true;
  if (!holdsDigit(before, true) && !holdsDigit(after, true)) return false;
  return numberNotation(before, timeOfDay) === numberNotation(after, timeOfDay);
}

/** Letters without their accents and other combining marks (NFD, marks dropped), then folded. */
function withoutMarks(text: string): string {
  return foldForMatching(text.normalize("NFD").replace(/\p{M}/gu, ""));
}

/**
 * Whether two texts differ only by accents on capitalised words (a name written with or without its diacritics:
 * "González" / "Gonzalez", "Müller" / "Muller"). Common words are left out: "où" / "ou" is another word.
 */
export function sameNameWithoutAccents(before: string, after: string, removed: readonly string[], added: readonly string[]): boolean {
  if (!removed.length || removed.length !== added.length) return false;
  if (![...removed, ...added].every((word) => /^\p{Lu}/u.test(word))) return false;
  return withoutMarks(before) === withoutMarks(after);
}

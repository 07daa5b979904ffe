import { foldCase } from "./normalise";
import { terminalBefore } from "../text/sentence-marks";

/**
 * Function words that leave their phrase open: a line whose last word is one of them stops mid-sentence, whatever the
 * next line opens with ("Secretary of\nState Antony Blinken said", "spoke with\nPresident Aliyev", "заявил, что\nАзербайджан",
 * "Բլինքենը նշել է, որ\nՀայաստանը…"). Read by the hard-wrap rule (hard-wraps.ts wrapsBetween).
 *
 * A closed class, the words of the engine's stop-word lists (stopwords.ts) that can end neither a sentence nor a
 * heading: articles, possessive determiners, coordinating and subordinating conjunctions, and the prepositions that
 * take their noun after them and do not double as adverbs or particles. Left out on purpose, though stop words:
 * prepositions that end phrasal verbs or stand as adverbs ("up", "on", "in", "over", "out", "off", "down", "about",
 * "after", "before", "since", "through", "under", "within"), pronouns ("it", "them", "this", "her"), Russian "за" and
 * "против" (a vote "за") and "после" ("позже"), and Armenian postpositions, which follow their noun and so end clauses
 * ("Փաշինյանի հետ", "խաղաղության համար"). Words of the same classes that the stop-word lists lack are in: "onto",
 * "upon", "toward(s)", "among(st)", "amid", "via", "whether", "whose", "либо", "ко", "обо", "ибо", "դեպի", "հանուն",
 * "առանց", "մինչև" (test: hard-wrap-capitals.test.ts, "the rule's parts").
 *
 * One class for every language: the three the engine reads (English, Russian, Armenian) are written in three scripts,
 * so no word of one is read as another's. A word counts only in lower case, in capitals after a word in capitals (a
 * line in capitals, "BLINKEN SPOKE WITH\nPRESIDENT ALIYEV"), or capitalised as the first word of a sentence after
 * another's end on its line ("…on Monday. The\nSecretary said"): mid-sentence a writer's article or
 * preposition is lower case ("spoke with a\nsenior official", "разговор с\nАлиевым"), while a capitalised one ends a
 * heading in title case ("What Armenia and Azerbaijan Agreed To", "Who Blinken Spoke With"), a label ("Annex A",
 * "Plan B", "Корпус В") or a code ("Portland, OR") (session 18, tester T5 #10: such lines were glued to the next).
 */
const WORDS = `
the a an of and or nor but to with for from at by into onto upon toward towards between among amongst amid against
during via than that whether because if as its our their your my whose
и а но или либо в во на с со к ко у о об обо от из до по для без при про через над под перед между что чтобы если ибо
և եւ ու կամ բայց որ թե ըստ դեպի հանուն առանց մինչև մինչեւ ի`;

const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/u)
    .filter(Boolean)
    .map((word) => foldCase(word)),
);

/** The longest word in the class, in UTF-16 units: a longer last word is read no further. */
let LONGEST = 0;
for (const word of FUNCTION_WORDS) LONGEST = Math.max(LONGEST, word.length);
const WORD_PART = /[\p{L}\p{M}]/u;
// Before the word: white space, an opening bracket or quotation mark, or the text's start; not a letter, digit, hyphen,
// apostrophe or dot, which make it part of a longer word ("co-op", "O’Brien", "U.S.A").
const WORD_BOUNDARY = /[\s\p{Ps}\p{Pi}«„"]/u;

/**
 * Whether the line whose text ends at `end` (a UTF-16 offset, exclusive, with no white space before it) ends in a
 * function word of the class above, with no mark after it: the line stops mid-phrase. Case-insensitive through the
 * matching fold (lib/text/fold via normalise.ts foldCase), written in lower case or as a sentence's capitalised first word
 * (see above). Pure; never throws.
 */
export function endsInFunctionWord(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start <= LONGEST && WORD_PART.test(text[start - 1])) start--;
  if (start === end || end - start > LONGEST) return false;
  if (start > 0 && !WORD_BOUNDARY.test(text[start - 1])) return false;
  const word = text.slice(start, end);
  if (!FUNCTION_WORDS.has(foldCase(word))) return false;
  if (word === word.toLowerCase()) return true;
  let before = start;
  while (before > 0 && text[before - 1] === " ") before--;
  // In capitals on a line in capitals ("BLINKEN SPOKE WITH"): the word before it is in capitals too.
  if (end - start > 1 && word === word.toUpperCase()) return before < start && before > 0 && wordBeforeInCapitals(text, before);
  // Capitalised: only a sentence's first word, after a sentence's end on the same line ("… Monday. The").
  if (end - start === 1 || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  return before < start && before > 0 && terminalBefore(text, before);
}

/** Whether the word ending at `end` (UTF-16, exclusive) holds letters and no lower-case letter. */
function wordBeforeInCapitals(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && WORD_PART.test(text[start - 1])) start--;
  const word = text.slice(start, end);
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

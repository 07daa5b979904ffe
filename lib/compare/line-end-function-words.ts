import { foldCase } from "./normalise";

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
 * so no word of one is read as another's. A single-letter word counts only in lower case: "Annex A", "Plan B" and a
 * Cyrillic "Корпус В" end their headings with a capital letter as a label, where a writer's article or preposition
 * in mid-sentence is lower case ("spoke with a\nsenior official", "разговор с\nАлиевым").
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
 * matching fold (lib/text/fold via normalise.ts foldCase), but for single letters (see above). Pure; never throws.
 */
export function endsInFunctionWord(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start <= LONGEST && WORD_PART.test(text[start - 1])) start--;
  if (start === end || end - start > LONGEST) return false;
  if (start > 0 && !WORD_BOUNDARY.test(text[start - 1])) return false;
  const word = text.slice(start, end);
  if (end - start === 1 && word !== word.toLowerCase()) return false;
  return FUNCTION_WORDS.has(foldCase(word));
}

import { ALL_CAPITALS, CAPITALISED, LOWER_CASE, NO_CASE, ONE_CAPITAL } from "./capitals";
import { MONTHS, ORGANISATION_CUES, TITLES, WEEKDAYS } from "./gazetteer";
import { LineWords } from "./line-words";
import { isDemonym, isGivenName, placeKeyOf } from "./name-lexicon";
import { foldCase, POSSESSIVE } from "./normalise";
import { sentenceOpeners } from "./sentence-openers";
import { LOWER_IN_TITLE_CASE, STYLE_CAPITAL_WORDS } from "./title-case-words";
import { isJsWhiteSpace } from "../text/whitespace";

/**
 * A headline glued to the first sentence of its line, without a line break or a full stop between them, as readouts
 * pasted from web pages come: "Secretary Blinken's Call with Armenian Prime Minister Pashinyan Secretary Blinken spoke
 * today with …", or in capitals, "BLINKEN, PASHINYAN DISCUSS PEACE TALKS Secretary Blinken spoke …". Read as one
 * sentence, the claim carried the headline's words: compared, and its names counted, with them (session 15). segment.ts
 * splits where gluedHeadlineEnd finds the sentence proper begins.
 *
 * Where the headline ends is read from the letter case (capitals.ts letterCaseAt) and only where the evidence is
 * clear; where it is not, the sentence is left whole, as a false split (a claim cut in two) costs more than a missed one:
 * 1. The line opens with a headline's shape: at least MIN_HEADLINE_CAPITALS capitalised words, and no word in lower
 *    case but the small words title case may leave so (title-case-words.ts LOWER_IN_TITLE_CASE; rule 1 of capitals.ts);
 *    or at least MIN_HEADLINE_CAPITALS words in capitals, then a word in mixed case.
 * 2. It holds a word that is no name (isNoName): a closed-class word capitalised ("With", "Of"; STYLE_CAPITAL_WORDS),
 *    or a word that is neither a title, an institution's word, a place, a demonym, a month nor a given name and that
 *    the text writes in lower case elsewhere ("call"), or, in title case, never writes with its capital again ("Call",
 *    where "Blinken" and "Pashinyan" come back in the body). A line of names and titles ("Secretary Blinken and Prime
 *    Minister Pashinyan discussed …") has none, nor has a dateline ("WASHINGTON, DC —").
 * 3. The sentence proper begins with a subject in the shape a sentence gives it, right before its first word in lower
 *    case that title case would capitalise (its verb):
 *    a. the same subject repeated: a title and a name ("Secretary Blinken", "U.S. Secretary of State Antony Blinken",
 *       "President Ilham Aliyev") whose name the headline holds ("Secretary Blinken's Call …", "President Aliyev
 *       Receives …"), after a headline word that is neither a title nor a small word; or
 *    b. a sentence's opening word, capitalised where a headline would not have it ("The", "He", "They";
 *       SENTENCE_OPENERS; "I" right before the verb), after a capitalised headline word that is no small word
 *       ("… Pashinyan The Secretary spoke", "… Pashinyan I spoke today");
 *    for a headline in capitals, the first word in mixed case after it, if a verb in lower case follows within
 *    MAX_SUBJECT_WORDS words.
 * Title case is English typography: a Russian or Armenian headline in sentence case has a word in lower case after its
 * first and never passes 1, so it stays glued (no rule tells its end from the sentence's start).
 */

/** A headline is at most this long: here, in page-furniture.ts and for lead-ins.ts headingShaped. */
export const MAX_HEADLINE_WORDS = 16;
/** A sentence's subject before its verb ("U.S. Secretary of State Antony J. Blinken") is at most this long. */
const MAX_SUBJECT_WORDS = 8;
/** A headline capitalises (or writes in capitals) this many words at least: "Readout" or "Blinken Call" is too little to tell. */
const MIN_HEADLINE_CAPITALS = 3;
/**
 * Words that open a sentence and that a headline in title case would not hold capitalised before a verb in lower case:
 * English ones (title case is English typography), "I" aside (subjectStart reads it by its own rule; sentence-openers.ts).
 */
const SENTENCE_OPENERS = sentenceOpeners(["en"], false);
/** Title words that qualify the head of a title ("Prime Minister", "Deputy Secretary"); the other TITLES words are heads. */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(["vice", "under", "prime", "foreign", "deputy", "assistant", "special", "national", "security", "high"]);
/** Name particles that may stand inside a subject's name or title ("Secretary of State"; gazetteer NAME_CONNECTORS in part). */
const SUBJECT_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "de", "van", "von", "al", "bin"]);
/** Punctuation after a word that ends a clause: a headline (and a subject) is read only up to it. */
const CLAUSE_PUNCTUATION = /[,;!?()[\]]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Word {
  /** The word without the punctuation around it (UTF-16 offsets). */
  start: number;
  end: number;
  /** capitals.ts letterCaseAt of the word. */
  letterCase: number;
  /** Lower case, a possessive's "'s" read off ("Blinken's" → "blinken"); for a word in lower case, as written until foldWords. */
  folded: string;
  /** Clause punctuation after it. */
  clauseEnd: boolean;
}

/**
 * The words of text[start, end) (white-space separated; line-words.ts reads them), each with its case, up to the first
 * that title case would capitalise and that is in lower case (a verb, as a rule; included), or `limit` words. Only a
 * word in lower case is sliced here (to tell a small word); foldWords folds the others once a headline is possible.
 * Most sentences stop at their second or third word.
 */
function wordsOf(text: string, start: number, end: number, limit: number): Word[] {
  const line = new LineWords(text, start, end);
  const words: Word[] = [];
  for (let k = 0; k < limit; k++) {
    const read = line.get(k);
    if (read === null) break;
    const letterCase = line.letterCase(k);
    const word: Word = {
      start: read.coreStart,
      end: read.coreEnd,
      letterCase,
      folded: letterCase === LOWER_CASE ? text.slice(read.coreStart, read.coreEnd) : "",
      clauseEnd: line.followedBy(k, CLAUSE_PUNCTUATION),
    };
    words.push(word);
    if (isVerbLike(word)) break;
  }
  return words;
}

/** Fills in each word's fold (Word.folded). */
function foldWords(text: string, words: Word[]): void {
  for (const word of words) word.folded = foldCase(text.slice(word.start, word.end)).replace(POSSESSIVE, "");
}

/** A word in lower case that title case capitalises: a headline holds none, so a sentence's verb (as a rule) is the first. */
function isVerbLike(word: Word): boolean {
  return word.letterCase === LOWER_CASE && !LOWER_IN_TITLE_CASE.has(word.folded);
}

/** Whether `word` occurs in text outside [skipStart, skipEnd) as a whole word, exactly as written (case included). */
function occursElsewhere(text: string, word: string, skipStart: number, skipEnd: number): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at >= skipStart && at < skipEnd) continue;
    const before = at > 0 ? text[at - 1] : " ";
    const after = at + word.length < text.length ? text[at + word.length] : " ";
    if (!LETTER_OR_DIGIT.test(before) && !/[\p{L}\p{N}\p{M}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Whether headline word `word` (at index `index` of its line) is no name (rule 2): a closed-class word after the first;
 * else, unless the lexicons know it as a title, an institution's word, a month, a day, a demonym, a place or a given
 * name, a word that `text` writes in lower case outside the headline [headlineStart, headlineEnd), or (when
 * `capitalised` is given: the word as written, without a possessive, "Call") never writes there with its capital.
 * A word in capitals is asked without `capitalised`: a dateline's "NOV" or "DC" is written so only once, and is a name.
 */
function isNoName(text: string, word: Word, index: number, capitalised: string | null, headlineStart: number, headlineEnd: number): boolean {
  const folded = word.folded;
  if (TITLES.has(folded) || ORGANISATION_CUES.has(folded)) return false;
  if (STYLE_CAPITAL_WORDS.has(folded)) return index > 0;
  if (MONTHS.includes(folded) || WEEKDAYS.has(folded) || isDemonym(folded) || placeKeyOf(folded) !== null || isGivenName(folded)) return false;
  return occursElsewhere(text, folded, headlineStart, headlineEnd) || (capitalised !== null && !occursElsewhere(text, capitalised, headlineStart, headlineEnd));
}

/** A capitalised word that may be a name's part in a subject: not a title, a small word or a sentence's opener. */
function isNamePart(word: Word): boolean {
  return (word.letterCase === CAPITALISED || word.letterCase === ONE_CAPITAL) && !TITLES.has(word.folded) && !LOWER_IN_TITLE_CASE.has(word.folded) && !SENTENCE_OPENERS.has(word.folded);
}

/**
 * Where the subject before verb `verb` begins (`start`, an index into `words`), by rule 3 (a: the subject repeated,
 * whose name the headline must then hold; b: a sentence's opener), with `repeated` telling which; null when the words
 * before the verb make no subject of that shape.
 */
function subjectStart(words: readonly Word[], verb: number): { start: number; repeated: boolean } | null {
  let k = verb - 1;
  // "The" or "He" right before the verb ("… Pashinyan The two leaders discussed"), or "I" (a statement in the first person).
  if ((words[k].letterCase === CAPITALISED && SENTENCE_OPENERS.has(words[k].folded)) || (words[k].letterCase === ONE_CAPITAL && words[k].folded === "i")) return { start: k, repeated: false };
  // The name, back to its title: "Blinken", "Antony Blinken", "of State Antony Blinken".
  let names = 0;
  while (k > 0 && verb - k <= MAX_SUBJECT_WORDS && (isNamePart(words[k]) || (names > 0 && words[k].letterCase === LOWER_CASE && SUBJECT_CONNECTORS.has(words[k].folded)))) {
    k--;
    names++;
  }
  // A head title, then the words that qualify it ("Prime", "Deputy"), then a country's ("U.S.", "Armenian").
  if (!(words[k].letterCase === CAPITALISED && TITLES.has(words[k].folded) && !TITLE_MODIFIERS.has(words[k].folded))) return null;
  let start = k;
  while (start > 0 && words[start - 1].letterCase === CAPITALISED && TITLE_MODIFIERS.has(words[start - 1].folded)) start--;
  const qualifier = start > 0 ? words[start - 1] : null;
  if (qualifier && ((qualifier.letterCase === ALL_CAPITALS && qualifier.end - qualifier.start <= 4) || (qualifier.letterCase === CAPITALISED && isDemonym(qualifier.folded)))) start--;
  if (start > 0 && words[start - 1].letterCase === CAPITALISED && SENTENCE_OPENERS.has(words[start - 1].folded)) return { start: start - 1, repeated: false };
  // Rule 3a needs the name itself ("Blinken") at the verb.
  if (names === 0 || !isNamePart(words[verb - 1]) || words[verb - 1].letterCase !== CAPITALISED) return null;
  return { start, repeated: true };
}

/**
 * Where a headline glued to the sentence text[start, end) ends (the file's docstring gives the rules): the UTF-16 offset
 * of the sentence proper's first word (its first character, an opening quote included), or -1 when the sentence opens
 * with no headline or the evidence is not clear. `text`: the whole statement (rule 2 reads the rest of it); the range
 * should be a sentence that opens a line (segment.ts asks for those only). Pure; throws nothing.
 */
export function gluedHeadlineEnd(text: string, start: number, end: number): number {
  const words = wordsOf(text, start, end, MAX_HEADLINE_WORDS + MAX_SUBJECT_WORDS + 1);
  // A headline, a subject and a verb: most sentences have their verb sooner.
  if (words.length < MIN_HEADLINE_CAPITALS + 2 || !isVerbLike(words[words.length - 1])) return -1;
  foldWords(text, words);
  const split = words[0].letterCase === ALL_CAPITALS ? afterHeadlineInCapitals(text, words) : afterHeadlineInTitleCase(text, words);
  if (split < 0) return -1;
  // The sentence proper starts at its first word, quotes before it included.
  let at = words[split].start;
  while (at > start && !isJsWhiteSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Rules 1 to 3 for a headline in title case: the index of the sentence proper's first word, or -1. */
function afterHeadlineInTitleCase(text: string, words: readonly Word[]): number {
  const verb = words.length - 1;
  if (!isVerbLike(words[verb]) || verb < MIN_HEADLINE_CAPITALS + 1) return -1;
  const subject = subjectStart(words, verb);
  if (subject === null) return -1;
  const split = subject.start;
  if (split < MIN_HEADLINE_CAPITALS || split > MAX_HEADLINE_WORDS) return -1;
  const last = words[split - 1];
  if (LOWER_IN_TITLE_CASE.has(last.folded) || (last.letterCase !== CAPITALISED && last.letterCase !== ALL_CAPITALS)) return -1;
  if (subject.repeated && TITLES.has(last.folded)) return -1;
  // Clause punctuation inside the headline or the subject (a list, an aside): a sentence's, not a headline's.
  for (let k = 0; k < verb - 1; k++) if (words[k].clauseEnd) return -1;
  let capitalised = 0;
  for (let k = 0; k < split; k++) if (words[k].letterCase === CAPITALISED) capitalised++;
  if (capitalised < MIN_HEADLINE_CAPITALS) return -1;
  if (subject.repeated) {
    const name = words[verb - 1].folded;
    let named = false;
    for (let k = 0; k < split && !named; k++) named = words[k].folded === name;
    if (!named) return -1;
  }
  const headlineEnd = words[split - 1].end;
  for (let k = 0; k < split; k++) {
    const word = words[k];
    if (word.letterCase === CAPITALISED && isNoName(text, word, k, text.slice(word.start, word.end).replace(/['’]s$/u, ""), words[0].start, headlineEnd)) return split;
  }
  return -1;
}

/** Rules 1 to 3 for a headline in capitals: the index of the sentence proper's first word, or -1. */
function afterHeadlineInCapitals(text: string, words: readonly Word[]): number {
  let split = 0;
  let inCapitals = 0;
  while (split < words.length && split <= MAX_HEADLINE_WORDS && (words[split].letterCase === ALL_CAPITALS || words[split].letterCase === ONE_CAPITAL || words[split].letterCase === NO_CASE)) {
    if (words[split].letterCase === ALL_CAPITALS) inCapitals++;
    split++;
  }
  if (split === words.length || split > MAX_HEADLINE_WORDS || inCapitals < MIN_HEADLINE_CAPITALS || words[split].letterCase !== CAPITALISED) return -1;
  // A headline ends in no comma or bracket ("WE WILL NOT GIVE UP, Aliyev said" is a sentence).
  if (words[split - 1].clauseEnd) return -1;
  // The sentence proper: a subject, then a verb in lower case (wordsOf's last word).
  const verb = words.length - 1;
  if (!isVerbLike(words[verb]) || verb - split > MAX_SUBJECT_WORDS) return -1;
  const headlineEnd = words[split - 1].end;
  for (let k = 0; k < split; k++) {
    const word = words[k];
    // "WITH", or "PEACE" where the text writes "peace".
    if (word.letterCase === ALL_CAPITALS && isNoName(text, word, k, null, words[0].start, headlineEnd)) return split;
  }
  return -1;
}

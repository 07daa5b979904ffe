import { ORGANISATION_CUES, TITLES } from "./gazetteer";
import { LOWER_IN_TITLE_CASE, STYLE_CAPITAL_WORDS } from "./title-case-words";

/**
 * Text written in capitals or in title case: where a capital is no evidence of a name (tester 62 F1, F4; helper H8).
 *
 * Wire services and some ministries publish whole texts, or headlines and first sentences, in capitals. The engine
 * reads a capital inside a sentence as a name (lexicon.ts codes, entities.ts, similarity.ts names; the version diff's
 * name rule): in a text in capitals every word would be one, a shared sentence shares only "names" and no row is
 * made, and a synonym swapped in it reads as a changed name.
 *
 * Scope: the sentence. A capital says something about the word only where the writer could have written it in lower
 * case; in a sentence written in capitals they could not. A smaller scope (a run of words in capitals inside a sentence)
 * would also take acronyms written side by side ("the EU, OSCE and UN") for text in capitals; a larger one (the
 * whole text) misses a headline or a first sentence in capitals above a body in lower case, which wire copy does. A
 * headline on a line of its own is a sentence of its own (segment.ts), so it is judged alone. A sentence counts as
 * written in capitals when at least IN_CAPITALS_SHARE of its words with a cased letter are in capitals and at least
 * MIN_WORDS_IN_CAPITALS are: a lone word in capitals ("WASHINGTON —", "OSCE") is a dateline or an acronym, still read
 * as a name; a word of one letter ("A", "I", an initial) and a number vote neither way. Inside such a sentence a capital
 * says as much as the capital of a sentence's first word: nothing, unless the word is a name by other evidence (written
 * with a capital inside a sentence in lower case, in any statement; a place of the gazetteer; in the version diff also
 * its place right after a title, "PRESIDENT ALIYEV", and the persons of these readouts by name: versions/names-after-titles.ts,
 * versions/people.ts; tester 71 F8).
 *
 * Title case is the same fault in a lighter hand: ministries and news sites write headlines, and some wires whole
 * first lines, with every word capitalised ("President Aliyev Receives Phone Call From U.S. Secretary Of State",
 * "Secretary Blinken's Call with Armenian Prime Minister Pashinyan"). titleCaseOf reads a sentence as in title case
 * when, after its first word (capitalised in any style):
 * 1. no word is in lower case but the small words every title-case style may leave so (articles, conjunctions,
 *    prepositions, "to"; the particles of names; title-case-words.ts LOWER_IN_TITLE_CASE). Every style guide
 *    capitalises nouns, verbs, adjectives and pronouns in a title, so one of them in lower case ("spoke", "welcomed")
 *    makes an ordinary sentence, however many names it holds: "Secretary Blinken spoke with Prime Minister Pashinyan
 *    of Armenia" stays ordinary. No share is allowed: a single lower-case verb is the surest sign of ordinary text;
 * 2. at least MIN_TITLE_CASE_CAPITALS words are capitalised: "He Said" is too little to tell;
 * 3. a capital shows itself to be style, not a name: either a closed-class word capitalised ("With", "Of", "From",
 *    "The", "Has"; title-case-words.ts STYLE_CAPITAL_WORDS), which ordinary text writes in lower case inside a sentence
 *    and no name is made of (AP style), or, where a style keeps every small word in lower case (Chicago style: "Call
 *    with"), a capitalised word written in lower case elsewhere in the statements ("call" in a body or another
 *    readout; lowerCaseSaysStyle). Without 3 a line of names and titles ("Prime Minister Pashinyan and Foreign
 *    Minister Mirzoyan") would pass 1 and 2: its capitals are names', so it stays ordinary. Titles and institutions'
 *    words (gazetteer TITLES, ORGANISATION_CUES) are no evidence: ordinary English capitalises them before a name
 *    and writes them in lower case elsewhere ("the prime minister", "the ministry"), and a title-cased name
 *    ("Ministry of Foreign Affairs") is a name.
 * Words in capitals ("U.S.", "OSCE"), of one letter ("A") and numbers vote neither way, as above. Russian and Armenian
 * do not write title case and an ordinary sentence of theirs has a word in lower case that is not an English small
 * word, so rule 1 leaves it ordinary: the rule needs no language tag (the version diff has none at hand), and a
 * line of names in any language passes only by rule 3's evidence. Inside a sentence in title case, as in capitals,
 * a capital says nothing, unless the word is a name by other evidence.
 */

/** A word's letter case (letterCaseAt). */
export const NO_CASE = 0;
/** Its first cased letter is lower case ("welcomed", "iPhone"). */
export const LOWER_CASE = 1;
/** A capital, then a lower-case letter somewhere ("Blinken", "McDONALD"). */
export const CAPITALISED = 2;
/** One cased letter, a capital ("A", "I", "J", "1990S"): votes neither way. */
export const ONE_CAPITAL = 3;
/** Two cased letters or more, all capitals ("WELCOMED", "OSCE", "U.S"). */
export const ALL_CAPITALS = 4;

/**
 * Of a sentence's words with a cased letter (one-letter words aside), this share in capitals makes it a sentence in
 * capitals. Chosen, as diff-versions.ts CASE_STYLE_SHARE for whole versions, to allow a mixed-case word or two in a
 * wire headline ("(Reuters)", "McDONALD'S") and no sentence of ordinary text with a few acronyms in it.
 */
export const IN_CAPITALS_SHARE = 0.8;
/** A sentence in capitals has this many words in capitals at least: one alone is a dateline or an acronym. */
export const MIN_WORDS_IN_CAPITALS = 2;

/**
 * The letter case of text[start, end) (UTF-16 offsets; a word as tokens.ts cuts it): NO_CASE, LOWER_CASE, CAPITALISED,
 * ONE_CAPITAL or ALL_CAPITALS. Reads until the first lower-case letter, which decides; letters outside ASCII are asked
 * their case by toLowerCase/toUpperCase (Cyrillic, Armenian and Greek have case; a letter of a script without case,
 * Arabic or Hebrew, and a digit are no cased letter). Throws nothing.
 */
export function letterCaseAt(text: string, start: number, end: number): number {
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    let upper: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) upper = true;
      else if (code >= 97 && code <= 122) upper = false;
      else continue;
    } else {
      // A surrogate pair's halves have no case; the letters they make (outside the BMP) are rare in the scripts read here.
      const char = text[i];
      const lower = char.toLowerCase();
      if (lower === char.toUpperCase()) continue;
      upper = char !== lower;
    }
    if (!upper) return capitals > 0 ? CAPITALISED : LOWER_CASE;
    capitals++;
  }
  return capitals === 0 ? NO_CASE : capitals === 1 ? ONE_CAPITAL : ALL_CAPITALS;
}

/**
 * Whether the words at `starts[k]`, `ends[k]` of `text`, k in [from, to) (UTF-16 offsets; one sentence's words), make a
 * sentence written in capitals (the file's docstring gives the rule). Stops as soon as the words left cannot make it one
 * (in ordinary text, after a few words in lower case). Throws nothing.
 */
export function wordsInCapitals(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, from = 0, to = starts.length): boolean {
  let inCapitals = 0;
  let others = 0;
  for (let k = from; k < to; k++) {
    const letterCase = letterCaseAt(text, starts[k], ends[k]);
    if (letterCase === ALL_CAPITALS) inCapitals++;
    else if (letterCase === LOWER_CASE || letterCase === CAPITALISED) {
      others++;
      // Even if every word left were in capitals, the share could not be reached.
      if (inCapitals + (to - k - 1) < IN_CAPITALS_SHARE * (inCapitals + (to - k - 1) + others)) return false;
    }
  }
  return inCapitals >= MIN_WORDS_IN_CAPITALS && inCapitals >= IN_CAPITALS_SHARE * (inCapitals + others);
}

/** A sentence in title case capitalises this many words after its first at least: "He Said" is too little to tell. */
export const MIN_TITLE_CASE_CAPITALS = 2;

/** titleCaseOf: not title case (a word in lower case that title case capitalises, or too few capitals). */
export const NOT_TITLE_CASE = 0;
/** titleCaseOf: title case, a capitalised closed-class word says so ("With", "Of"). */
export const TITLE_CASE = 1;
/**
 * titleCaseOf: title case's shape, with no closed-class word capitalised (Chicago style, or a line of names): title
 * case if a capitalised word is written in lower case elsewhere in the statements (lowerCaseSaysStyle).
 */
export const TITLE_CASE_SHAPE = 2;

/**
 * Whether words [from, to) of `text` (`starts`, `ends`: UTF-16 offsets, one sentence's words as tokens.ts cuts them)
 * are in title case, by rules 1 to 3 of the file's docstring as far as the sentence itself tells: NOT_TITLE_CASE,
 * TITLE_CASE, or TITLE_CASE_SHAPE when only a word known in lower case elsewhere can tell. `folded(k)`: word k in
 * lower case as lib/text/fold foldWord gives it, asked only of words in lower case and capitalised words after the
 * first. Stops at the first word in lower case that title case capitalises (in ordinary text, within a few words).
 * Throws nothing.
 */
export function titleCaseOf(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, from: number, to: number, folded: (k: number) => string): number {
  let capitalised = 0;
  let styled = false;
  for (let k = from + 1; k < to; k++) {
    const letterCase = letterCaseAt(text, starts[k], ends[k]);
    if (letterCase === LOWER_CASE) {
      if (!LOWER_IN_TITLE_CASE.has(folded(k))) return NOT_TITLE_CASE;
    } else if (letterCase === CAPITALISED) {
      capitalised++;
      if (!styled) {
        const word = folded(k);
        styled = STYLE_CAPITAL_WORDS.has(word) && !TITLES.has(word);
      }
    }
  }
  if (capitalised < MIN_TITLE_CASE_CAPITALS) return NOT_TITLE_CASE;
  return styled ? TITLE_CASE : TITLE_CASE_SHAPE;
}

/**
 * Whether a capitalised word (folded) of a sentence of TITLE_CASE_SHAPE, when written in lower case elsewhere in the
 * statements, shows the sentence to be in title case (rule 3): any word but a title or an institution's word
 * (gazetteer TITLES, ORGANISATION_CUES), which English capitalises before a name and writes in lower case elsewhere.
 * A possessive "'s" is read off first ("Secretary's"; the fold writes "’" as "'"). Throws nothing.
 */
export function lowerCaseSaysStyle(folded: string): boolean {
  const word = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  return !TITLES.has(word) && !ORGANISATION_CUES.has(word);
}

/**
 * Whether words [from, to) of `text` make a sentence in title case (the file's docstring): titleCaseOf, and for its
 * TITLE_CASE_SHAPE a capitalised word after the first for which `writtenLowerCase(k)` holds (word k is written in
 * lower case elsewhere, in the caller's scope) and lowerCaseSaysStyle. `folded` as for titleCaseOf. Throws nothing.
 */
export function wordsInTitleCase(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  from: number,
  to: number,
  folded: (k: number) => string,
  writtenLowerCase: (k: number) => boolean,
): boolean {
  const shape = titleCaseOf(text, starts, ends, from, to, folded);
  if (shape !== TITLE_CASE_SHAPE) return shape === TITLE_CASE;
  for (let k = from + 1; k < to; k++) {
    if (letterCaseAt(text, starts[k], ends[k]) === CAPITALISED && writtenLowerCase(k) && lowerCaseSaysStyle(folded(k))) return true;
  }
  return false;
}

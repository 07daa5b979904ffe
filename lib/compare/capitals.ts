/**
 * Text written in capitals: where a capital is no evidence of a name (tester 62 F1, F4).
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
 * with a capital inside a sentence in lower case, in any statement; a place of the gazetteer).
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

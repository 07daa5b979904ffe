import { likelyScript, readScripts, scriptOfLetter } from "../../text/language";
import { readingLanguageOf } from "../reading-language";

/**
 * The language the version rules read two versions, and each edit, in (tester 71 F11).
 *
 * The rules of the version diff (sentence cuts, stop words, stems, synonyms, and classify.ts's word lists of negation,
 * modality, scope, tense, titles) read the language tag they are given. A tag says what the submitter believes, the
 * letters what was written: two Russian versions submitted without a tag (read "en", the engine's default) or tagged
 * "en" had "Стороны согласовали" → "Стороны не согласовали" unclassified, since "не" is no English negation; tagged
 * "ru", the same edit is a fact, "negation". The comparison already reads each word of a statement in the language
 * of its script (lib/compare/reading-language.ts readingLanguageOf: Latin letters as English, Cyrillic as Russian,
 * Armenian as Armenian, Greek, Georgian; a language written in both Latin and Cyrillic keeps its tag); the version
 * rules read the same way, at two scales:
 * - versionLanguage: the language of the whole diff is the tag's unless both versions are written in another script
 *   (lib/text/language.ts readScripts, the vote of their letters, which a tag's own script wins from a third of them):
 *   then it is that script's language. Two versions in different scripts are no near-copies; they keep the tag.
 * - editLanguage: an edit whose letters are all in one script that the diff's language does not write (a Russian
 *   sentence quoted in an English readout, and its "не" dropped) is read in that script's language. An edit with a
 *   digit keeps the diff's language (numbers are read in the statement's convention, lib/text/numbers.ts), as
 *   readingLanguageOf keeps it for a word with one.
 */

/** The first letter of `text` in `script` (an ISO 15924 code as lib/text/language.ts scriptOfLetter gives it), lower-cased; "" when none. */
function letterOf(text: string, script: string): string {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code <= 127) {
      if (script === "Latn" && ((code | 32) >= 97 && (code | 32) <= 122)) return text[k].toLowerCase();
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(k)!);
    if (char.length === 2) k++;
    if (/\p{L}/u.test(char) && scriptOfLetter(char) === script) return char.toLowerCase();
  }
  return "";
}

/**
 * The BCP 47 tag the version rules read versions `a` and `b` in, given the tag `language` they were submitted with
 * (any spelling): `language` itself when the letters of both are in its script, or of different scripts, or of none;
 * otherwise the language readingLanguageOf reads a word of their script in ("ru" for Cyrillic, "hy" for Armenian,
 * "en" for Latin, "el", "ka"), or `language` for a script it names no language for. Reads each text's first
 * 4,000 letters (readScripts). Throws nothing.
 */
export function versionLanguage(a: string, b: string, language: string): string {
  const script = readScripts(a, { language }).script;
  if (!script || script === "other" || script === likelyScript(language)) return language;
  if (readScripts(b, { language }).script !== script) return language;
  const letter = letterOf(a, script);
  return letter ? readingLanguageOf(letter, language) : language;
}

/**
 * The BCP 47 tag an edit (`before` → `after`, the two sides' text) is classed in, in a diff read in `language`:
 * readingLanguageOf of the edit's letters taken together, so `language` unless every letter is in one script
 * `language` does not write and no digit is written (then "ru" for Cyrillic, "hy" for Armenian, "en" for Latin…).
 * Pure; throws nothing.
 */
export function editLanguage(before: string, after: string, language: string): string {
  // Most edits are in the diff's own script: its first letter outside it is looked for before anything is joined.
  const declared = likelyScript(language);
  if (declared === "Latn" && isAscii(before) && isAscii(after)) return language;
  return readingLanguageOf(`${before} ${after}`.toLowerCase(), language);
}

/** Whether every UTF-16 unit of `text` is ASCII (a loop over char codes: asked of every edit, cheaper than a pattern). */
function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

import { likelyScript, primaryLanguage, scriptOfLetter } from "../text/language";

/**
 * The language whose matching rules (stop words, stemmer, synonym sets) read a word of a statement.
 *
 * A readout quotes and borrows: a Russian readout quotes the State Department's English sentence word for word, an
 * Armenian one writes "OSCE" or "EU" in Latin letters, an English one quotes a Russian phrase in Cyrillic. Read with
 * its statement's rules, such a word gets none of its own: the Russian stemmer leaves English words whole, no English
 * stop word is dropped, and the quoted sentence no longer matches the very sentence it quotes. The script says which
 * language a word is in far more surely than the tag of the text around it, so:
 * - a word written in the script its statement's language is written in (CLDR likely script of the tag, Intl.Locale
 *   maximize: "ru" → Cyrillic, "hy" → Armenian, "en" → Latin; an explicit script subtag, "sr-Latn", is kept) is read
 *   in the statement's language, as before;
 * - a word wholly in another script with one language of its own here (SCRIPT_LANGUAGES) is read in that language:
 *   Latin letters as English (the engine's default language, and the one readouts of these calls quote), Cyrillic as
 *   Russian, Armenian as Armenian, Greek as Greek, Georgian as Georgian;
 * - everything else keeps the statement's language: a part with a digit or without letters (numbers are read in the
 *   statement's convention, lib/text/numbers.ts), a part mixing scripts, a script several languages share (Arabic,
 *   Han), a tag declaring no script ("xx"), and a language written in both Latin and Cyrillic (BOTH_SCRIPTS: a Serbian
 *   text tagged "sr" in Latin letters is Serbian, not English).
 * The rule is per hyphen-separated part, as terms are ("NATO-Россия" in a Russian text: "NATO" English, "Россия"
 * Russian). Words are folded (lib/text/fold.ts), so look-alike letters are whatever script the writer typed.
 */

/** The language a word wholly in a script is read in when that script is not its statement's (ISO 15924 → BCP 47). */
const SCRIPT_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ["Latn", "en"],
  ["Cyrl", "ru"],
  ["Armn", "hy"],
  ["Grek", "el"],
  ["Geor", "ka"],
]);

/**
 * Languages written in both Latin and Cyrillic letters today, officially or in wide use (a hand list: Serbian,
 * Serbo-Croatian, Bosnian, Montenegrin, Azerbaijani, Uzbek, Kazakh, Turkmen, Tatar, Crimean Tatar, Kurdish): their
 * tag's likely script says nothing about a word's language, so every Latin or Cyrillic word of theirs is their own.
 */
const BOTH_SCRIPTS: ReadonlySet<string> = new Set(["sr", "sh", "bs", "cnr", "az", "uz", "kk", "tk", "tt", "crh", "ku"]);

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
// scriptOf's answer for a part that mixes scripts.
const MIXED = "mixed";

/** The script of a part's letters (lib/text/language scriptOfLetter: "Latn", "Cyrl"…, "other"), MIXED when they are of several, "" with none. */
function scriptOf(part: string): string {
  let script = "";
  for (let k = 0; k < part.length; k++) {
    const code = part.charCodeAt(k);
    let here: string;
    if ((code | 32) >= 97 && (code | 32) <= 122) here = "Latn";
    else if (code <= 127) continue;
    else {
      const char = String.fromCodePoint(part.codePointAt(k)!);
      if (char.length === 2) k++;
      if (!LETTER.test(char)) continue;
      here = scriptOfLetter(char);
    }
    if (script && here !== script) return MIXED;
    script = here;
  }
  return script;
}

/**
 * The language (a BCP 47 tag: `language` itself, or a SCRIPT_LANGUAGES primary subtag) whose rules read `part`, one
 * hyphen-free piece of a folded word, in a statement tagged `language` (any spelling). Pure; throws nothing. Callers
 * ask once per distinct word and language (lib/compare/lexicon.ts caches terms per word id).
 */
export function readingLanguageOf(part: string, language: string): string {
  if (DIGIT.test(part)) return language;
  const script = scriptOf(part);
  if (!script || script === MIXED) return language;
  const primary = primaryLanguage(language);
  const declared = likelyScript(language);
  if (declared === undefined || declared === script) return language;
  if (BOTH_SCRIPTS.has(primary) && (script === "Latn" || script === "Cyrl")) return language;
  const reading = SCRIPT_LANGUAGES.get(script);
  return reading === undefined || reading === primary ? language : reading;
}

/**
 * The reading language of each hyphen-separated part of a folded word (`word.split("-")`, in order) in a statement
 * tagged `language`, or null when every part is read in `language` (the common case: no array is made). Throws nothing.
 */
export function partReadings(word: string, language: string): string[] | null {
  if (!word.includes("-")) {
    const reading = readingLanguageOf(word, language);
    return reading === language ? null : [reading];
  }
  const parts = word.split("-");
  const readings = parts.map((part) => readingLanguageOf(part, language));
  return readings.every((reading) => reading === language) ? null : readings;
}

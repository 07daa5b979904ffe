import { foldWord } from "../../text/fold";
import { caseOfEnding, type RussianCase } from "../russian-name-case";

/**
 * A person's name as a speaker's name — in the nominative — from the case the text introduces it in: "президенту
 * Азербайджана Ильхаму Алиеву" → "Ильхам Алиев", "с Ильхамом Алиевым" → "Ильхам Алиев", "Ադրբեջանի նախագահ Իլհամ
 * Ալիևին" → "Իլհամ Ալիև". A name kept in an oblique case is matched to no statement (speakerSide compares surnames)
 * and its quotation gets a verdict as if its speaker had none (tester T1, session 16). Null when the case cannot be
 * read: a wrong name is worse than none.
 */

// Letters after which a Russian masculine soft stem drops its soft sign or й: "Игоря" → "Игорь", "Николая" → "Николай".
const RU_VOWEL = /[аеёиоуыэюя]$/u;
// Hissing consonants take -ем for a hard stem's -ом ("Лукашем" is "Лукаш"): no soft sign is restored after them.
const RU_HISSING = /[жшчщц]$/u;
// A Russian name that does not decline: a foreign name ending in -и, -о, -э ("Энтони", "Франко").
const RU_INDECLINABLE = /[иоэ]$/u;

/** Whether a Russian name does not decline (RU_INDECLINABLE on its fold): it reads as any case and tells none. */
export function isIndeclinableRussianName(word: string): boolean {
  return RU_INDECLINABLE.test(foldWord(word));
}
// Endings of the instrumental of the -ов/-ин surnames ("Алиевым", "Путиным"; A. Wade, A Comprehensive Russian
// Grammar, 3rd ed., 2011, §92), which take the adjective's -ым where nouns take -ом.
const RU_SURNAME_INSTRUMENTAL = /(?:ов|ев|ёв|ин|ын)ым$/u;

/**
 * The case of a Russian title word ("президенту" → dative, "госсекретарь" → nominative) from its ending after
 * `stem` (the word's fold), by russian-name-case.ts caseOfEnding; the feminine "глава" by its own endings (Wade 2011:
 * -а nominative, -ы genitive, -у accusative, which a masculine name after it shows as the genitive's -а, -ой
 * instrumental; its -е is dative or prepositional and is not read). Null when the ending is none of these.
 */
export function russianTitleCase(word: string, stem: string): RussianCase | null {
  const lower = foldWord(word);
  if (!lower.startsWith(stem)) return null;
  const ending = lower.slice(stem.length);
  if (stem === "глав") return ({ а: "nom", ы: "gen", у: "gen", ой: "ins" } as Record<string, RussianCase>)[ending] ?? null;
  return caseOfEnding(ending);
}

/** One word of a Russian masculine name in `grammaticalCase`, put in the nominative; null when it does not end so. */
function russianNominative(word: string, grammaticalCase: RussianCase): string | null {
  if (grammaticalCase === "nom") return word;
  const lower = foldWord(word);
  const restore = (cut: number) => word.slice(0, word.length - cut);
  const soft = (cut: number) => {
    const stem = word.slice(0, word.length - cut);
    if (RU_VOWEL.test(stem)) return `${stem}й`;
    return RU_HISSING.test(stem) ? stem : `${stem}ь`;
  };
  switch (grammaticalCase) {
    case "gen":
      if (lower.endsWith("а")) return restore(1);
      if (lower.endsWith("я")) return soft(1);
      break;
    case "dat":
      if (lower.endsWith("у")) return restore(1);
      if (lower.endsWith("ю")) return soft(1);
      break;
    case "ins":
      if (RU_SURNAME_INSTRUMENTAL.test(lower)) return word.slice(0, -2);
      if (lower.endsWith("ом")) return word.slice(0, -2);
      if (lower.endsWith("ем") || lower.endsWith("ём")) return soft(2);
      break;
    case "pre":
      if (lower.endsWith("е") && !RU_VOWEL.test(lower.slice(0, -1))) return word.slice(0, -1);
      break;
  }
  // A foreign name that does not decline keeps its form in every case; any other form is not this case's.
  return RU_INDECLINABLE.test(lower) ? word : null;
}

/**
 * One word of a Russian feminine name in `grammaticalCase` ("gen" also reads the accusative, as the masculine
 * animate accusative is the genitive), put in the nominative; null when it does not end so (Wade 2011, the
 * declension of feminine nouns in -а/-я, -ия, -ья and of the adjectival surnames in -ова/-ева/-ина, -ская):
 *   - surnames: -ой (genitive, dative, instrumental, prepositional) → -а ("Захаровой" → "Захарова"), -ской/-цкой →
 *     -ская/-цкая, and the accusative -у → -а, -ую → -ая;
 *   - given names: genitive -ы → -а ("Анны"), -и → -а after к, г, х and the hissing consonants ("Ольги"), else -я
 *     ("Тани"), -ии → -ия ("Марии"), -ьи → -ья; accusative -у → -а, -ю → -я ("Марию"); dative and prepositional -ии →
 *     -ия, -ье → -ья (a consonant and -е may be -а or -я: not read); instrumental -ей → -я ("Марией"), -ой → -а;
 *   - a word ending in a consonant, a woman's given name that does not decline ("Мехрибан"), as it is.
 */
function russianFeminineNominative(word: string, grammaticalCase: RussianCase): string | null {
  if (grammaticalCase === "nom") return word;
  const lower = foldWord(word);
  const swap = (cut: number, ending: string) => word.slice(0, word.length - cut) + ending;
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(lower)) return word;
  if (/(?:ск|цк)ой$/u.test(lower)) return swap(2, "ая");
  if (lower.endsWith("ой")) return lower.length > 4 || grammaticalCase === "ins" ? swap(2, "а") : null;
  switch (grammaticalCase) {
    case "gen":
      if (/(?:ск|цк)ую$/u.test(lower)) return swap(2, "ая");
      if (lower.endsWith("ии")) return swap(1, "я");
      if (lower.endsWith("ьи")) return swap(1, "я");
      if (lower.endsWith("у")) return swap(1, "а");
      if (lower.endsWith("ю")) return swap(1, "я");
      if (lower.endsWith("ы")) return swap(1, "а");
      if (lower.endsWith("и")) return /[кгхжшчщ]и$/u.test(lower) ? swap(1, "а") : swap(1, "я");
      return null;
    case "dat":
    case "pre":
      if (lower.endsWith("ии")) return swap(1, "я");
      if (lower.endsWith("ье")) return swap(1, "я");
      return null;
    case "ins":
      if (lower.endsWith("ей")) return swap(2, "я");
      return null;
  }
}

/**
 * A Russian name (its words as written) in the nominative, given the case of the title or preposition introducing it
 * (russianTitleCase: a title and the name after it or in apposition agree in case; "по словам" takes the genitive).
 * Read as a man's name (russianNominative) first, then as a woman's (russianFeminineNominative: "Марии Захаровой" →
 * "Мария Захарова", tester T4 F7), every word in one declension; a woman's reading needs a word that declines, so
 * that a masculine form is never taken for a woman's. Null when neither reads every word, or the case is unknown.
 */
export function russianNominativeName(words: readonly string[], grammaticalCase: RussianCase | null): string | null {
  if (grammaticalCase === null) return null;
  const read = (nominative: (word: string, grammaticalCase: RussianCase) => string | null): string | null => {
    const out: string[] = [];
    for (const word of words) {
      const form = nominative(word, grammaticalCase);
      if (form === null) return null;
      out.push(form);
    }
    return out.join(" ");
  };
  const masculine = read(russianNominative);
  if (masculine !== null || grammaticalCase === "nom") return masculine;
  const feminine = read(russianFeminineNominative);
  return feminine !== null && feminine !== words.join(" ") ? feminine : null;
}

// Armenian case endings of a noun phrase, carried by its last word (a name's first names do not decline): the
// ablative -ից, dative -ին, locative -ում, genitive -ի, and the definite article -ը of the nominative (A. Dum-Tragut,
// Armenian: Modern Eastern Armenian, 2009, ch. 2). Not the instrumental -ով, which ends surnames too ("Բայրամով"), nor
// the article -ն after a vowel ("Մակրոն" ends so). Longest first.
const HY_CASE_ENDINGS = ["ից", "ին", "ում", "ի"];
// What a surname ends in before a case ending: Armenian -յան(ց), the Russian and Azerbaijani -ով/-և/-ին (and their
// feminines), Ukrainian -ենկո, Georgian -ձե/-շվիլի, Polish -սկի. "Պուտին" or "Գարիբաշվիլի" without a case ending
// would otherwise read as one: a name whose ending could be either is not read.
const HY_SURNAME_FINAL = /(?:յան|յանց|և|եւ|ով|ովա|ևա|ին|ինա|ենկո|ձե|շվիլի|սկի)$/u;

/**
 * An Armenian name (its words as written) in the nominative without its article: the article -ը cut, or a case
 * ending cut where a surname's final is left ("Իլհամ Ալիևին" → "Իլհամ Ալիև", "Փաշինյանի" → "Փաշինյան", "Բլինքենը" →
 * "Բլինքեն"); a word with neither is kept ("Իլհամ Ալիև"). Null when the last word ends as a case ending after
 * anything but a surname's final ("Բլինքենին": Blinken's final is not read; "Պուտին": Putin or a case of "Պուտ").
 */
export function armenianNominativeName(words: readonly string[]): string | null {
  if (!words.length) return null;
  const last = words[words.length - 1];
  const lower = foldWord(last);
  const head = words.slice(0, -1);
  if (lower.endsWith("ը")) return lower.length > 3 ? head.concat([last.slice(0, -1)]).join(" ") : null;
  const ending = HY_CASE_ENDINGS.find((candidate) => lower.endsWith(candidate));
  if (!ending) return words.join(" ");
  const stem = lower.slice(0, lower.length - ending.length);
  if (stem.length < 3 || !HY_SURNAME_FINAL.test(stem)) return null;
  return head.concat([last.slice(0, last.length - ending.length)]).join(" ");
}

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
 * A Russian name (its words as written) in the nominative, given the case of the title introducing it
 * (russianTitleCase: a title and the name after it or in apposition agree in case). Null when any word does not end
 * as a masculine name in that case ("Мехрибан Алиевой": a feminine name is not read) or the case is unknown.
 */
export function russianNominativeName(words: readonly string[], grammaticalCase: RussianCase | null): string | null {
  if (grammaticalCase === null) return null;
  const out: string[] = [];
  for (const word of words) {
    const nominative = russianNominative(word, grammaticalCase);
    if (nominative === null) return null;
    out.push(nominative);
  }
  return out.join(" ");
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

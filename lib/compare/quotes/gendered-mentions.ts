import type { Antecedent } from "./antecedents";
import { GENDERED_TITLES_EN, type Gender, nameGender } from "./gender";
import { russianNominativeName } from "./name-case";

/**
 * The people a stretch of text names with a title or honorific that states their gender (gender.ts GENDERED_TITLES_EN:
 * "spokeswoman Jane Doe", "Ms. Roe", "Mr. Blinken"; Russian "госпожа Захарова", "г-н Лавров"), wherever they stand —
 * subject or object ("Pashinyan met spokeswoman Jane Doe"). For the pronoun rule (antecedents.ts agreeingAntecedent):
 * a person of a pronoun's gender the text states is a rival to a nearer person of unknown gender. In the text's
 * order; `stated` is the title's gender. Pure; linear in the text's length.
 */
export function genderedMentions(text: string): Antecedent[] {
  const found: Antecedent[] = [];
  for (const match of text.matchAll(GENDERED_MENTION)) {
    const gender = genderOfTitle(match[1]);
    if (gender) found.push({ name: match[2], stated: gender });
  }
  return found;
}

/**
 * The people a stretch of English text names in full — a given name and a surname, with or without a title — whose
 * name tells their gender (gender.ts nameGender: the given-name lexicon, a Slavic surname's ending), wherever they
 * stand: subject, object, after a preposition ("Blinken met Jane Doe", "spoke with Maria Zakharova"). For the pronoun
 * rule (antecedents.ts agreeingAntecedent), as genderedMentions' are: a person of a pronoun's gender by name is a
 * rival to a nearer person of unknown gender, and a man of unknown gender is never taken for "she" past a woman the
 * text names (session 18, tester T6 F1). A bare surname as an object ("Blinken called Aliyev") is no rival: the
 * principals of a readout are named so throughout, a subject before them is the one its pronoun continues (centering:
 * a subject before an object), and a full name is what introduces another person. `stated`: null (the name is a
 * likelihood; agreeingAntecedent reads it with personGender). The name is the last two words of a run of capitalised
 * words ("Spokeswoman Maria Zakharova" → "Maria Zakharova"), read only when they tell a gender. Russian objects stand
 * in an oblique case, whose surname's ending tells the gender as the nominative's does (surname-gender.ts; Wade 2011,
 * the declension of surnames): the feminine -овой/-евой (genitive, dative, instrumental, prepositional of -ова: "с
 * Захаровой", "Марии Захаровой"), the masculine instrumental -овым/-евым/-иным ("с Алиевым"); a surname alone will
 * do, and it is given in the nominative (name-case.ts russianNominativeName: "с Марией Захаровой" → "Мария
 * Захарова"). Not -иной, which "Украиной" ends in, nor the -ова, -ову a man's genitive and dative share with a woman's
 * nominative and accusative. Pure; linear.
 */
export function namedMentions(text: string): Antecedent[] {
  const found: Antecedent[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/u);
    const name = words.slice(-2).join(" ");
    if (nameGender(name) !== null) found.push({ name, stated: null });
  }
  for (const match of text.matchAll(RU_OBLIQUE_SURNAME)) {
    const words = match[0].split(/\s+/u);
    const cases = match[0].endsWith("ым") ? (["ins"] as const) : (["gen", "dat", "ins", "pre"] as const);
    // A given name before the surname in another case is not the bearer's ("Марии Захаровой" reads; "Ильхаму Захаровой" not).
    for (const names of words.length > 1 ? [words, words.slice(-1)] : [words]) {
      const nominative = cases.map((grammaticalCase) => russianNominativeName(names, grammaticalCase)).find((name) => name !== null);
      if (nominative) {
        found.push({ name: nominative, stated: null });
        break;
      }
    }
  }
  return found;
}

// A Russian surname in an oblique case that tells its bearer's gender, maybe after a given name (namedMentions).
const RU_OBLIQUE_SURNAME = /(?<![\p{L}’'-])(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}{2,}(?:(?:ов|ев|ёв)(?:ой|ым)|(?:ин|ын)ым)(?![\p{L}’'-])/gu;

// Two to four capitalised words ("Jane Doe", "Secretary Antony Blinken"), not a word's middle.
const CAPITALISED_RUN = /(?<![\p{L}’'-])\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,3}(?![\p{L}’'-])/gu;

const RU_TITLES: Readonly<Record<Gender, readonly string[]>> = {
  female: ["госпожа", "госпожи", "госпоже", "госпожу", "госпожой", "г-жа", "г-жи", "г-же", "г-жу", "г-жой"],
  male: ["господин", "господина", "господину", "господином", "г-н", "г-на", "г-ну", "г-ном"],
};

function genderOfTitle(title: string): Gender | null {
  const word = title.toLocaleLowerCase("ru").replace(/\.$/u, "");
  for (const gender of ["female", "male"] as const) if (GENDERED_TITLES_EN[gender].includes(word) || RU_TITLES[gender].includes(word)) return gender;
  return null;
}

const capitalisedEither = (word: string) => `[${word[0]}${word[0].toLocaleUpperCase("ru")}]${word.slice(1).replace(/\./gu, "\\.")}`;
const TITLES = [GENDERED_TITLES_EN.female, GENDERED_TITLES_EN.male, RU_TITLES.female, RU_TITLES.male]
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(capitalisedEither)
  .join("|");
// A title word (its abbreviation's dot optional), then one to three capitalised words: the name.
const GENDERED_MENTION = new RegExp(`(?<![\\p{L}-])(${TITLES})\\.?\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})`, "gu");

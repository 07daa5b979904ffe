import type { Antecedent } from "./antecedents";
import { GENDERED_TITLES_EN, type Gender } from "./gender";

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

import { primaryLanguage } from "../text/language";

/**
 * Personal pronouns as parties of an act, with the case each form is in: "He thanked Aliyev" → "Aliyev thanked him"
 * tells the roles the other way round, and "he" and "him" are one party in two cases. Read by roles.ts (UnitRoles,
 * where a caller asks for pronouns) and by the version diff's role swaps (versions/role-swaps.ts).
 *
 * Nominative and object forms of the English personal pronouns (CGEL ch. 5 § 8.2: I/me, we/us, he/him, she/her,
 * they/them; "her" is also the possessive determiner, read here as the object) and of the Russian ones (Wade 2011,
 * §§ 121–123: он/его/ему, она/её/ей, они/их/им, мы/нас/нам, я/меня/мне, with the н- forms after a preposition).
 * Forms whose case is ambiguous between the two readings are left out ("им": instrumental of "он", dative of "они";
 * "ним"), and so are the possessives ("his", "their", "its"), which name no party of the act.
 */

/** The case of a pronoun form: the subject's ("he") or an object's ("him", "ему"). */
export type PronounCase = "nom" | "obj";

/** One pronoun form: `key`, the same for all forms of one pronoun (its nominative), and the form's case. */
export interface PronounForm {
  key: string;
  case: PronounCase;
}

/** Folded form → [nominative, case], per primary language (BCP 47 primary subtag). */
const FORMS: Readonly<Record<string, ReadonlyMap<string, PronounForm>>> = {
  en: table([
    ["he", "him"],
    ["she", "her"],
    ["they", "them"],
    ["we", "us"],
    ["i", "me"],
  ]),
  ru: table([
    ["он", "его него ему нему"],
    // ё folds to е (lib/text/fold.ts): "её" is read as "ее".
    ["она", "ее нее ей ней"],
    ["они", "их них"],
    ["мы", "нас нам"],
    ["я", "меня мне"],
  ]),
};

function table(rows: [string, string][]): ReadonlyMap<string, PronounForm> {
  const forms = new Map<string, PronounForm>();
  for (const [nominative, objects] of rows) {
    forms.set(nominative, { key: nominative, case: "nom" });
    for (const form of objects.split(" ")) forms.set(form, { key: nominative, case: "obj" });
  }
  return forms;
}

/**
 * The personal pronoun a folded word (lower case, lib/text/fold.ts) is in `language` (a BCP 47 tag), with its case;
 * null for any other word, and for every word of a language without a table here (English and Russian have one).
 */
export function pronounForm(folded: string, language: string): PronounForm | null {
  return FORMS[primaryLanguage(language)]?.get(folded) ?? null;
}

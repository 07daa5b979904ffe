import { pronounForm } from "../pronoun-cases";
import { nominativeKey, objectKey } from "../russian-name-case";

/** The case a party's word shows by its shape (a pronoun's form, a Russian name's ending), for the role-swap pass (role-swaps.ts). */

/**
 * The case a folded word's shape tells: 1 a subject's (a personal pronoun's nominative, pronoun-cases.ts; a Russian
 * masculine nominative, russian-name-case.ts nominativeKey), 2 an object's (a pronoun's object form; objectKey's
 * genitive, accusative or dative), 0 neither.
 */
export function caseShape(form: string, language: string): 0 | 1 | 2 {
  const pronoun = pronounForm(form, language);
  if (pronoun) return pronoun.case === "nom" ? 1 : 2;
  return nominativeKey(form) !== null ? 1 : objectKey(form) !== null ? 2 : 0;
}

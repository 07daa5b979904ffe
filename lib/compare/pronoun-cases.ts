import { foldWord } from "../text/fold";
import { primaryLanguage } from "../text/language";

/**
 * Personal pronouns as parties of an act, with the case each form is in: "He thanked Aliyev" → "Aliyev thanked him"
 * tells the roles the other way round, and "he" and "him" are one party in two cases. Read by roles.ts (UnitRoles,
 * where a caller asks for pronouns) and by the version diff's role swaps (versions/role-swaps.ts); the words of every
 * pronoun here, cased or not, by lead-ins (lead-in-parties.ts), which set the parties a lead-in names aside. The one
 * list of pronouns in lib/compare.
 *
 * The case table (pronounForm): nominative and object forms of the English personal pronouns (CGEL ch. 5 § 8.2: I/me,
 * we/us, he/him, she/her, they/them; "her" is also the possessive determiner, read here as the object) and of the
 * Russian ones (Wade 2011, §§ 121–123: он/его/ему, она/её/ей, они/их/им, мы/нас/нам, я/меня/мне, with the н- forms
 * after a preposition). Forms whose case is ambiguous between the two readings are left out of it ("им": instrumental
 * of "он", dative of "они"; "ним"), and so are the possessives ("his", "their", "its"), which name no party of the act,
 * and the second person ("you" is one form in both cases); they are among the uncased words (UNCASED).
 */

/** The case of a pronoun form: the subject's ("he") or an object's ("him", "ему"). */
export type PronounCase = "nom" | "obj";

/** One pronoun form: `key`, the same for all forms of one pronoun (its nominative), and the form's case. */
export interface PronounForm {
  key: string;
  case: PronounCase;
}

/** Per primary language (BCP 47 primary subtag): rows of a nominative and its object forms, in lower case as written. */
const CASED: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  en: [
    ["he", "him"],
    ["she", "her"],
    ["they", "them"],
    ["we", "us"],
    ["i", "me"],
  ],
  ru: [
    ["он", "его него ему нему"],
    ["она", "её неё ей ней"],
    ["они", "их них"],
    ["мы", "нас нам"],
    ["я", "меня мне"],
  ],
};

/**
 * Pronouns that stand for a party with no case read here, in lower case as written: English "you" and the
 * possessives (CGEL ch. 5 § 8.2), Russian "им" and "ним" (above) and the second person "вы"/"вам" (Wade 2011, §§ 121–123),
 * and Armenian personal pronouns (Dum-Tragut 2009, personal pronouns: նա, նրանք, մենք, ես, իրենք, and other persons'
 * and cases' forms: նրան, նրանց, մեզ, ինձ, դուք, իր, իրենց), whose cases no table here reads. `subjects`: the first and
 * third persons' nominatives among them.
 */
const UNCASED: readonly { subjects: string; others: string }[] = [
  { subjects: "", others: "you his their its our my your" },
  { subjects: "", others: "им ним вам вы" },
  { subjects: "նա նրանք մենք ես իրենք", others: "նրան նրանց մեզ ինձ դուք իր իրենց" },
];

/** Folded form → its pronoun and case, per primary language. */
const FORMS: Readonly<Record<string, ReadonlyMap<string, PronounForm>>> = Object.fromEntries(Object.entries(CASED).map(([language, rows]) => [language, table(rows)]));

function table(rows: readonly (readonly [string, string])[]): ReadonlyMap<string, PronounForm> {
  const forms = new Map<string, PronounForm>();
  for (const [nominative, objects] of rows) {
    forms.set(nominative, { key: nominative, case: "nom" });
    // ё folds to е (lib/text/fold.ts): "её" is read as "ее".
    for (const form of objects.split(" ")) forms.set(foldWord(form), { key: nominative, case: "obj" });
  }
  return forms;
}

/** A written form and, where the fold differs ("её" → "ее"), its folded form. */
function spellings(written: string): string[] {
  const folded = foldWord(written);
  return folded === written ? [written] : [written, folded];
}

/** The words of a space-separated list with their folded spellings (spellings). */
function wordsOf(list: string): string[] {
  return list ? list.split(" ").flatMap(spellings) : [];
}

/**
 * Subject pronouns: the nominatives of the first and third persons in English, Russian and Armenian ("he", "они",
 * "նա"), in lower case as written and folded. Not the second person's ("you", "вы", "դուք").
 */
export const SUBJECT_PRONOUN_WORDS: ReadonlySet<string> = new Set(
  Object.values(CASED)
    .flatMap((rows) => rows.map(([nominative]) => nominative))
    .concat(UNCASED.flatMap((entry) => wordsOf(entry.subjects))),
);

/**
 * Every pronoun word here, in lower case as written and folded: the case table's forms (nominative and object) and the
 * uncased words (UNCASED: possessives, the second person, forms of an ambiguous case, Armenian's).
 */
export const PRONOUN_WORDS: ReadonlySet<string> = new Set(
  Array.from(SUBJECT_PRONOUN_WORDS)
    .concat(Object.values(CASED).flatMap((rows) => rows.flatMap(([, objects]) => wordsOf(objects))))
    .concat(UNCASED.flatMap((entry) => wordsOf(entry.others))),
);

/**
 * The personal pronoun a folded word (lower case, lib/text/fold.ts) is in `language` (a BCP 47 tag), with its case;
 * null for any other word, and for every word of a language without a table here (English and Russian have one).
 */
export function pronounForm(folded: string, language: string): PronounForm | null {
  return FORMS[primaryLanguage(language)]?.get(folded) ?? null;
}

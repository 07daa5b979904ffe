// Russian masculine case endings, the one reading of them for the engine: the case a name is in, as evidence of its
// role in the sentence (roles.ts: nominativeKey, objectKey), and the case a title is in and whether the word after it
// ends as a name in that case, for the version diff's title slot (versions/names-after-titles.ts: caseOfEnding,
// endsAsSurname, endsInObliqueCase).
//
// The case a Russian name is in, read from its ending, as evidence of its role in the sentence (roles.ts). The
// engine's stems cannot tell the cases apart, nor even join them: its Russian stemmer reads the nominative "Алиев" as
// "ал" and the accusative "Алиева" as "алиев", "Лавров" as "лавр" and "Лаврова" as "лавров", and "Блинкен" and
// "Блинкена" alike. So roles are read from the folded word as written (lower case, ё as е), and names are keyed by
// the word without its case ending, which makes "алиев" of both "Алиев" and "Алиеву".
//
// Only the masculine, consonant-stem declension is read, the one of the surnames and titles in readouts of calls
// (Блинкен, Пашинян, Алиев, Путин, Лавров; президент, госсекретарь): nominative with no ending (or ь, й); genitive and
// accusative in -а/-я, dative in -у/-ю, instrumental in -ом/-ем/-ым/-им, prepositional in -е (the singular endings of
// masculine nouns and of the -ов/-ин surnames; T. Wade, A Comprehensive Russian Grammar, 3rd ed., 2011). A word in any
// other shape (a feminine "Армения", an indeclinable name, an instrumental, a nominative the endings make ambiguous,
// "Андрей" like "Марией") is read as no evidence, so its sentence has no roles: a missed reading, never a wrong one.

/** Final letters of a consonant-stem noun with no ending: the nominative (and inanimate accusative). */
const NO_ENDING = /[бвгджзклмнпрстфхцчшщ]$/;
/** Endings of the instrumental singular (-ом, -ем, -ым, -им) and of the feminine -ой/-ей: never a masculine nominative. */
const NOT_NOMINATIVE = /(?:ом|ем|ым|им|ой|ей)$/;
/** Endings of the genitive or accusative (-а, -я) and the dative (-у, -ю) singular: the case of a verb's object. */
const OBJECT_ENDING = /[аяую]$/;

/**
 * Key of a folded Russian word (lower case, ё as е) when it has the shape of a masculine consonant-stem nominative
 * ("блинкен", "алиев", "госсекретарь", "николай"): the word without a final ь or й, to compare with objectKey's.
 * null for any other shape ("алиева", "пашиняном", "армения", "андрей", which ends like an instrumental).
 */
export function nominativeKey(word: string): string | null {
  if (NOT_NOMINATIVE.test(word)) return null;
  if (NO_ENDING.test(word)) return word;
  return /[ьй]$/.test(word) && word.length > 1 ? word.slice(0, -1) : null;
}

/**
 * Key of a folded Russian word in the shape of a masculine genitive, accusative or dative singular ("пашиняна",
 * "алиеву", "госсекретаря", "николая"): the word without that ending, equal to nominativeKey of the word's
 * nominative ("пашинян", "алиев", "госсекретар", "никола"). null for any other shape. A feminine nominative in -а/-я
 * has this shape too; roles.ts reads it only after the verb, where the masculine subject before the verb is the
 * nominative.
 */
export function objectKey(word: string): string | null {
  return OBJECT_ENDING.test(word) && word.length > 2 ? word.slice(0, -1) : null;
}

/** A Russian case of the masculine singular: nominative, genitive (and animate accusative), dative, instrumental, prepositional. */
export type RussianCase = "nom" | "gen" | "dat" | "ins" | "pre";

/** A masculine noun's case by its ending after the stem (Wade 2011): "" and "ь" nominative, -а/-я genitive, -у/-ю dative, -ом/-ем/-ём instrumental, -е prepositional. */
const CASE_OF_ENDING: Readonly<Record<string, RussianCase>> = { "": "nom", ь: "nom", а: "gen", я: "gen", у: "dat", ю: "dat", ом: "ins", ем: "ins", ём: "ins", е: "pre" };

/**
 * How a word in each oblique case ends, for the declensions of surnames and nouns (Wade 2011). Broader than
 * objectKey's shape where it needs to be (the instrumental of the -ов/-ин surnames, -ым/-им) and narrower where the
 * slot after a title allows (the genitive is not the past tense's -ла, -ло, -ли: "президента поддержала партия").
 */
const OBLIQUE_FINALS: Readonly<Record<Exclude<RussianCase, "nom">, RegExp>> = {
  gen: /(?<!л)[ая]$/u,
  dat: /[ую]$/u,
  ins: /(?:ым|им|ом|ем|ём)$/u,
  pre: /е$/u,
};

/** The endings of Russian surnames in the nominative (Unbegaun, *Russian Surnames*, 1972: -ов/-ев, -ин/-ын, -ский; Armenian -ян/-янц, Georgian -швили/-дзе, Ukrainian -енко). */
const SURNAME_FINAL = /(?:ов|ев|ёв|ин|ын|ян|янц|швили|дзе|енко|ский|цкий)$/u;

/** The case a masculine noun's ending (what follows its stem, e.g. title-words.ts titleEnding) marks, or null for another ending. */
export function caseOfEnding(ending: string): RussianCase | null {
  return Object.hasOwn(CASE_OF_ENDING, ending) ? CASE_OF_ENDING[ending] : null;
}

/** Whether a folded Russian word ends as a surname in the nominative does ("алиев", "пашинян"; SURNAME_FINAL). */
export function endsAsSurname(word: string): boolean {
  return SURNAME_FINAL.test(word);
}

/** Whether a folded Russian word ends as a surname or noun in the oblique case `grammaticalCase` does ("алиева": gen; "алиевым": ins). */
export function endsInObliqueCase(word: string, grammaticalCase: Exclude<RussianCase, "nom">): boolean {
  return OBLIQUE_FINALS[grammaticalCase].test(word);
}

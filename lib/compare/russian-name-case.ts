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

import { primaryLanguage } from "../../text/language";

/**
 * Whether a thing has happened, is happening or is still to come:
 * - aspect adverbs that say so ("already", "still", "yet", "no more"; CGEL ch. 8 § 7, the aspectual adverbs; Russian
 *   уже, всё ещё, пока; Armenian արդեն, դեռ, դեռևս): added, dropped or swapped, a fact, "tense";
 * - Russian verbs of one stem in the past (the -л- forms: "состоялась", "подписали") and in the non-past (a perfective
 *   non-past is the future: "состоится", "подпишут"; Wade 2011, the chapters on tense and aspect). Russian has no
 *   auxiliary to mark the future of a perfective verb, so the inflection rule alone would call "will take place" →
 *   "took place" wording.
 */
const ASPECT_WORDS = new Set("already still yet anymore уже пока ещё еще արդեն դեռ դեռևս".split(" "));

export function isAspectWord(key: string): boolean {
  return ASPECT_WORDS.has(key);
}

const RUSSIAN_PAST = /(?:л|ла|ло|ли)(?:ся|сь)?$/u;
const RUSSIAN_NON_PAST = /(?:ет|ит|ут|ют|ат|ят|ем|им|ете|ите)(?:ся|сь)?$/u;

/** Whether two Russian verb forms of one stem differ in tense (one past, one non-past). */
export function changesTense(x: string, y: string, language: string): boolean {
  if (primaryLanguage(language) !== "ru") return false;
  const pastX = RUSSIAN_PAST.test(x);
  const pastY = RUSSIAN_PAST.test(y);
  return (pastX && !pastY && RUSSIAN_NON_PAST.test(y)) || (pastY && !pastX && RUSSIAN_NON_PAST.test(x));
}

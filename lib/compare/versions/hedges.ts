import { primaryLanguage } from "../../text/language";

/**
 * Words that weaken, hedge or source what a sentence asserts; adding, dropping or swapping one changes the claim:
 * - evidentials, which say the speaker has the claim from others ("allegedly", "reportedly"): a fact, "modality"
 *   (Palmer, *Mood and Modality*, 2nd ed., 2001, ch. 2, evidential modality; Russian якобы, по-видимому and
 *   Armenian իբր, իբրև թե after Wade and Dum-Tragut's parenthetical words of source);
 * - approximate negators ("hardly", "scarcely", "barely", "seldom", "rarely"; CGEL ch. 9 § 3.3; Russian едва, вряд,
 *   редко, Armenian հազվադեպ "rarely"): a fact, "negation";
 * - approximators of a number ("approximately", "exactly", "roughly", "precisely"; CGEL ch. 5 § 12, the
 *   approximating and exactness modifiers of numerals): a fact, "number". "about", "around", "some", "over" are
 *   left out: each is a preposition or determiner as well.
 * Words folded (lib/text/fold foldWord).
 */
const EVIDENTIALS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["en", new Set("allegedly reportedly reputedly purportedly supposedly apparently ostensibly seemingly alleged reported purported".split(" "))],
  ["ru", new Set("якобы по-видимому предположительно видимо вроде будто".split(" "))],
  ["hy", new Set("իբր իբրև".split(" "))],
]);
const ENGLISH_EVIDENTIALS = EVIDENTIALS.get("en")!;
const APPROXIMATE_NEGATORS = new Set("hardly scarcely barely seldom rarely едва вряд редко հազվադեպ".split(" "));
/**
 * Approximators of a round number that say the same before it ("about 40", "some 40", "around 40", "roughly 40",
 * "approximately 40"; CGEL ch. 5 § 12): one swapped for another before a number is wording. "nearly", "almost",
 * "over", "exactly" are other relations and stay facts.
 */
const ROUND_APPROXIMATORS = [new Set("about around some roughly approximately circa approx c. ~".split(" ")), new Set("около примерно приблизительно порядка".split(" ")), new Set("մոտ մոտավորապես շուրջ".split(" "))];

/** Whether two different folded words are approximators of a round number of one language that say the same ("about" / "some"). */
export function areSameApproximation(x: string, y: string): boolean {
  return x !== y && ROUND_APPROXIMATORS.some((group) => group.has(x) && group.has(y));
}
const APPROXIMATORS = new Set("approximately roughly exactly precisely circa approx примерно приблизительно около ровно точно մոտ մոտավորապես ուղիղ".split(" "));

export function isEvidential(key: string, language: string): boolean {
  const primary = primaryLanguage(language);
  return ENGLISH_EVIDENTIALS.has(key) || EVIDENTIALS.get(primary)?.has(key) === true;
}

export function isApproximateNegator(key: string): boolean {
  return APPROXIMATE_NEGATORS.has(key);
}

export function isApproximator(key: string): boolean {
  return APPROXIMATORS.has(key);
}

/**
 * Words that make a number an estimate ("an estimated 40 observers", "est. 40"; Russian "ориентировочно",
 * "расчётных"): dropped or added by a number, the figure becomes firm or loses its firmness, a fact "number" (tester
 * 48 found "An estimated" dropped unclassified). classify.ts asks only where a number stands in or by the edit:
 * "the estimated cost" says nothing of a figure.
 */
const ESTIMATES: Record<string, Set<string>> = {
  en: new Set("estimated est est.".split(" ")),
  ru: new Set("ориентировочно ориентировочных расчётных расчетных".split(" ")),
};

/**
 * Whether a folded word makes a number an estimate in a statement of `language` (BCP 47): English words only in
 * English statements (French "est" is "is", tester 52), Russian words only in Russian ones. Throws nothing.
 */
export function isEstimate(key: string, language: string): boolean {
  const primary = primaryLanguage(language);
  return ESTIMATES[primary]?.has(key) ?? false;
}

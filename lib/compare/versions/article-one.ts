import { isCardinalWord } from "./closed-class";
import { isUnitWord } from "./units";

/**
 * An article used as the number one (session 17, tester H4 #4): "an hour", "a day", "a week", "a hundred", "a dozen",
 * "half an hour" state a quantity as "one hour" or "100" do (CGEL ch. 5, "a" as the weak form of "one"; ch. 13 § 4,
 * the comparison of quantities), so "under an hour", "about a day" and "up to a week" compare or approximate it as
 * "under two hours" does; and "one" itself before such a word ("about one hour"), which closed-class.ts
 * isCardinalWord leaves out because alone it is also a pronoun ("about one of them"). Only before a unit of what is
 * counted (units.ts isUnitWord: durations, measures, currencies) or a cardinal that takes the article ("a hundred",
 * "a thousand", "a dozen"; closed-class.ts isCardinalWord): "about a plan", "over a border" count nothing.
 */
const ARTICLE_COUNT = /^\s*(?:(?:half|quarter)\s+)?(?:an?|one)\s+(\p{L}+)/iu;
/** How far (UTF-16 units) the article and its noun are read: "half an" and the longest unit word. */
const REACH = 32;

/** Whether `text` opens, after spaces at most, with an article or "one" used as the number one ("an hour", "half a day", "one hour"). Pure. */
export function articleCountNext(text: string): boolean {
  const noun = ARTICLE_COUNT.exec(text.length > REACH ? text.slice(0, REACH) : text)?.[1];
  if (noun === undefined) return false;
  const key = noun.toLowerCase();
  return isUnitWord(key) || isCardinalWord(key);
}

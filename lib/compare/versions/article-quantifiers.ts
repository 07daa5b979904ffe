import { isEmptyWord } from "./closed-class";

/**
 * Quantifiers whose sense an article before them changes (session 17, tester H4 #2 and #7): "few" and "little" are
 * negative, "a few" and "a little" positive ("Few detainees were freed": almost none; "A few detainees were freed":
 * some); "most" is a proportional quantifier, "the most" a superlative ("Most detainees": more than half; "the most
 * detainees": more than any other) and "least" likewise (CGEL ch. 5, the determinatives "few", "little", "most"; ch.
 * 13, the superlative). French "peu" / "un peu", German "wenig" / "ein wenig", Spanish and Italian "poco" / "un poco"
 * say the same as "little" / "a little" (their grammars' chapters on indefinite quantifiers). Folded words.
 */
const QUANTIFIERS = new Set("few little most least peu wenig poco".split(" "));

/**
 * The articles (closed-class.ts isEmptyWord) written right before each quantifier of `keys` (a side's folded words,
 * in order; "" where none is), one entry per quantifier: ["a"] for "a few detainees", [""] for "few detainees".
 */
function articlesBeforeQuantifiers(keys: readonly string[]): string[] {
  const articles: string[] = [];
  for (let k = 0; k < keys.length; k++) if (QUANTIFIERS.has(keys[k])) articles.push(k > 0 && isEmptyWord(keys[k - 1]) ? keys[k - 1] : "");
  return articles;
}

/**
 * Whether an edit adds, drops or swaps an article before a quantifier whose sense it changes: inside the edit
 * (`keysBefore`, `keysAfter`: each side's folded words, in order; "Few" → "A few", "the other most" …), or, where
 * `quantifierFollows` says such a quantifier follows the edit in both versions, as the edit's last word ("were| few"
 * → "were a| few"). The same quantifiers with the same articles on both sides change nothing here. Pure.
 */
export function changesArticleBeforeQuantifier(keysBefore: readonly string[], keysAfter: readonly string[], quantifierFollows: boolean): boolean {
  if (quantifierFollows) {
    const last = (keys: readonly string[]) => (keys.length > 0 && isEmptyWord(keys[keys.length - 1]) ? keys[keys.length - 1] : "");
    if (last(keysBefore) !== last(keysAfter)) return true;
  }
  const [before, after] = [articlesBeforeQuantifiers(keysBefore), articlesBeforeQuantifiers(keysAfter)];
  // Another count of quantifiers is a scope word changed, the scope rule's (closed-class.ts).
  return before.length === after.length && before.some((article, k) => article !== after[k]);
}

/** A word next, after spaces at most. */
const WORD_NEXT = /^\s*(\p{L}+)/u;
/** How far (UTF-16 units) after an offset the next word is read: longer than any quantifier and its spaces. */
const REACH = 16;

/** Whether the word after text[offset], after spaces at most, is a quantifier whose sense an article changes. Pure. */
export function articleQuantifierAt(text: string, offset: number): boolean {
  const word = WORD_NEXT.exec(text.slice(offset, offset + REACH))?.[1];
  return word !== undefined && QUANTIFIERS.has(word.toLowerCase());
}

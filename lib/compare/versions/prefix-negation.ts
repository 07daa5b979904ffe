import { primaryLanguage } from "../../text/language";

/**
 * Negating prefixes written as part of the word in Russian and Armenian: Russian не- ("возможна" / "невозможна",
 * Wade 2011, the prefix не- with adjectives, adverbs and nouns) and Armenian ան- and չ- ("հնարավոր" / "անհնարավոր",
 * Dum-Tragut 2009, negative derivation). A word that is another with the prefix in front is its negation; the rest
 * must be four letters or more, so that a short word that merely starts with the letters does not count.
 */
const PREFIXES: ReadonlyMap<string, readonly string[]> = new Map([
  ["ru", ["не"]],
  ["hy", ["ան", "չ"]],
]);

export function isPrefixNegation(x: string, y: string, language: string): boolean {
  const primary = primaryLanguage(language);
  const prefixes = PREFIXES.get(primary) ?? [];
  for (const prefix of prefixes) {
    if (x.length >= prefix.length + 4 && x.startsWith(prefix) && x.slice(prefix.length) === y) return true;
    if (y.length >= prefix.length + 4 && y.startsWith(prefix) && y.slice(prefix.length) === x) return true;
  }
  return false;
}

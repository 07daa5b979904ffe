import { foldWord } from "../../text/fold";

/**
 * English negative and auxiliary contractions written out (CGEL ch. 3 § 1.9, "negative inflection" and the clitic
 * forms of the auxiliaries): "didn't" → "did not", "won't" → "will not", "can't"/"cannot" → "can not",
 * "shan't" → "shall not", "we'll" → "we will", "they're" → "they are", "I've" → "I have"; also the negative forms
 * typed without the apostrophe ("didnt", "dont", "isnt"), which are no other words. "'s" and "'d" are left alone:
 * each stands for two auxiliaries ("it's" is "it is" or "it has"). Words are folded (foldWord: ’ as ').
 */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ["won't", ["will", "not"]],
  ["wont", ["will", "not"]],
  ["can't", ["can", "not"]],
  ["cannot", ["can", "not"]],
  ["shan't", ["shall", "not"]],
  ["ain't", ["am", "not"]],
]);
const WITHOUT_APOSTROPHE = new Set("didnt dont doesnt isnt arent wasnt werent hasnt havent hadnt couldnt wouldnt shouldnt mustnt neednt".split(" "));
const CLITICS: ReadonlyMap<string, string> = new Map([
  ["'ll", "will"],
  ["'re", "are"],
  ["'ve", "have"],
  ["'m", "am"],
]);

/** The folded words of `words` with English contractions written out. */
export function expandContractions(words: readonly string[]): string[] {
  const expanded: string[] = [];
  for (const word of words) {
    const key = foldWord(word);
    // A Map: a word such as "constructor" finds no Object.prototype member.
    const irregular = IRREGULAR.get(key);
    if (irregular) {
      for (const part of irregular) expanded.push(part);
    } else if (key.endsWith("n't") && key.length > 3) {
      expanded.push(key.slice(0, -3), "not");
    } else if (WITHOUT_APOSTROPHE.has(key)) {
      expanded.push(key.slice(0, -2), "not");
    } else {
      const clitic = /'(ll|re|ve|m)$/u.exec(key);
      if (clitic && key.length > clitic[0].length) expanded.push(key.slice(0, -clitic[0].length), CLITICS.get(clitic[0])!);
      else expanded.push(key);
    }
  }
  return expanded;
}

/** How many times "not" stands in the words once contractions are written out. */
export function notCount(words: readonly string[]): number {
  let count = 0;
  for (const word of expandContractions(words)) if (word === "not") count++;
  return count;
}

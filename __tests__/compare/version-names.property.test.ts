/** @jest-environment node */
import fc from "fast-check";
import { foldWord } from "@/lib/text/fold";
import { namesOfTexts } from "@/lib/compare/versions/names";
import { versionSentences, VersionVocabulary, type VersionSentence } from "@/lib/compare/versions/sentences";
import { ORGANISATION_CUES, TITLES } from "@/lib/compare/gazetteer";
import { LOWER_IN_TITLE_CASE, STYLE_CAPITAL_WORDS } from "@/lib/compare/title-case-words";

/**
 * Whether a sentence is written in capitals (reference for capitals.ts, by regular expressions): two words or more
 * with two cased letters or more and no lower-case one, and at least 80% of the words with a cased letter that are not
 * a capital alone.
 */
function inCapitalsAsRead(text: string, sentence: VersionSentence): boolean {
  let capitals = 0;
  let others = 0;
  for (let k = 0; k < sentence.starts.length; k++) {
    const word = text.slice(sentence.starts[k], sentence.ends[k]);
    if (/\p{Ll}/u.test(word)) others++;
    else if ((word.match(/[\p{Lu}\p{Lt}]/gu) ?? []).length >= 2) capitals++;
  }
  return capitals >= 2 && capitals >= 0.8 * (capitals + others);
}

/**
 * Whether a sentence is in title case (reference for capitals.ts rules 1 to 3, by regular expressions): after its first
 * word, no word in lower case but those title case may leave so, two capitalised words (a capital, then a lower-case
 * letter) at least, and one of them a closed-class word that is no title, or a word `lowerCase` holds (folded words the
 * version writes in lower case) that is no title nor an institution's word.
 */
function inTitleCaseAsRead(text: string, sentence: VersionSentence, lowerCase: ReadonlySet<string>): boolean {
  let capitalised = 0;
  let styled = false;
  for (let k = 1; k < sentence.starts.length; k++) {
    const word = text.slice(sentence.starts[k], sentence.ends[k]);
    const folded = foldWord(word);
    if (/^[^\p{Lu}\p{Lt}\p{Ll}]*\p{Ll}/u.test(word)) {
      if (!LOWER_IN_TITLE_CASE.has(folded)) return false;
    } else if (/^[^\p{Lu}\p{Lt}\p{Ll}]*[\p{Lu}\p{Lt}].*\p{Ll}/u.test(word)) {
      capitalised++;
      const bare = folded.replace(/'s$/u, "");
      if ((STYLE_CAPITAL_WORDS.has(folded) && !TITLES.has(folded)) || (lowerCase.has(folded) && !TITLES.has(bare) && !ORGANISATION_CUES.has(bare))) styled = true;
    }
  }
  return capitalised >= 2 && styled;
}

/**
 * namesOfTexts as it was before it read the vocabulary's word ids (reference): every word sliced and folded; a sentence
 * written in capitals (tester 62 F4) or in title case (helper H8) is no evidence.
 */
function namesAsBefore(texts: [string, readonly VersionSentence[]][]): Set<string> {
  const found = new Set<string>();
  for (const [text, sentences] of texts) {
    const lowerCase = new Set<string>();
    for (const sentence of sentences)
      for (let k = 0; k < sentence.starts.length; k++) {
        const word = text.slice(sentence.starts[k], sentence.ends[k]);
        if (/^[^\p{Lu}\p{Lt}\p{Ll}]*\p{Ll}/u.test(word)) lowerCase.add(foldWord(word));
      }
    for (const sentence of sentences) {
      if (inCapitalsAsRead(text, sentence) || inTitleCaseAsRead(text, sentence, lowerCase)) continue;
      for (let k = 1; k < sentence.starts.length; k++) {
        if (!/^\p{Lu}/u.test(text[sentence.starts[k]] ?? "")) continue;
        if (/[.!?…]["'’”»)\]]*\s+["'‘“«(]*$/u.test(text.slice(sentence.ends[k - 1], sentence.starts[k]))) continue;
        found.add(foldWord(text.slice(sentence.starts[k], sentence.ends[k])).replace(/'s?$/u, ""));
      }
    }
  }
  return found;
}

// Words with capitals (ASCII, Latin with diacritics, Cyrillic, Greek, title-case digraph), possessives, numbers, and
// abbreviations and an ellipsis that keep the sentence going (their dot is in the gap before the next word).
const WORDS = ["Baku", "baku", "BAKU", "Baku's", "Baku’s", "Émile", "émile", "Женева", "женева", "Αθήνα", "ǅemal", "US", "us", "Polish", "polish", "the", "minister", "Minister", "80,325", "3.5", "de-escalation", "Ó'Brien", "x", "Mr.", "Gen.", "p.m.", "fine…"];
const GAPS = [" ", "  ", ", ", ". ", "! ", "? ", "… ", ".” ", "” ", " (", " “", "; ", " - ", "\n", "\n\n", "Mr. ", "U.S. "];

const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 40 }).map((pieces) => pieces.map(([word, gap]) => word + gap).join(""));

describe("namesOfTexts (capitals that do not open a sentence) from the vocabulary's word ids", () => {
  it("gives the same names as slicing and folding every word, for random texts in several languages", () => {
    let withNames = 0;
    fc.assert(
      fc.property(text, text, fc.constantFrom("en", "ru", "fr", "el"), (a, b, language) => {
        const vocabulary = new VersionVocabulary(language);
        const texts: [string, VersionSentence[]][] = [
          [a, versionSentences(a, vocabulary)],
          [b, versionSentences(b, vocabulary)],
        ];
        const expected = namesAsBefore(texts);
        const isName = namesOfTexts(vocabulary, texts);
        if (expected.size) withNames++;
        const asked = new Set([...expected, ...WORDS.map((word) => foldWord(word).replace(/'s?$/u, ""))]);
        for (const word of asked) expect(isName(word)).toBe(expected.has(word));
      }),
      { numRuns: 400, seed: 12 },
    );
    // The generated texts do hold names (capitals inside sentences): the comparison is not vacuous.
    expect(withNames).toBeGreaterThan(300);
  });

  it("knows a capital inside a sentence and not one that opens a sentence", () => {
    const vocabulary = new VersionVocabulary("en");
    const a = "Talks went well. Officials met in Baku. The Polish side agreed.";
    const b = "Talks went well! Baku hosted them. Émile spoke to Женева’s envoy.";
    const isName = namesOfTexts(vocabulary, [
      [a, versionSentences(a, vocabulary)],
      [b, versionSentences(b, vocabulary)],
    ]);
    expect(isName("baku")).toBe(true);
    expect(isName("polish")).toBe(true);
    expect(isName("talks")).toBe(false);
    expect(isName("officials")).toBe(false);
    expect(isName("émile")).toBe(false);
    expect(isName("женева")).toBe(true);
  });

  it("takes no capital of a sentence written in capitals for a name (tester 62 F4), and still those of the other sentences", () => {
    const vocabulary = new VersionVocabulary("en");
    const a = "TALKS IN BAKU WENT WELL. Officials met in Geneva.";
    const isName = namesOfTexts(vocabulary, [[a, versionSentences(a, vocabulary)]]);
    expect(isName("baku")).toBe(false);
    expect(isName("went")).toBe(false);
    expect(isName("geneva")).toBe(true);
  });
});

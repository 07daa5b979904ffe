/** @jest-environment node */
import fc from "fast-check";
import { stopWordsFor } from "@/lib/compare/stopwords";
import { diffVersions } from "@/lib/compare/versions";
import { primaryLanguage } from "@/lib/text/language";

// One reading of a language tag (lib/text/language primaryLanguage) for every language rule of the version diff:
// a caller that passes "eng", "rus", "hye" or "arm" (ISO 639-2 codes, which BCP 47 reads as aliases of "en", "ru",
// "hy") gets the rules of that language, as one that passes "en", "EN" or "en_GB" does. The version rules used to split
// the tag themselves, so "eng" had no English rules and "rus" no Russian ones.

/** Per canonical primary subtag: the other spellings of it (case, ISO 639-2 codes, a region after - or _). */
const SPELLINGS: Record<string, string[]> = {
  en: ["en", "EN", "eng", "ENG", "en_GB", "en-US", "eng-GB"],
  ru: ["ru", "RU", "rus", "Rus", "ru_RU", "ru-RU", "rus-RU"],
  hy: ["hy", "HY", "hye", "arm", "hy_AM", "hye-AM"],
};

/**
 * Edits whose class rests on a rule of one language, with that class, and the class another language gets. The other
 * language writes the same script (or, for Armenian, a tag that declares none: "und"): a tag whose script the letters
 * contradict is read in the letters' language (versions/version-language.ts; tester 71 F11: Russian versions tagged
 * "en" had their negation unclassified).
 */
const CASES: { language: string; a: string; b: string; classed: [string, string]; elsewhere: { language: string; classed: [string, string] } }[] = [
  // equivalents.ts: "a" / "one" before a noun is wording in English only.
  { language: "en", a: "A senior official attended the call.", b: "One senior official attended the call.", classed: ["wording", "synonym"], elsewhere: { language: "fr", classed: ["fact", "number"] } },
  // equivalents.ts: an English abbreviation and its word are one word.
  { language: "en", a: "The call lasted 2 hrs.", b: "The call lasted two hours.", classed: ["wording", "notation"], elsewhere: { language: "fr", classed: ["fact", "number"] } },
  // hedges.ts isEstimate: "estimated" makes a number an estimate in English statements only.
  { language: "en", a: "An estimated 40 observers will monitor the border.", b: "40 observers will monitor the border.", classed: ["fact", "number"], elsewhere: { language: "fr", classed: ["fact", "qualifier"] } },
  // tense.ts: a Russian past and non-past of one verb.
  { language: "ru", a: "Переговоры состоялись в Москве.", b: "Переговоры состоятся в Москве.", classed: ["fact", "tense"], elsewhere: { language: "uk", classed: ["unclassified", "unknown"] } },
  // prefix-negation.ts: Russian не- written as part of the word.
  { language: "ru", a: "Соглашение было возможно тогда.", b: "Соглашение было невозможно тогда.", classed: ["fact", "negation"], elsewhere: { language: "uk", classed: ["unclassified", "unknown"] } },
  // hedges.ts isEvidential: Russian якобы.
  { language: "ru", a: "Стороны якобы договорились о встрече.", b: "Стороны договорились о встрече.", classed: ["fact", "modality"], elsewhere: { language: "uk", classed: ["unclassified", "unknown"] } },
  // prefix-negation.ts: Armenian ան-.
  { language: "hy", a: "Մինչ այժմ համաձայնությունը հնարավոր է։", b: "Մինչ այժմ համաձայնությունը անհնարավոր է։", classed: ["fact", "negation"], elsewhere: { language: "und", classed: ["unclassified", "unknown"] } },
];

const classesOf = (a: string, b: string, language: string) => diffVersions(a, b, language).edits.map((edit) => [edit.class, edit.reason]);

test("primaryLanguage reads every spelling of a tag as its canonical primary subtag", () => {
  for (const [primary, spellings] of Object.entries(SPELLINGS)) for (const tag of spellings) expect([tag, primaryLanguage(tag)]).toEqual([tag, primary]);
  expect(primaryLanguage(undefined)).toBe("en");
  // Not a tag at all: its first part, in lower case, never a throw.
  expect(primaryLanguage("Not A Tag")).toBe("not a tag");
});

test.each(CASES)("$language: $a → $b is classed by the $language rules under every spelling of the tag", ({ language, a, b, classed, elsewhere }) => {
  // The rule is the language's: another language classes the edit otherwise.
  expect(classesOf(a, b, language)).toEqual([classed]);
  expect(classesOf(a, b, elsewhere.language)).toEqual([elsewhere.classed]);
  for (const tag of SPELLINGS[language]) expect([tag, classesOf(a, b, tag)]).toEqual([tag, [classed]]);
});

test("stop words are one list per language, whatever the tag's spelling", () => {
  for (const [primary, spellings] of Object.entries(SPELLINGS)) {
    const list = stopWordsFor(primary);
    expect(list.size).toBeGreaterThan(10);
    for (const tag of spellings) expect([tag, stopWordsFor(tag)]).toEqual([tag, list]);
  }
});

/** One element of a list (no spread into fc.constantFrom: the house rule against spreading arrays into calls). */
const oneOf = <T>(list: readonly T[]) => fc.nat({ max: list.length - 1 }).map((k) => list[k]);

/** A spelling of a tag: one of the codes for the language, letters in any case, perhaps a region after - or _. */
const spelling = (codes: readonly string[]) =>
  fc
    .tuple(oneOf(codes), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.option(fc.tuple(oneOf(["-", "_"]), oneOf(["GB", "US", "RU", "AM", "am", "ru"]))))
    .map(([code, upper, region]) => Array.from(code, (char, k) => (upper[k] ? char.toUpperCase() : char)).join("") + (region ? region[0] + region[1] : ""));

const CODES: Record<string, string[]> = { en: ["en", "eng"], ru: ["ru", "rus"], hy: ["hy", "hye", "arm"] };

test("property: any spelling of a tag classes every case's edit, and picks stop words, as its canonical tag does", () => {
  fc.assert(
    fc.property(
      oneOf(CASES).chain((item) => fc.tuple(fc.constant(item), spelling(CODES[item.language]))),
      ([item, tag]) => {
        expect([tag, classesOf(item.a, item.b, tag)]).toEqual([tag, [item.classed]]);
        expect(stopWordsFor(tag)).toBe(stopWordsFor(item.language));
      },
    ),
    { numRuns: 150 },
  );
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { Comparison } from "@/lib/compare";
import { termMakerFor } from "@/lib/compare/normalise";
import { splitSentences } from "@/lib/compare/segment";
import { numberKey, parseNumber } from "@/lib/text/numbers";
import { STEMMED_LANGUAGES, stemmerFor } from "@/lib/text/stem";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

function numbers(comparison: Comparison) {
  return comparison.entities.filter((e) => e.kind === "number").map((e) => [e.key, e.mentionedBy]);
}

/** The canonical key of a JavaScript number with at most three decimals, independently of lib/text/numbers. */
function canonical(value: number): string {
  return value.toFixed(3).replace(/\.?0+$/u, "");
}

describe("numbers in any locale", () => {
  test.each([
    ["1,250,000", "en", "1250000"],
    [`1${NNBSP}250${NNBSP}000`, "fr", "1250000"],
    [`1${NBSP}250${NBSP}000`, "ru", "1250000"],
    ["1 250 000", "hy", "1250000"],
    ["1.250.000", "az", "1250000"],
    ["1'250'000", "de-CH", "1250000"],
    ["1’250’000", "de-CH", "1250000"],
    ["2,5", "ru", "2.5"],
    ["2,5", "en", "2.5"],
    ["2.5", "en", "2.5"],
    ["1.234,56", "de", "1234.56"],
    ["1,234.56", "en", "1234.56"],
    ["100,000", "en", "100000"],
    ["100.000", "ru", "100000"],
    ["3.125", "en", "3.125"],
    ["3.125", "ru", "3125"],
    ["0,500", "en", "0.5"],
    ["19th", "en", "19th"],
    ["1234 567", "en", null],
    ["1,2,3", "en", null],
  ])("parseNumber(%j, %s) is %j", (written, language, value) => {
    expect(parseNumber(written, language)).toBe(value);
  });

  test("a range keeps its two ends", () => {
    expect(numberKey("19–20")).toBe("19-20");
    expect(numberKey(`1${NNBSP}000–2${NNBSP}000`, "fr")).toBe("1000-2000");
  });

  test("the same quantity in English, French, Russian and Armenian style is one number in the inventory", () => {
    const comparison = compare([
      { id: "en", label: "EN", language: "en", text: "Some 1,250,000 people and 2.5 percent were counted." },
      { id: "fr", label: "FR", language: "fr", text: `Quelque 1${NNBSP}250${NNBSP}000 personnes et 2,5 pour cent ont été comptées.` },
      { id: "ru", label: "RU", language: "ru", text: `Около 1${NBSP}250${NBSP}000 человек и 2,5 процента были учтены.` },
      { id: "hy", label: "HY", language: "hy", text: "Հաշվվել է մոտ 1 250 000 մարդ և 2,5 տոկոս։" },
    ]);
    expect(numbers(comparison)).toEqual([
      ["1250000", ["en", "fr", "ru", "hy"]],
      ["2.5", ["en", "fr", "ru", "hy"]],
    ]);
    const million = comparison.entities.find((e) => e.key === "1250000")!;
    expect(million.text).toBe("1,250,000");
    const fr = million.mentions.find((m) => m.statementId === "fr")!.spans[0];
    expect(`Quelque 1${NNBSP}250${NNBSP}000 personnes`.slice(fr.start, fr.end)).toBe(`1${NNBSP}250${NNBSP}000`);
  });

  test("two sentences that differ only in how a number is grouped align with similarity 1", () => {
    const comparison = compare([
      { id: "a", label: "A", text: "Some 120,000 people left the region in one week." },
      { id: "b", label: "B", text: `Some 120${NBSP}000 people left the region in one week.` },
    ]);
    expect(comparison.rows).toHaveLength(1);
    expect(comparison.rows[0].reportedBy).toEqual(["a", "b"]);
    expect(comparison.rows[0].similarity).toBe(1);
  });

  test("a year next to a number stays two tokens", () => {
    const comparison = compare([{ id: "a", label: "A", text: "In 2023 100 people and 19 200 others came." }]);
    expect(numbers(comparison).map(([key]) => key)).toEqual(["100", "19200"]);
  });

  const LOCALES = ["en-US", "fr-FR", "ru-RU", "hy-AM", "az-AZ", "de-DE", "de-CH", "tr-TR"] as const;

  test("property: a number written by Intl.NumberFormat in each locale's style parses to its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom(...LOCALES), (whole, thousandths, locale) => {
        const value = whole + thousandths / 1000;
        const written = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
        expect(parseNumber(written, locale)).toBe(canonical(value));
      }),
      { numRuns: 500 },
    );
  });

  test("property: random thousands separators (commas, dots, spaces, NBSP, U+202F, apostrophes) give one key", () => {
    const separator = fc.constantFrom(",", " ", NBSP, NNBSP, "'", "’", "\u2009");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), fc.array(separator, { minLength: 4, maxLength: 4 }), (value, separators) => {
        const groups = value.toLocaleString("en-US").split(",");
        // Each group boundary gets its own separator, but one number uses one kind of mark if it is "," or ".".
        const mark = separators[0];
        const written = groups.reduce((text, group, g) => text + (g === 0 ? "" : mark === "," ? "," : separators[g % 4] === "," ? NBSP : separators[g % 4]) + group, "");
        expect(parseNumber(written, "en")).toBe(String(value));
        expect(parseNumber(written.replaceAll(",", "."), "ru")).toBe(String(value));
      }),
      { numRuns: 500 },
    );
  });

  test("property: in running text the number is one token and one inventory entry, in every locale", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 999_999_999 }), fc.constantFrom(...LOCALES), (value, locale) => {
        const written = new Intl.NumberFormat(locale).format(value);
        const comparison = compare([{ id: "a", label: "A", language: locale, text: `They counted ${written} votes in total.` }]);
        expect(numbers(comparison)).toEqual([[String(value), ["a"]]]);
      }),
      { numRuns: 80 },
    );
  });
});

const sentences = (text: string, language: string) => splitSentences(text, language).map((range) => text.slice(range.start, range.end));

describe("sentences in Armenian text and before numerals", () => {
  test("three Armenian sentences ending in ASCII colons are three segments", () => {
    expect(sentences("Նախագահը ժամանեց: Բանակցությունները սկսվեցին: Կողմերը համաձայնեցին:", "hy")).toEqual([
      "Նախագահը ժամանեց:",
      "Բանակցությունները սկսվեցին:",
      "Կողմերը համաձայնեցին:",
    ]);
  });

  test("the Armenian full stop ends sentences too, whatever language tag the statement has", () => {
    expect(sentences("Նախագահը ժամանեց։ Բանակցությունները սկսվեցին։", "en")).toEqual(["Նախագահը ժամանեց։", "Բանակցությունները սկսվեցին։"]);
    expect(sentences("Նախագահը ժամանեց: Բանակցությունները սկսվեցին:", "en")).toEqual(["Նախագահը ժամանեց:", "Բանակցությունները սկսվեցին:"]);
  });

  test("an English colon does not end a sentence", () => {
    expect(sentences("The terms are as follows: a ceasefire, then talks. Both agreed.", "en")).toEqual([
      "The terms are as follows: a ceasefire, then talks.",
      "Both agreed.",
    ]);
    expect(sentences("Talks resumed at 10:30 in Yerevan.", "hy")).toEqual(["Talks resumed at 10:30 in Yerevan."]);
  });

  test("a sentence that starts with a numeral after a full stop is a new sentence", () => {
    expect(sentences("The border stayed closed for 70 days. 70 day long delays followed for trucks.", "en")).toEqual([
      "The border stayed closed for 70 days.",
      "70 day long delays followed for trucks.",
    ]);
  });

  test("abbreviations, initials and decimals before a numeral do not break", () => {
    for (const text of ["See Resolution No. 5 of the council.", "Read Art. 3 of the draft.", "The U.S. 70 troops stayed.", "Growth was 3.5 percent in 2023.", "Статья ст. 5 действует."]) {
      expect(sentences(text, "en")).toEqual([text]);
    }
  });

  test("property: n Armenian sentences joined by ': ' or '։ ' are n segments; English clauses joined by ': ' stay one", () => {
    const armenianWord = fc.constantFrom("Նախագահը", "կողմերը", "խաղաղության", "պայմանագիրը", "ստորագրեցին", "Երևանում", "Բաքվում", "բանակցությունները");
    const englishWord = fc.constantFrom("the", "talks", "resumed", "as", "follows", "sides", "agreed", "draft");
    const sentence = (word: fc.Arbitrary<string>) => fc.array(word, { minLength: 2, maxLength: 6 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(sentence(armenianWord), { minLength: 1, maxLength: 6 }), fc.constantFrom(":", "։"), (parts, stop) => {
        const text = parts.map((part) => part + stop).join(" ");
        expect(sentences(text, "hy")).toEqual(parts.map((part) => part + stop));
      }),
    );
    fc.assert(
      fc.property(fc.array(sentence(englishWord), { minLength: 2, maxLength: 4 }), (parts) => {
        const text = `${parts.join(": ")}.`;
        expect(sentences(text, "en")).toEqual([text]);
      }),
    );
  });
});

describe("stemming", () => {
  test("languages with real stemming", () => {
    expect(STEMMED_LANGUAGES).toEqual(["en", "ru", "hy", "uk", "tr", "az", "fr", "de", "es", "it", "pt", "el", "ar"]);
    expect(stemmerFor("hy-AM")).not.toBeNull();
    expect(stemmerFor("ka")).toBeNull();
  });

  test.each([
    ["ru", ["переговоров", "переговоры"], "переговор"],
    ["ru", ["войны", "войну", "война"], "войн"],
    ["ru", ["мира", "мир", "миру"], "мир"],
    ["hy", ["բանակցությունները", "բանակցություններ"], "բանակց"],
    ["hy", ["խաղաղության", "խաղաղություն", "խաղաղությունը"], "խաղաղ"],
    ["hy", ["հանդիպումը", "հանդիպում"], "հանդիպ"],
    ["az", ["nazirlər", "nazirləri", "nazirlərin"], "nazir"],
    ["az", ["danışıqlar", "danışıqları", "danışıqlarda"], "danışıq"],
    ["tr", ["görüşmeler", "görüşmelerde"], "görüşme"],
  ])("%s: %j all stem to %s", (language, words, stem) => {
    for (const word of words) expect(termMakerFor(language).terms(word)).toEqual([stem]);
  });

  test("inflected Russian sentences align with similarity 1 where a six-letter prefix would not", () => {
    const comparison = compare([
      { id: "a", label: "A", language: "ru", text: "Стороны обсудили угрозу войны и условия мира." },
      { id: "b", label: "B", language: "ru", text: "Стороны обсудили угрозы войну и условиям миру." },
    ]);
    expect(comparison.rows).toHaveLength(1);
    expect(comparison.rows[0].similarity).toBe(1);
  });
});

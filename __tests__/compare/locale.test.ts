/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { Comparison } from "@/lib/compare";
import { termMakerFor } from "@/lib/compare/normalise";
import { splitSentences } from "@/lib/compare/segment";
import { findDates } from "@/lib/text/dates";
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

  test("property: regrouping thousands changes nothing the engine compares (rows, quotations, versions, row diffs)", () => {
    const separator = fc.constantFrom(",", " ", NBSP, NNBSP, "'", "’", ".");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.integer({ min: 1000, max: 999_999 }), separator, separator, (first, second, a, b) => {
        const group = (value: number, mark: string) => value.toLocaleString("en-US").replaceAll(",", mark);
        const text = (x: string, y: string) =>
          `The ministry said that “some ${group(first, x)} people crossed the border in one week” according to its count. Another ${group(second, y)} trucks waited at the crossing for days.`;
        const original = text(",", ",");
        const variant = text(a, b);
        const comparison = compare([
          { id: "a", label: "A", text: original },
          { id: "b", label: "B", text: variant },
        ]);
        expect(comparison.rows.map((row) => [row.reportedBy, row.similarity])).toEqual([
          [["a", "b"], 1],
          [["a", "b"], 1],
        ]);
        expect(comparison.rows.flatMap((row) => row.diffs.map((diff) => diff.parts.filter((part) => part.op !== "equal").length))).toEqual([0, 0]);
        expect(comparison.quotes.map((quote) => quote.verdict)).toEqual(["verbatim", "verbatim"]);
        // The version diff reads each number in the statement's language (English here): a single "." before three
        // digits is its decimal mark, so "1.234" is not "1,234" there and that edit is a fact (docs/edit-classes.md).
        const sameValue = (value: number, mark: string) => parseNumber(group(value, mark), "en") === String(value);
        const readAlike = sameValue(first, a) && sameValue(second, b);
        expect(comparison.versions.map((pair) => pair.similarity === 1)).toEqual([readAlike]);
        if (!readAlike) expect(comparison.versions[0].edits?.filter((edit) => edit.class === "fact").map((edit) => edit.reason)).toContain("number");
      }),
      { numRuns: 60 },
    );
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

describe("property: numerals after a full stop", () => {
  test("a sentence that starts with a numeral is its own segment unless an abbreviation stands before the dot", () => {
    const word = fc.constantFrom("border", "trucks", "waited", "talks", "the", "sides", "Yerevan", "days", "weeks");
    const sentence = fc.array(word, { minLength: 2, maxLength: 8 }).map((words) => words.join(" "));
    const numeral = fc.oneof(fc.integer({ min: 1, max: 999_999 }).map(String), fc.constantFrom("70", "1,250", "3.5", "19–20", "2023"));
    fc.assert(
      fc.property(sentence, numeral, sentence, fc.constantFrom("No.", "Art.", "p.", "U.S.", "J."), (first, number, rest, abbreviation) => {
        const text = `${first}. ${number} ${rest}.`;
        expect(sentences(text, "en")).toEqual([`${first}.`, `${number} ${rest}.`]);
        const kept = `${first} ${abbreviation} ${number} ${rest}.`;
        expect(sentences(kept, "en")).toEqual([kept]);
      }),
      { numRuns: 200 },
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

describe("dates in any covered language", () => {
  const read = (text: string, language: string) => findDates(text, language).map((d) => [text.slice(d.start, d.end), d.key]);

  test.each([
    ["en", "The September 19-20 offensive ended.", [["September 19-20", "september 19-20"]]],
    ["en", "It ran on 19–20 September 2023 in the region.", [["19–20 September 2023", "september 19-20 2023"]]],
    ["en", "They met on September 19, 2023.", [["September 19, 2023", "september 19 2023"]]],
    ["en", "Signed 20 Nov. 2023 in Baku.", [["20 Nov. 2023", "november 20 2023"]]],
    ["en", "Dated 03.04.2023, 03/04/2023 and 2023-04-03.", [["03.04.2023", "april 3 2023"], ["03/04/2023", "april 3 2023"], ["2023-04-03", "april 3 2023"]]],
    ["en", "Talks from 30 September to 2 October stalled.", [["30 September to 2 October", "september 30-october 2"]]],
    ["en", "Talks ran September 30 – October 2, 2023.", [["September 30 – October 2, 2023", "september 30-october 2 2023"]]],
    ["en", "The November 20 meeting and the vote in December.", [["November 20", "november 20"], ["December", "december"]]],
    ["en", "Closed for 70 days, on Monday, tomorrow at 5 pm; they may meet.", []],
    ["ru", "Встреча 27 ноября 2023 года и 19–20 сентября, а также в декабре.", [["27 ноября 2023 года", "november 27 2023"], ["19–20 сентября", "september 19-20"], ["декабре", "december"]]],
    ["ru", "Документ от 03.04.2023.", [["03.04.2023", "april 3 2023"]]],
    ["hy", "2023 թ. սեպտեմբերի 19-20-ը և նոյեմբերի 27-ին։", [["2023 թ. սեպտեմբերի 19-20-ը", "september 19-20 2023"], ["նոյեմբերի 27-ին", "november 27"]]],
    ["hy", "27 նոյեմբերի 2023 թ. հանդիպումը դեկտեմբերին չէր։", [["27 նոյեմբերի 2023 թ", "november 27 2023"], ["դեկտեմբերին", "december"]]],
    ["hy", "Մարտը շարունակվեց։ Մարտի 5-ին հանդիպեցին։", [["Մարտի 5-ին", "march 5"]]],
    ["az", "19-20 sentyabr 2023-cü il və 2023-cü il noyabrın 27-də.", [["19-20 sentyabr 2023-cü il", "september 19-20 2023"], ["2023-cü il noyabrın 27-də", "november 27 2023"]]],
    ["tr", "19-20 Eylül 2023 tarihinde, ekim ayında.", [["19-20 Eylül 2023", "september 19-20 2023"]]],
  ])("%s: %s", (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  test("the same date in English, Russian, Armenian and Azerbaijani is one date entity", () => {
    const comparison = compare([
      { id: "en", label: "EN", language: "en", text: "The offensive of 19–20 September 2023 displaced many." },
      { id: "ru", label: "RU", language: "ru", text: "Наступление 19–20 сентября 2023 года вынудило многих уехать." },
      { id: "hy", label: "HY", language: "hy", text: "2023 թ. սեպտեմբերի 19-20-ի հարձակումը շատերին տեղահանեց։" },
      { id: "az", label: "AZ", language: "az", text: "19-20 sentyabr 2023-cü il tədbirləri başa çatdı." },
    ]);
    const dates = comparison.entities.filter((e) => e.kind === "date").map((e) => [e.key, e.mentionedBy]);
    expect(dates).toEqual([["september 19-20 2023", ["en", "ru", "hy", "az"]]]);
    expect(comparison.entities.filter((e) => e.kind === "number")).toEqual([]);
  });

  test("numeric, ISO and worded forms of one day are one date entity; weekdays stay their own", () => {
    const comparison = compare([
      { id: "a", label: "A", text: "On Monday, 27 November 2023, they spoke." },
      { id: "b", label: "B", text: "The call on 27.11.2023 was short." },
      { id: "c", label: "C", text: "The log says 2023-11-27 for the call." },
    ]);
    const dates = comparison.entities.filter((e) => e.kind === "date").map((e) => [e.key, e.text, e.mentionedBy]);
    expect(dates).toEqual([
      ["november 27 2023", "27 November 2023", ["a", "b", "c"]],
      ["monday", "Monday", ["a"]],
    ]);
  });

  const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const RUSSIAN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
  const ARMENIAN = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"];
  const AZERBAIJANI = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"];
  const pad = (n: number) => String(n).padStart(2, "0");
  type Writer = (y: number, m: number, d: number) => [string, string];
  const WRITERS: Writer[] = [
    (y, m, d) => [`${d} ${MONTH_NAMES[m - 1]} ${y}`, "en"],
    (y, m, d) => [`${MONTH_NAMES[m - 1]} ${d}, ${y}`, "en"],
    (y, m, d) => [`${pad(d)}.${pad(m)}.${y}`, "en"],
    (y, m, d) => [`${pad(d)}/${pad(m)}/${y}`, "en"],
    (y, m, d) => [`${y}-${pad(m)}-${pad(d)}`, "en"],
    (y, m, d) => [`${d} ${RUSSIAN[m - 1]} ${y} года`, "ru"],
    (y, m, d) => [`${pad(d)}.${pad(m)}.${y}`, "ru"],
    (y, m, d) => [`${y} թ. ${ARMENIAN[m - 1]} ${d}-ին`, "hy"],
    (y, m, d) => [`${d} ${ARMENIAN[m - 1]} ${y} թ.`, "hy"],
    (y, m, d) => [`${d} ${AZERBAIJANI[m - 1]} ${y}-ci il`, "az"],
  ];

  test("property: a random day written in any covered notation reads to the same key", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(WRITERS.length - 1), (y, m, d, w) => {
        const [written, language] = WRITERS[w](y, m, d);
        const dates = findDates(`They met — ${written} — and talked.`, language);
        expect(dates.map((date) => date.key)).toEqual([`${MONTH_NAMES[m - 1].toLowerCase()} ${d} ${y}`]);
      }),
      { numRuns: 300 },
    );
  });
});

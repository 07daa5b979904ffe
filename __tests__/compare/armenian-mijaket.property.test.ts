/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { splitSentences } from "@/lib/compare/segment";

// Armenian written for these tests about Blinken's call with Pashinyan (late November 2023): subjects, verbs that
// introduce speech, what is said, and plain sentences.
const SUBJECTS = ["Պետքարտուղարը", "Վարչապետը", "Բլինքենը", "Փաշինյանը", "Կողմերը"];
const INTRODUCERS = ["նշել է", "ասել է", "հայտարարել է", "ընդգծել է"];
const SAID = [
  "Մենք աջակցում ենք խաղաղությանը",
  "Խաղաղության պայմանագիրը հնարավոր է",
  "մենք պատրաստ ենք շարունակել բանակցությունները",
  "Տեղահանված մարդկանց կարիքները կարևոր են",
];
const PLAIN = ["Կողմերը քննարկել են տարածաշրջանային հարցեր", "Բլինքենը հեռախոսով զրուցել է Փաշինյանի հետ", "Նրանք պայմանավորվել են շարունակել շփումները"];
// The mijaket as typed: the Latin full stop, or U+2024 ONE DOT LEADER.
const MIJAKETS = [".", "\u2024"];
const QUOTES: [string, string][] = [
  ["«", "»"],
  ["“", "”"],
  ['"', '"'],
];
// What follows the mijaket besides a quotation: a list or an explanation, opening with a capital (a name) or a number.
const EXPLANATIONS = ["Լեռնային Ղարաբաղից տեղահանվածների խնդիրները", "2024 թ. սկզբին կկայանա նոր հանդիպում", "Հայաստանի և Ադրբեջանի սահմանը"];

interface Built {
  text: string;
  sentences: string[];
}

const sentenceArb = (fullStop: string) =>
  fc.oneof(
    fc.constantFrom(...PLAIN).map((plain) => `${plain}${fullStop}`),
    fc
      .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...INTRODUCERS), fc.constantFrom(...MIJAKETS), fc.constantFrom(...QUOTES), fc.constantFrom(...SAID))
      .map(([subject, verb, mijaket, [open, close], said]) => `${subject} ${verb}${mijaket} ${open}${said}${close}${fullStop}`),
    fc
      .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...INTRODUCERS), fc.constantFrom(...MIJAKETS), fc.constantFrom(...EXPLANATIONS))
      .map(([subject, verb, mijaket, explanation]) => `${subject} ${verb}${mijaket} ${explanation}${fullStop}`),
  );

// A text ends its sentences with the verjaket "։", or with ":" typed for it, throughout.
const textArb: fc.Arbitrary<Built> = fc
  .constantFrom("։", ":")
  .chain((fullStop) => fc.array(sentenceArb(fullStop), { minLength: 1, maxLength: 6 }))
  .chain((sentences) => fc.constantFrom(" ", "  ", "\n").map((gap) => ({ text: sentences.join(gap), sentences })));

const cut = (text: string, language: string) => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

describe("the Armenian mijaket ('.' or '․' after an Armenian word) introduces; it ends no sentence", () => {
  it("keeps a sentence with the quotation, list or explanation it introduces, tagged Armenian or not", () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom("hy", "und", "en", "ru"), ({ text, sentences }, language) => {
        expect(cut(text, language)).toEqual(sentences);
      }),
      { numRuns: 300 },
    );
  });

  it("reproduces the testers' case: the sentence that introduces a quotation is one claim with it", () => {
    const text = "Բլինքենը հեռախոսով զրուցել է Փաշինյանի հետ։ Պետքարտուղարը նշել է. «Մենք աջակցում ենք խաղաղության գործընթացին»։ Կողմերը պայմանավորվել են շարունակել շփումները։";
    // Before the fix: "Պետքարտուղարը նշել է." and "«Մենք աջակցում ենք …»։" were two sentences.
    expect(cut(text, "hy")).toEqual([
      "Բլինքենը հեռախոսով զրուցել է Փաշինյանի հետ։",
      "Պետքարտուղարը նշել է. «Մենք աջակցում ենք խաղաղության գործընթացին»։",
      "Կողմերը պայմանավորվել են շարունակել շփումները։",
    ]);
    const result = compare([
      { id: "am", label: "AM", text, language: "hy" },
      { id: "us", label: "US", text: "Secretary Blinken spoke with Prime Minister Pashinyan.", party: "us" },
    ]);
    const armenian = result.rows.flatMap((row) => row.cells.filter((cell) => cell.statementId === "am").map((cell) => cell.text));
    expect(armenian).toContain("Պետքարտուղարը նշել է. «Մենք աջակցում ենք խաղաղության գործընթացին»։");
  });

  it("reads a ':' before a quotation as a colon where the text types the verjaket '։' itself, and as a full stop where it does not", () => {
    expect(cut("Վարչապետը նշել է: «Մենք պատրաստ ենք»։ Կողմերը քննարկել են խաղաղությունը։", "hy")).toEqual([
      "Վարչապետը նշել է: «Մենք պատրաստ ենք»։",
      "Կողմերը քննարկել են խաղաղությունը։",
    ]);
    // ":" is this text's full stop, so it ends the sentence even before a quotation that opens the next one.
    expect(cut("Հանդիպումն ավարտվել է: «Մենք գոհ ենք», - ասաց նա:", "hy")).toEqual(["Հանդիպումն ավարտվել է:", "«Մենք գոհ ենք», - ասաց նա:"]);
  });

  it("keeps the break at '.' in Armenian typed with '.' as its only full stop, and at every line break", () => {
    expect(cut("Նա խոսեց Բլինքենի հետ. Նրանք քննարկեցին խաղաղությունը.", "hy")).toEqual(["Նա խոսեց Բլինքենի հետ.", "Նրանք քննարկեցին խաղաղությունը."]);
    expect(cut("Պետքարտուղարը նշել է.\n«Մենք աջակցում ենք»։", "hy")).toEqual(["Պետքարտուղարը նշել է.", "«Մենք աջակցում ենք»։"]);
  });

  it("keeps a quotation in another script with the Armenian sentence that introduces it", () => {
    expect(cut("Պետքարտուղարը նշել է. «Washington supports the peace process»։ Կողմերը քննարկել են խաղաղությունը։", "hy")).toEqual([
      "Պետքարտուղարը նշել է. «Washington supports the peace process»։",
      "Կողմերը քննարկել են խաղաղությունը։",
    ]);
  });

  it("leaves English and Russian readouts that introduce a quotation with a colon, and their full stops, as they were", () => {
    // [a sentence that introduces a quotation with a colon, a sentence, a sentence that opens with a quotation]
    const control = fc.tuple(
      fc.constantFrom(
        ["The Secretary said: “We support the peace process.”", "The sides agreed to stay in touch.", "“We support the peace process,” the Secretary said."],
        ["Госсекретарь заявил: «Мы поддерживаем мирный процесс».", "Стороны договорились поддерживать контакт.", "«Мы поддерживаем мирный процесс», — сказал госсекретарь."],
      ),
      fc.constantFrom("en", "ru", "hy"),
    );
    fc.assert(
      fc.property(control, ([sentences, language]) => {
        expect(cut(sentences.join(" "), language)).toEqual(sentences);
      }),
      { numRuns: 20 },
    );
  });
});

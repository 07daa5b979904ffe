/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { splitSentences } from "@/lib/compare/segment";

// Tester 82 F8: in a text that quotes an Armenian sentence ending with "։", any "." after an Armenian word was read as
// the mijaket (Armenian's colon), so an English sentence that cites an Armenian word before its full stop ("…using the
// word խաղաղություն.") was merged with the next. The mijaket needs an Armenian sentence before the dot: most of the
// writer's own words in lower case there are Armenian. Texts written for this test (Blinken's calls, November 2023).

const cut = (text: string, language: string) => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

test("the tester's case: an English sentence ending in a cited Armenian word keeps its full stop", () => {
  const text =
    "Pashinyan's office published the readout in Armenian: «Կողմերը քննարկել են տարածաշրջանային օրակարգը։» In it Pashinyan called for peace, using the word խաղաղություն. The Secretary also spoke with President Aliyev on Monday.";
  expect(cut(text, "en")).toEqual([
    "Pashinyan's office published the readout in Armenian: «Կողմերը քննարկել են տարածաշրջանային օրակարգը։»",
    "In it Pashinyan called for peace, using the word խաղաղություն.",
    "The Secretary also spoke with President Aliyev on Monday.",
  ]);
  const { rows } = compare([
    { id: "x", label: "X", text },
    { id: "y", label: "Y", text: "The Secretary also spoke with President Aliyev on Monday. Pashinyan called for peace." },
  ]);
  // Before: one cell held both English sentences, and the row with Y's Aliyev sentence quoted half of it.
  const aliyev = rows.find((row) => row.cells.some((cell) => cell.statementId === "y" && cell.text.includes("Aliyev")))!;
  expect(aliyev.cells.map((cell) => cell.text)).toEqual(["The Secretary also spoke with President Aliyev on Monday.", "The Secretary also spoke with President Aliyev on Monday."]);
});

// English and Russian sentences that end by citing an Armenian word or two, and sentences to follow them.
const CITING = [
  "In it Pashinyan called for peace, using the word խաղաղություն.",
  "The readout calls the displaced people տեղահանվածներ.",
  "Armenian officials describe the treaty as խաղաղության պայմանագիր.",
  "В армянском тексте мир назван словом խաղաղություն.",
  "Пашинян назвал переговоры словом բանակցություններ.",
];
const NEXT = ["The Secretary also spoke with President Aliyev on Monday.", "Стороны договорились продолжить контакты.", "He welcomed the release of detainees."];
// An Armenian sentence the text quotes, ending with the verjaket "։" (or ":" typed for it, after an Armenian word).
const ARMENIAN_QUOTES = ["«Կողմերը քննարկել են տարածաշրջանային օրակարգը։»", "«Մենք պատրաստ ենք խաղաղության»։", "«Կողմերը քննարկել են օրակարգը»:"];

test("property: a sentence in another language that ends with an Armenian word keeps its break, wherever the text writes Armenian full stops", () => {
  fc.assert(
    fc.property(fc.constantFrom(...CITING), fc.constantFrom(...NEXT), fc.constantFrom(...ARMENIAN_QUOTES), fc.boolean(), fc.constantFrom("en", "ru", "und"), (citing, next, quoted, quoteFirst, language) => {
      const quoting = `The office published its readout: ${quoted}`;
      const sentences = quoteFirst ? [quoting, citing, next] : [citing, next, quoting];
      expect(cut(sentences.join(" "), language)).toEqual(sentences);
    }),
    { numRuns: 150 },
  );
});

test("property: an Armenian sentence with names, acronyms or a quotation in Latin letters still introduces with its mijaket", () => {
  const subjects = ["OSCE Minsk Group համանախագահները", "Blinken-ը", "ԱՄՆ պետքարտուղար Antony Blinken-ը", "Պետքարտուղարը «State Department» կայքում"];
  const verbs = ["նշել են", "հայտարարել է", "գրել է"];
  fc.assert(
    fc.property(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(".", "\u2024"), (subject, verb, mijaket) => {
      const sentences = [`${subject} ${verb}${mijaket} «Մենք աջակցում ենք խաղաղությանը»։`, "Կողմերը պայմանավորվել են շարունակել շփումները։"];
      expect(cut(sentences.join(" "), "hy")).toEqual(sentences);
    }),
    { numRuns: 40 },
  );
});

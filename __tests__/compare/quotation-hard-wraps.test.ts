/** @jest-environment node */
import { compare, type StatementInput } from "@/lib/compare";
import { wrapsAfterComma, wrapsInsideQuotation } from "@/lib/compare/hard-wraps";
import { quotationFrames } from "@/lib/compare/quotation-frames";
import { findQuotations } from "@/lib/compare/quotation-marks";

// Own test sentences about Blinken's late-November 2023 calls with Aliyev and Pashinyan. A hard wrap: a sentence broken
// over two lines by its writer or a CMS; inside a quotation, the quotation goes on below (hard-wraps.ts).
const quotesOf = (text: string) =>
  findQuotations(text).map((quotation) => ({
    fragments: quotation.fragments.map(({ start, end }) => text.slice(start, end)),
    ...(quotation.unclosed ? { unclosed: true } : {}),
  }));

const US: StatementInput = {
  id: "us",
  label: "US",
  party: "us",
  language: "en",
  speaker: "Antony Blinken",
  text: "Secretary Blinken spoke with President Aliyev. Peace is within reach, and it must not slip away.",
};
const AZ: StatementInput = {
  id: "az",
  label: "AZ",
  party: "az",
  language: "en",
  speaker: "Ilham Aliyev",
  text: "President Ilham Aliyev spoke with Secretary Blinken. Baku is ready to sign the peace treaty.",
};

/** The quote checks of statement "n" (secondary) against US and AZ: text with white space folded, verdict, speaker. */
function checksOf(text: string, language = "en") {
  return compare([{ id: "n", label: "N", role: "secondary", language, text }, US, AZ])
    .quotes.filter((quote) => quote.statementId === "n")
    .map((quote) => [quote.text.replace(/\s+/gu, " "), quote.verdict, quote.speaker?.name ?? null, quote.unclosed ?? false]);
}

describe("a quotation goes on over a hard-wrapped line", () => {
  test("the brief's example: one quotation, verbatim, spoken by the Secretary, as on one line", () => {
    const wrapped = "Secretary of State Antony Blinken called President Ilham Aliyev. “Peace is within reach,\nand it must not slip away,” the Secretary said.";
    expect(quotesOf(wrapped)).toEqual([{ fragments: ["Peace is within reach,\nand it must not slip away"] }]);
    // The speaker's exact name is the speaker finder's (quotes/speakers.ts); here it is Blinken, as on one line.
    expect(checksOf(wrapped)).toEqual([["Peace is within reach, and it must not slip away", "verbatim", expect.stringMatching(/Blinken$/u), false]]);
    expect(checksOf(wrapped)).toEqual(checksOf(wrapped.replace("\n", " ")));
  });

  test.each([
    ["a wrap without a comma", "Blinken said: “Peace is within\nreach, and it must not slip away.”", [{ fragments: ["Peace is within\nreach, and it must not slip away"] }]],
    ["CRLF", "“Peace is within reach,\r\nand it must not slip away,” Blinken said.", [{ fragments: ["Peace is within reach,\r\nand it must not slip away"] }]],
    ["U+2028", "“Peace is within reach,\u2028and it must not slip away,” Blinken said.", [{ fragments: ["Peace is within reach,\u2028and it must not slip away"] }]],
    ["U+2029", "“Peace is within reach,\u2029and it must not slip away,” Blinken said.", [{ fragments: ["Peace is within reach,\u2029and it must not slip away"] }]],
    ["spaces around the break", "“Peace is within reach, \n  and it must not slip away,” Blinken said.", [{ fragments: ["Peace is within reach, \n  and it must not slip away"] }]],
    ["wrapped twice", "“Peace is\nwithin reach, and it\nmust not slip away,” Blinken said.", [{ fragments: ["Peace is\nwithin reach, and it\nmust not slip away"] }]],
    // The attribution between two fragments, wrapped inside it or at its edges.
    ["a wrapped attribution", "“Peace is within reach,” the Secretary\nsaid, “and it must not slip away.”", [{ fragments: ["Peace is within reach", "and it must not slip away"] }]],
    ["the attribution on the next line", "“Peace is within reach,”\nhe said, “and it must not slip away.”", [{ fragments: ["Peace is within reach", "and it must not slip away"] }]],
    ["a first fragment wrapped", "“Peace is within\nreach,” he said, “and it must not slip away.”", [{ fragments: ["Peace is within\nreach", "and it must not slip away"] }]],
    // A plural possessive before the wrap is no closing mark.
    ["a possessive before the wrap", "He called it ‘the neighbours’\nconcerns over the border’ and left.", [{ fragments: ["the neighbours’\nconcerns over the border"] }]],
    // Russian and Armenian guillemets.
    ["Russian", "«Мир близок,\nи его нельзя упустить», — сказал Блинкен.", [{ fragments: ["Мир близок,\nи его нельзя упустить"] }]],
    ["Russian, wrapped around its attribution", "«Мир близок, —\nсказал Блинкен, —\nи его нельзя упустить»", [{ fragments: ["Мир близок, —\nсказал Блинкен, —\nи его нельзя упустить"] }]],
    ["Armenian", "Բլինքենը ասել է. «Խաղաղությունը մոտ է,\nև այն չպետք է բաց թողնել»։", [{ fragments: ["Խաղաղությունը մոտ է,\nև այն չպետք է բաց թողնել"] }]],
  ])("%s", (_, text, quotations) => {
    expect(quotesOf(text)).toEqual(quotations);
  });

  test.each([
    ["English", "Blinken said “peace is within reach,\nand it must not slip away.\n\nNo more was said.", "peace is within reach,\nand it must not slip away"],
    ["Russian", "Блинкен сказал: «мир близок,\nи его нельзя упустить.\n\nБольше ничего не сказано.", "мир близок,\nи его нельзя упустить"],
    ["Armenian", "Բլինքենը ասել է. «խաղաղությունը մոտ է,\nև այն չպետք է բաց թողնել։\n\nԱյլ բան չի ասվել։", "խաղաղությունը մոտ է,\nև այն չպետք է բաց թողնել։"],
  ])("an unclosed quotation is read over its wrapped lines to the blank line (%s)", (_, text, quoted) => {
    expect(quotesOf(text)).toEqual([{ fragments: [quoted], unclosed: true }]);
  });

  test("an unclosed wrapped quotation is checked whole: verbatim, not cut at the line's end", () => {
    const text = "Secretary Blinken called Aliyev. He said “peace is within reach,\nand it must not slip away.\n\nNo more was said.";
    expect(checksOf(text)).toEqual([["peace is within reach, and it must not slip away", "verbatim", expect.stringMatching(/Blinken$/u), true]]);
    expect(checksOf(text)).toEqual(checksOf(text.replace(",\n", ", ")));
  });
});

describe("a real paragraph break still ends a quotation's paragraph", () => {
  test.each([
    ["a blank line", "Blinken said “peace is within reach\n\nand the talks will go on in Washington.", [{ fragments: ["peace is within reach"], unclosed: true }]],
    ["a capital", "Blinken said “peace is within reach for both sides\nThe talks will go on in Washington.", [{ fragments: ["peace is within reach for both sides"], unclosed: true }]],
    ["a list marker", "Blinken said “the sides must settle three things:\n- the border,\n- the detainees.", [{ fragments: ["the sides must settle three things"], unclosed: true }]],
    ["a digit", "Blinken said “the sides must settle three things:\n1. the border,\n2. the detainees.", [{ fragments: ["the sides must settle three things"], unclosed: true }]],
    [
      "the same opening mark: a quotation over several paragraphs",
      "The statement read:\n“The ministers reviewed the border commission's work,\n“and they agreed to open two crossings.”",
      [{ fragments: ["The ministers reviewed the border commission's work"] }, { fragments: ["and they agreed to open two crossings"] }],
    ],
    [
      "the same opening mark, Russian",
      "Заявление гласит:\n«Министры обсудили работу пограничной комиссии,\n«и договорились открыть два перехода».",
      [{ fragments: ["Министры обсудили работу пограничной комиссии"] }, { fragments: ["и договорились открыть два перехода"] }],
    ],
  ])("%s", (_, text, quotations) => {
    expect(quotesOf(text)).toEqual(quotations);
  });

  test("one definition: a single break before lower case wraps; a blank line, a capital, a marker or a mark does not", () => {
    const breakIn = (text: string) => text.search(/[\n\r\u2028\u2029]/u);
    expect(wrapsInsideQuotation("within\nreach", breakIn("within\nreach"))).toBe(true);
    expect(wrapsInsideQuotation("within\r\nreach", breakIn("within\r\nreach"))).toBe(true);
    for (const text of ["within\n\nreach", "within\nReach", "within\n- reach", "within\n“reach", "within\n1. reach", "within\n"]) {
      expect(wrapsInsideQuotation(text, breakIn(text))).toBe(false);
    }
  });

  test("between sentences a wrap needs its comma, read past the spaces and the CR before the break, at either break of a CRLF", () => {
    const noAttribution = () => false;
    const text = "The sides agreed to meet again, \r\nand the talks will go on.";
    expect(wrapsAfterComma(text, text.indexOf("\r"), noAttribution)).toBe(true);
    expect(wrapsAfterComma(text, text.indexOf("\n"), noAttribution)).toBe(true);
    expect(wrapsAfterComma("The sides agreed to meet\nand the talks will go on.", 24, noAttribution)).toBe(false);
    expect(wrapsAfterComma("The sides agreed to meet again,\n\nand the talks will go on.", 31, noAttribution)).toBe(false);
  });
});

describe("what reads a quotation's sentence reads a wrap inside it as no sentence's end", () => {
  test("a phrase quoted inside the writer's own sentence and wrapped relays no speech: it frames nothing", () => {
    const text = "Lavrov called the talks «весьма\nконструктивными и полезными» in a call with Blinken.";
    const start = text.indexOf("«") + 1;
    const fragment = { start, end: text.indexOf("»") };
    expect(quotationFrames(text, [fragment])).toEqual([]);
    expect(quotationFrames(text, findQuotations(text).flatMap((quotation) => quotation.fragments))).toEqual([]);
  });

  test("a quotation over two sentences, wrapped, is checked and attributed as on one line", () => {
    const wrapped = "Blinken called Aliyev on Monday. “Peace is within reach, and it must not\nslip away. Baku is ready to sign the peace\ntreaty,” Blinken said.";
    expect(checksOf(wrapped)).toEqual(checksOf(wrapped.replace(/\n/gu, " ")));
    expect(checksOf(wrapped)).toEqual([["Peace is within reach, and it must not slip away. Baku is ready to sign the peace treaty", "altered", expect.stringMatching(/Blinken$/u), false]]);
  });
});

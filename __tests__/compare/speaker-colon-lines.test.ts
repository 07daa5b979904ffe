/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";

// A colon that introduces a quotation set on a line of its own ("Blinken said:\n“…”"): the speaker finder's sentence
// started after the line break, so the sentence naming the speaker was never read and the quotation had none (session 17,
// found by helper H2). Texts written for this test.

const US: StatementInput = { id: "us", label: "US", party: "us", language: "en", speaker: "Antony Blinken", text: "Secretary Blinken spoke with President Aliyev. Peace is within reach." };
const AZ_RU: StatementInput = { id: "az", label: "AZ", party: "az", language: "ru", speaker: "Ильхам Алиев", text: "Президент Алиев провёл разговор с Блинкеном. Баку готов подписать мирный договор." };
const AM_HY: StatementInput = { id: "am", label: "AM", party: "am", language: "hy", speaker: "Նիկոլ Փաշինյան", text: "Վարչապետ Փաշինյանը հեռախոսազրույց է ունեցել Բլինքենի հետ։ Խաղաղությունը հասանելի է։" };

function speakersOf(text: string, language: string, other: StatementInput) {
  const comparison = compare([{ id: "n", label: "N", role: "secondary", language, text }, other]);
  return comparison.quotes.filter((quote) => quote.statementId === "n").map((quote) => [quote.speaker?.name ?? null, quote.speaker?.statementIds ?? [], quote.verdict]);
}

const SEPARATORS: [string, string][] = [
  ["LF", "\n"],
  ["CRLF", "\r\n"],
  ["a blank line", "\n\n"],
  ["U+2028", "\u2028"],
  ["spaces around a line break", "  \n "],
];

describe("a colon, a line break, then the quotation it introduces", () => {
  test.each(SEPARATORS)("English, %s", (_name, separator) => {
    expect(speakersOf(`Secretary of State Antony Blinken called President Ilham Aliyev. Blinken said:${separator}“Peace is within reach.”`, "en", US)).toEqual([["Blinken", ["us"], "verbatim"]]);
  });

  test.each(SEPARATORS)("Russian, %s", (_name, separator) => {
    expect(speakersOf(`Блинкен позвонил Алиеву. Алиев заявил:${separator}«Баку готов подписать мирный договор».`, "ru", AZ_RU)).toEqual([["Алиев", ["az"], "verbatim"]]);
  });

  test("Armenian, where the text ends its sentences with the verjaket: the colon introduces the quotation", () => {
    expect(speakersOf("Բլինքենը զանգահարել է Փաշինյանին։ Փաշինյանը նշել է:\n«Խաղաղությունը հասանելի է»։", "hy", AM_HY)).toEqual([["Փաշինյան", ["am"], "verbatim"]]);
  });

  test("stays apart: a full stop before the line, a colon with no quotation after it, or an Armenian text that types ':' for every full stop", () => {
    expect(speakersOf("Secretary of State Antony Blinken called President Ilham Aliyev.\n“Peace is within reach.”", "en", US)).toEqual([[null, [], "verbatim"]]);
    expect(speakersOf("Blinken listed three points:\nthe border, the detainees, the talks. “Peace is within reach,” an aide said.", "en", US)).toEqual([[null, [], "verbatim"]]);
    expect(speakersOf("Բլինքենը զանգահարել է Փաշինյանին: Փաշինյանը նշել է:\n«Խաղաղությունը հասանելի է»:", "hy", AM_HY)[0][0]).toBeNull();
  });
});

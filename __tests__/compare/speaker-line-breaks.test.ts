/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";

// Line breaks around a quotation's attribution (session 17, found by helpers H2 and H7). A colon that introduces a
// quotation set on a line of its own ("Blinken said:\n“…”"), and a hard wrap inside the sentence that names the speaker
// ("Blinken\nsaid, “…”"): the speaker finder's sentence started after the line break, so the sentence naming the
// speaker was never read and the quotation had none. Texts written for this test.

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

// Attributions written before and after a quotation, with lower-case words where a writer or a CMS may wrap the line.
const ATTRIBUTIONS: [before: string, after: string][] = [
  ["Speaking to reporters on Monday, Blinken said that ", ""],
  ["Blinken, who called President Aliyev on Monday, later said, ", ""],
  ["", ", Blinken said after the call with the president on Monday."],
  ["", ", the Secretary told reporters in a short briefing after the call."],
];

test("property: wrapping the attribution's sentence at spaces before lower-case words keeps the quotation's speaker and verdict", () => {
  const lead = "Secretary of State Antony Blinken called President Ilham Aliyev on Monday. ";
  fc.assert(
    fc.property(fc.constantFrom(...ATTRIBUTIONS), fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\u2028", " \n"), ([before, after], wraps, lineBreak) => {
      const text = `${lead}${before}“Peace is within reach${after ? "," : "."}”${after}`;
      let k = 0;
      // Only the attribution's own words are wrapped (the lead sentence ends with a full stop, which a wrap never crosses).
      const wrapped = lead + text.slice(lead.length).replace(/ (?=\p{Ll})/gu, () => (wraps[k++ % wraps.length] ? lineBreak : " "));
      expect(speakersOf(wrapped, "en", US)).toEqual(speakersOf(text, "en", US));
      expect(speakersOf(text, "en", US)[0][0]).not.toBeNull();
    }),
    { numRuns: 150 },
  );
});

/** @jest-environment node */
import { compare } from "@/lib/compare";
import { splitSentences } from "@/lib/compare/segment";

// Own test sentences about Blinken's late-November 2023 calls. A hard wrap: a sentence broken over two lines after a
// comma by its writer or a CMS, which Unicode's sentence rules (UAX #29) break at the line's end (tester T1 #8).
const sentencesOf = (text: string, language = "en") => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

describe("a line that ends in a comma and goes on below is one sentence", () => {
  test.each([
    ["ru", "Алиев провел разговор с Блинкеном. «Баку не будет вести переговоры под давлением»,\n— сказал президент Азербайджана Ильхам Алиев.", "«Баку не будет вести переговоры под давлением»,\n— сказал президент Азербайджана Ильхам Алиев."],
    ["en", "Blinken called Aliyev on Monday. “Peace is within reach,”\nBlinken said.", "“Peace is within reach,”\nBlinken said."],
    ["en", "Blinken called Aliyev on Monday. The sides agreed to meet again,\nand the talks will go on in Washington.", "The sides agreed to meet again,\nand the talks will go on in Washington."],
    ["en", "Blinken called Aliyev on Monday. The sides agreed to meet again,\r\nand the talks will go on in Washington.", "The sides agreed to meet again,\r\nand the talks will go on in Washington."],
  ])("%s: %s", (language, text, second) => {
    expect(sentencesOf(text, language)[1]).toBe(second);
  });

  test.each([
    // A list's items end in commas but open with a marker or a capital; a blank line is a paragraph's end.
    ["The sides discussed:\n- the border,\n- the detainees,\n- the displaced families.", ["The sides discussed:", "- the border,", "- the detainees,", "- the displaced families."]],
    ["Washington,\nNovember 27, 2023\nBlinken spoke with Aliyev.", ["Washington,", "November 27, 2023", "Blinken spoke with Aliyev."]],
    ["The sides agreed to meet again,\n\nand the talks will go on.", ["The sides agreed to meet again,", "and the talks will go on."]],
    // After a quotation closed on a comma, only an attribution goes on.
    ["“Peace is within reach,”\nBlinken spoke with Aliyev on Monday.", ["“Peace is within reach,”", "Blinken spoke with Aliyev on Monday."]],
  ])("stays apart: %s", (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});

describe("the speaker finder reads an attribution on the next line", () => {
  test.each([
    ["ru", "Алиев провел разговор с Блинкеном. «Баку не будет вести переговоры под давлением»,\n— сказал президент Азербайджана Ильхам Алиев.", "Ильхам Алиев"],
    ["en", "Blinken called Aliyev on Monday. “Peace is within reach,”\nBlinken said.", "Blinken"],
  ])("%s: %s", (language, text, speaker) => {
    const comparison = compare([
      { id: "a", label: "A", text, language },
      { id: "b", label: "B", text: language === "ru" ? "Блинкен и Алиев обсудили мирный процесс." : "Blinken and Aliyev discussed the peace process.", language },
    ]);
    expect(comparison.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual([speaker]);
    // The attribution is no row of its own, "not reported" by the other statement.
    expect(comparison.rows.some((row) => row.cells.length === 1 && /^(?:— сказал|Blinken said\.)/u.test(row.cells[0].text))).toBe(false);
  });
});

/** @jest-environment node */
import { splitClauses, splitSentences, type TextRange } from "@/lib/compare/segment";
import { tokenize } from "@/lib/compare/tokens";

function sentences(text: string, language = "en"): string[] {
  const ranges = splitSentences(text, language);
  for (const { start, end } of ranges) {
    expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
    expect(end).toBeGreaterThan(start);
  }
  return ranges.map(({ start, end }) => text.slice(start, end));
}

function words(text: string, language = "en"): string[] {
  const found: string[] = [];
  tokenize(text, 0, text.length, language, (start, end) => found.push(text.slice(start, end)));
  return found;
}

describe("splitSentences", () => {
  it("does not break after U.S. or Nov. followed by a capital or a number", () => {
    expect(sentences("The U.S. Secretary spoke on Nov. 20 with Aliyev. He said 100,000 people fled on September 19-20.")).toEqual([
      "The U.S. Secretary spoke on Nov. 20 with Aliyev.",
      "He said 100,000 people fled on September 19-20.",
    ]);
  });

  it("keeps a real break after an abbreviation when a function word starts the next sentence", () => {
    expect(sentences("He flew to the U.S. The next day he left.")).toEqual(["He flew to the U.S.", "The next day he left."]);
  });

  it("repairs breaks after titles and initials", () => {
    expect(sentences("Mr. Smith met Dr. Jones — briefly — in St. Louis. J. Smith left.")).toEqual([
      "Mr. Smith met Dr. Jones — briefly — in St. Louis.",
      "J. Smith left.",
    ]);
  });

  it("handles curly quotes around a sentence", () => {
    expect(sentences("“We’ve made clear,” he said. “Next steps follow.” O’Brien’s aide agreed.")).toEqual([
      "“We’ve made clear,” he said.",
      "“Next steps follow.”",
      "O’Brien’s aide agreed.",
    ]);
  });

  it("splits Armenian at the Armenian full stop", () => {
    expect(sentences("Հայաստանի վարչապետը խոսել է։ Նա շնորհակալություն է հայտնել։", "hy")).toEqual([
      "Հայաստանի վարչապետը խոսել է։",
      "Նա շնորհակալություն է հայտնել։",
    ]);
  });

  it("splits Russian, Azerbaijani and Italian", () => {
    expect(sentences("Премьер-министр провёл переговоры с госсекретарём США. Стороны обсудили мирный процесс.", "ru")).toHaveLength(2);
    expect(sentences("Prezident İlham Əliyev telefon danışığı aparıb. Tərəflər sülh prosesini müzakirə ediblər.", "az")).toEqual([
      "Prezident İlham Əliyev telefon danışığı aparıb.",
      "Tərəflər sülh prosesini müzakirə ediblər.",
    ]);
    expect(sentences("Il Presidente ha parlato con Blinken. «Siamo pronti», ha detto l’ambasciatore.", "it")).toEqual([
      "Il Presidente ha parlato con Blinken.",
      "«Siamo pronti», ha detto l’ambasciatore.",
    ]);
  });

  it("trims whitespace and line breaks from segment edges, offsets still slicing exactly", () => {
    expect(sentences("  \n  Leading space. Trailing space.   \n")).toEqual(["Leading space.", "Trailing space."]);
    expect(sentences("Heading without a full stop\nBody text.")).toEqual(["Heading without a full stop", "Body text."]);
  });

  it("cuts a very long run without sentence punctuation at whitespace", () => {
    const text = "word ".repeat(20_000);
    const ranges = splitSentences(text, "en");
    expect(ranges.length).toBeGreaterThan(1);
    for (const { start, end } of ranges) {
      expect(text.slice(start, end)).toMatch(/^word( word)*$/u);
    }
  });

  it("returns nothing for empty or whitespace-only text", () => {
    expect(splitSentences("", "en")).toEqual([]);
    expect(splitSentences(" \n\t ", "en")).toEqual([]);
  });
});

describe("splitClauses", () => {
  const text =
    "The humanitarian issues of over 100,000 displaced persons of Nagorno-Karabakh were raised, and the government’s steps aimed at overcoming these issues were also discussed at length; the sides agreed to keep in touch.";
  const whole: TextRange = { start: 0, end: text.length };

  it("splits a long compound sentence at a conjunction and a semicolon", () => {
    expect(splitClauses(text, whole).map(({ start, end }) => text.slice(start, end))).toEqual([
      "The humanitarian issues of over 100,000 displaced persons of Nagorno-Karabakh were raised,",
      "and the government’s steps aimed at overcoming these issues were also discussed at length;",
      "the sides agreed to keep in touch.",
    ]);
  });

  it("splits a list of things said, each opening with a past-tense verb, into clauses (issue 11, clause splits)", () => {
    const said = "The envoy reviewed the long friendship with the island republic, praised the quick repair of the power grid, and welcomed the new customs agreement.";
    expect(splitClauses(said, { start: 0, end: said.length }).map(({ start, end }) => said.slice(start, end))).toEqual([
      "The envoy reviewed the long friendship with the island republic,",
      "praised the quick repair of the power grid,",
      "and welcomed the new customs agreement.",
    ]);
  });

  it("does not split before an -eed word that is no verb in the past ('indeed')", () => {
    const indeed = "The talks between the two delegations were long and difficult, indeed harder than anyone at the ministry had expected.";
    expect(splitClauses(indeed, { start: 0, end: indeed.length })).toEqual([{ start: 0, end: indeed.length }]);
  });

  it("leaves short sentences whole", () => {
    const short = "They met, and they talked.";
    expect(splitClauses(short, { start: 0, end: short.length })).toEqual([{ start: 0, end: short.length }]);
  });
});

describe("tokenize", () => {
  it("keeps numbers, apostrophes, hyphens and acronyms together", () => {
    expect(words("Over 100,000 people on September 19-20 — O’Brien’s U.S. Nagorno-Karabakh visit.")).toEqual([
      "Over",
      "100,000",
      "people",
      "on",
      "September",
      "19-20",
      "O’Brien’s",
      "U.S",
      "Nagorno-Karabakh",
      "visit",
    ]);
  });

  it("joins a word or a number only at its own joiners, and only before a character of its kind", () => {
    const cases: [string, string[]][] = [
      ["rock'n well-known a–b O‘x", ["rock'n", "well-known", "a–b", "O‘x"]],
      ["a.b a.1 a/b a,b a:b", ["a.b", "a", "1", "a", "b", "a", "b", "a", "b"]],
      ["1/2 1:30 1.5 1,000 1–2 1'2", ["1/2", "1:30", "1.5", "1,000", "1–2", "1", "2"]],
      ["1-a a- -b 2.", ["1", "a", "a", "b", "2"]],
    ];
    for (const [text, expected] of cases) expect(words(text)).toEqual(expected);
  });

  it("finds words in Armenian and in scripts written without spaces", () => {
    expect(words("Նա շնորհակալություն է հայտնել։", "hy")).toEqual(["Նա", "շնորհակալություն", "է", "հայտնել"]);
    expect(words("我们去公园吧", "zh").length).toBeGreaterThan(1);
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { splitSentences } from "@/lib/compare/segment";
import type { Comparison, StatementInput } from "@/lib/compare/types";

// Own test sentences about Blinken's late-November 2023 calls with Pashinyan and Aliyev.
const sentencesOf = (text: string, language = "en") => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

const rowOf = (comparison: Comparison, statementId: string, words: string) =>
  comparison.rows.find((row) => row.cells.some((cell) => cell.statementId === statementId && cell.text.includes(words)))!;

describe("a quoted question or exclamation keeps its attribution (UAX #29 breaks after every ? and !)", () => {
  test.each([
    ["“We will not give up on peace!” Blinken said. The talks continue.", "“We will not give up on peace!” Blinken said."],
    ["“Will the talks resume soon?” Blinken asked. Aliyev answered that they would.", "“Will the talks resume soon?” Blinken asked."],
    ["“Will the talks resume soon?” the Secretary asked. Aliyev answered.", "“Will the talks resume soon?” the Secretary asked."],
    ["“Will the talks resume soon?” asked Blinken. Aliyev answered.", "“Will the talks resume soon?” asked Blinken."],
    ["“Is this the end?” he asked. Aliyev answered.", "“Is this the end?” he asked."],
    ["“Will the talks resume soon?” Blinken later asked, adding that he hoped so. Aliyev answered.", "“Will the talks resume soon?” Blinken later asked, adding that he hoped so."],
    ["“Will the talks resume soon?” Miller, the State Department spokesman, said. Aliyev answered.", "“Will the talks resume soon?” Miller, the State Department spokesman, said."],
    ['"Why now?" Pashinyan asked. Blinken replied.', '"Why now?" Pashinyan asked.'],
    ["“Enough…” Aliyev said. The call ended.", "“Enough…” Aliyev said."],
    // Tester T2 #9: common nouns in lower case, more verbs, a Russian attribution without its dash.
    ["“Will the talks resume?” a journalist asked. Blinken smiled.", "“Will the talks resume?” a journalist asked."],
    ["“Will the talks resume?” reporters asked. Blinken smiled.", "“Will the talks resume?” reporters asked."],
    ["“Now!” Blinken demanded. Aliyev left.", "“Now!” Blinken demanded."],
    ["“When?” Blinken wanted to know. Aliyev left.", "“When?” Blinken wanted to know."],
    ["“Never!” exclaimed Aliyev. Blinken left.", "“Never!” exclaimed Aliyev."],
  ])("%s", (text, first) => {
    expect(sentencesOf(text)[0]).toBe(first);
  });

  test("Russian: «…?» Пашинян спросил. is one sentence", () => {
    const text = "«Вернётся ли Баку за стол переговоров?» Пашинян спросил. Алиев промолчал.";
    expect(sentencesOf(text, "ru")[0]).toBe("«Вернётся ли Баку за стол переговоров?» Пашинян спросил.");
  });

  test.each([
    // No quotation: the question is a sentence of its own.
    ["Will the talks resume soon? Blinken said they would.", "Will the talks resume soon?"],
    // A capital pronoun may open the next sentence; a full stop before the mark ends the quotation's sentence.
    ["“Will the talks resume soon?” He said nothing more.", "“Will the talks resume soon?”"],
    ["“The talks will resume.” Blinken said the date was open.", "“The talks will resume.”"],
    // Not an attribution: a name and no reporting verb; a lower-case clause with another verb.
    ["“Will the talks resume soon?” Blinken and Aliyev met later.", "“Will the talks resume soon?”"],
    ["“Will the talks resume?” the talks resumed. They did.", "“Will the talks resume?”"],
    // A verb of saying with a clause or an object of its own states something else (tester T2 #4).
    ["“Will the talks resume?” Blinken said the ban would be lifted.", "“Will the talks resume?”"],
    ["“Will the talks resume?” Blinken asked Pashinyan to be patient.", "“Will the talks resume?”"],
    ["He asked: “Will the talks resume?” Aliyev then said Baku was ready.", "He asked: “Will the talks resume?”"],
    ["Aliyev asked: “Why?” Blinken replied that Baku knew why.", "Aliyev asked: “Why?”"],
  ])("%s", (text, first) => {
    expect(sentencesOf(text)[0]).toBe(first);
  });
});

describe("a name and a verb of saying are no claim: they never make a row by themselves", () => {
  const statements = (a: string, b: string): StatementInput[] => [
    { id: "a", label: "A", text: `Blinken called Aliyev on Monday. ${a} The two discussed the border.` },
    { id: "b", label: "B", text: `Blinken called Aliyev on Monday. The two discussed the border. ${b}` },
  ];

  test("“X said: ‘A’” and “X said B” are two claims, each not reported by the other statement", () => {
    const comparison = compare(statements("Blinken said: “We will not give up on peace.”", "Blinken said the process was fragile."));
    const quoted = rowOf(comparison, "a", "give up on peace");
    const fragile = rowOf(comparison, "b", "fragile");
    expect(quoted).not.toBe(fragile);
    expect(quoted.notReportedBy).toEqual(["b"]);
    expect(fragile.notReportedBy).toEqual(["a"]);
  });

  test("a quoted exclamation with its attribution is one claim, not a row “Blinken said.” paired elsewhere", () => {
    const comparison = compare(statements("“We will not give up on peace!” Blinken said.", "Blinken said the process was fragile."));
    expect(comparison.statements[0].segments.map((segment) => segment.text)).toContain("“We will not give up on peace!” Blinken said.");
    expect(rowOf(comparison, "a", "give up on peace").notReportedBy).toEqual(["b"]);
    expect(rowOf(comparison, "b", "fragile").notReportedBy).toEqual(["a"]);
  });

  // Where a sentence reports nothing beyond names and the verb, the verb is the claim (tester T2 #5: these pairs had
  // become two rows, each "not reported" by the other).
  test.each([
    ["Blinken asked about Ruben Vardanyan.", "Blinken asked Aliyev about Ruben Vardanyan."],
    ["Aliyev responded to James O'Brien.", "Aliyev replied to James O'Brien."],
    ["Blinken asked about Nagorno-Karabakh.", "Blinken asked Pashinyan about Nagorno-Karabakh."],
    ["Aliyev told Blinken no.", "Aliyev said no to Blinken."],
    ["Aliyev asked why.", "Aliyev asked why that was so."],
  ])("a verb of saying with only names for content is the claim: %s / %s", (a, b) => {
    const opener = "Secretary of State Antony Blinken spoke with President Ilham Aliyev and Prime Minister Nikol Pashinyan.";
    const comparison = compare([
      { id: "a", label: "A", text: `${opener} ${a}` },
      { id: "b", label: "B", text: `${opener} ${b}` },
    ]);
    const row = rowOf(comparison, "a", a.slice(0, -1));
    expect(row.cells.map((cell) => cell.text)).toEqual([a, b]);
    expect(row.notReportedBy).toEqual([]);
  });

  test("the same claim framed by different verbs of saying still makes one row", () => {
    const comparison = compare(statements("Blinken said the process was fragile.", "Blinken noted that the process was fragile."));
    const row = rowOf(comparison, "a", "fragile");
    expect(row.cells.map((cell) => cell.statementId).sort()).toEqual(["a", "b"]);
  });

  const CLAIMS_EN = [
    "the process was fragile",
    "both sides should return to the table",
    "the border crossing would open next month",
    "the detainees deserved a fair hearing",
    "humanitarian aid was reaching the region",
    "a treaty could be signed by spring",
  ];
  // Frames of a name inside the sentence (a capital there says "name"; at a sentence's start it may be any word), stop
  // words and a verb of saying only: a shared "Monday", "later" or "reporters" would be a shared word, and a title's
  // synonym sets are substance (similarity.ts notSubstanceTerms).
  const FRAMES_EN = ["Then Blinken said", "And Blinken added that", "Then Aliyev said", "And Pashinyan replied that", "So Blinken noted that"];
  const CLAIMS_RU = ["процесс остается хрупким", "границу откроют в следующем месяце", "гуманитарная помощь поступает в регион", "договор могут подписать весной"];
  const FRAMES_RU = ["Госсекретарь Блинкен сказал, что", "Президент Алиев заявил, что", "Премьер-министр Пашинян отметил, что"];

  test("property: two different claims behind the same speaker and verb never share a row (English and Russian)", () => {
    const pairOf = (claims: string[], frames: string[], language: string) =>
      fc.tuple(fc.constantFrom(...frames), fc.integer({ min: 0, max: claims.length - 1 }), fc.integer({ min: 1, max: claims.length - 1 })).map(([frame, i, shift]) => ({
        language,
        a: `${frame} ${claims[i]}.`,
        b: `${frame} ${claims[(i + shift) % claims.length]}.`,
      }));
    fc.assert(
      fc.property(fc.oneof(pairOf(CLAIMS_EN, FRAMES_EN, "en"), pairOf(CLAIMS_RU, FRAMES_RU, "ru")), ({ language, a, b }) => {
        const comparison = compare([
          { id: "a", label: "A", text: a, language },
          { id: "b", label: "B", text: b, language },
        ]);
        for (const row of comparison.rows) expect(row.cells.length).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { Lexicon } from "@/lib/compare/lexicon";
import { termMakerFor } from "@/lib/compare/normalise";
import { readingLanguageOf } from "@/lib/compare/reading-language";
import type { AlignedRow, StatementInput } from "@/lib/compare/types";

// A word's matching terms were made by its statement's language alone: a Russian readout quoting the State
// Department's English sentence word for word had the Russian rules applied to English words (no English stop word
// dropped, no English stem: "discussed" stayed "discussed", "OSCE" stayed "osce" against the English "osc"), so the
// quotation did not share a row with the sentence it quotes; an English readout quoting Russian, likewise. Each
// hyphen-separated part is now read in the language its script says (lib/compare/reading-language.ts).

/** The terms (as strings) of one word written in a statement tagged `language`. */
function termsIn(lexicon: Lexicon, word: string, language: string): string[] {
  const id = lexicon.codeAt(word, 0, word.length) >> 1;
  return lexicon.termsOf(id, language).map((term) => lexicon.terms[term]);
}

/** The terms the statement's own language gives a word (the reading before words followed their script). */
function ownTerms(lexicon: Lexicon, word: string, language: string): string[] {
  const id = lexicon.codeAt(word, 0, word.length) >> 1;
  return Array.from(termMakerFor(language).terms(lexicon.words[id]));
}

describe("a word's terms follow its script", () => {
  test("Latin words in a Russian or Armenian statement are read by the English rules", () => {
    const lexicon = new Lexicon();
    for (const word of ["discussed", "the", "refugees", "OSCE", "OSCE's", "Antony", "States", "mandates"]) {
      const english = termsIn(lexicon, word, "en");
      expect([word, termsIn(lexicon, word, "ru")]).toEqual([word, english]);
      expect([word, termsIn(lexicon, word, "hy")]).toEqual([word, english]);
    }
    // The English rules, not the Russian ones: stop words go, stems are taken.
    expect(termsIn(lexicon, "the", "ru")).toEqual([]);
    expect(termsIn(lexicon, "discussed", "ru")).toEqual(["discuss"]);
    expect(termsIn(lexicon, "OSCE", "hy")).toEqual(["osc"]);
  });

  test("Cyrillic words in an English or Armenian statement are read as Russian, Armenian ones as Armenian", () => {
    const lexicon = new Lexicon();
    for (const word of ["обсудили", "и", "беженцев", "госсекретаря"]) {
      const russian = termsIn(lexicon, word, "ru");
      expect([word, termsIn(lexicon, word, "en")]).toEqual([word, russian]);
      expect([word, termsIn(lexicon, word, "hy")]).toEqual([word, russian]);
    }
    expect(termsIn(lexicon, "и", "en")).toEqual([]);
    for (const word of ["խաղաղության", "և", "հեռախոսազրույց"]) {
      expect([word, termsIn(lexicon, word, "en")]).toEqual([word, termsIn(lexicon, word, "hy")]);
      expect([word, termsIn(lexicon, word, "ru")]).toEqual([word, termsIn(lexicon, word, "hy")]);
    }
  });

  test("numbers, mixed parts and languages written in both Latin and Cyrillic keep their statement's rules", () => {
    const lexicon = new Lexicon();
    // Numbers are read in the statement's convention (lib/text/numbers.ts), whatever their neighbours.
    for (const language of ["ru", "en", "hy"]) {
      for (const number of ["1,5", "100,000", "19-20"]) expect(termsIn(lexicon, number, language)).toEqual(ownTerms(lexicon, number, language));
    }
    // Per hyphen-separated part: the Latin part by the English rules, the Cyrillic one by the Russian ones.
    const [russia] = ownTerms(lexicon, "россией", "ru");
    expect(russia).toBe("росс");
    expect(termsIn(lexicon, "NATO-россией", "en")).toEqual(["nato", russia]);
    expect(termsIn(lexicon, "NATO-россией", "ru")).toEqual(["nato", russia]);
    // A Serbian text tagged "sr" may be in Latin letters: its words are Serbian, not English.
    expect(readingLanguageOf("razgovarali", "sr")).toBe("sr");
    expect(readingLanguageOf("razgovarali", "sr-Cyrl")).toBe("sr-Cyrl");
    // A part mixing scripts (a Cyrillic "а" typed inside a Latin name) is no evidence of another language.
    expect(readingLanguageOf("p\u0430shinyan", "en")).toBe("en");
    expect(readingLanguageOf("p\u0430shinyan", "ru")).toBe("ru");
    // Greek and Georgian letters have one language each here.
    expect([readingLanguageOf("ειρηνη", "en"), readingLanguageOf("მშვიდობა", "ru")]).toEqual(["el", "ka"]);
    // A tag that declares no script reads every word in its own language.
    expect(readingLanguageOf("discussed", "xx")).toBe("xx");
    // Russian written in Latin letters ("ru-Latn") is Russian in either script.
    expect(readingLanguageOf("обсудили", "ru-Latn")).toBe("ru-Latn");
    expect(readingLanguageOf("discussed", "ru-RU")).toBe("en");
  });

  test("words in their statement's own script are read as before (its language's TermMaker)", () => {
    const latin = fc.stringMatching(/^[a-z]{1,12}(-[a-z]{1,8})?$/);
    const cyrillic = fc.stringMatching(/^[а-я]{1,12}(-[а-я]{1,8})?$/);
    const armenian = fc.stringMatching(/^[ա-ֆ]{1,12}$/);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(latin, fc.constantFrom("en", "en-GB", "fr", "az", "sr-Latn")), fc.tuple(cyrillic, fc.constantFrom("ru", "uk", "sr")), fc.tuple(armenian, fc.constant("hy"))), ([word, language]) => {
        const lexicon = new Lexicon();
        expect(termsIn(lexicon, word, language)).toEqual(ownTerms(lexicon, word, language));
      }),
      { numRuns: 300 },
    );
  });

  test("every caller reads one word alike: the cached table holds what termsOf made", () => {
    const lexicon = new Lexicon();
    const id = lexicon.codeAt("discussed", 0, 9) >> 1;
    const terms = lexicon.termsOf(id, "ru");
    expect(lexicon.termTable("ru")[id]).toBe(terms);
    expect(lexicon.synonymsApply(id, "ru")).toBe(true);
    const russian = lexicon.codeAt("обсудили", 0, 8) >> 1;
    expect([lexicon.synonymsApply(russian, "ru"), lexicon.synonymsApply(russian, "hy")]).toEqual([false, false]);
  });
});

// Texts in our own words about the Blinken–Pashinyan and Blinken–Aliyev calls of late November 2023.
const STATE_SENTENCES = [
  "Secretary Blinken spoke by telephone with Prime Minister Pashinyan of Armenia on Monday.",
  "They discussed the situation of the refugees who were forced to leave Nagorno-Karabakh and the steps the government is taking to help them.",
  "The Secretary reaffirmed that the United States supports a durable and dignified peace between Armenia and Azerbaijan.",
  "He also raised the cancelled meeting of the foreign ministers in Washington and the prospects for resuming those talks.",
  "The two leaders agreed to stay in close contact about the peace process in the coming weeks.",
];
// The same sentences lightly reworded: a stop word dropped or added, an inflection changed.
const REWORDED = [
  "Secretary Blinken spoke by telephone to Prime Minister Pashinyan of Armenia on Monday.",
  "They discussed the situation of refugees who had been forced to leave Nagorno-Karabakh and steps the government took to help them.",
  "The Secretary reaffirmed that the United States is supporting a durable and dignified peace between Armenia and Azerbaijan.",
  "He also raised the cancelled meetings of foreign ministers in Washington and the prospect of resuming the talks.",
  "The two leaders agreed to stay in closer contact about the peace process in the coming week.",
];
const STATE = STATE_SENTENCES.join(" ");

const RU_OWN = [
  "В понедельник премьер-министр Никол Пашинян провёл телефонный разговор с госсекретарём США Энтони Блинкеном.",
  "Премьер-министр рассказал о мерах правительства по обеспечению жильём вынужденных переселенцев.",
];
const RU_FRAMES = ["Госдепартамент сообщил: «%»", "В заявлении Госдепартамента говорится: \"%\"", "Как отметили в Вашингтоне, %", "Согласно американской стороне, „%“"];
const HY_FRAMES = ["Պետդեպարտամենտը հայտնել է. «%»", "Ըստ ամերիկյան կողմի՝ «%»"];

function readout(frame: string, quoted: string, own: readonly string[]): string {
  return `${own[0]} ${frame.replace("%", quoted)} ${own[1]}`;
}

function statements(other: string, tag: string): StatementInput[] {
  return [
    { id: "state", label: "State Department", text: STATE, language: "en", party: "us" },
    { id: "other", label: "Prime Minister's Office", text: other, language: tag, party: "am" },
  ];
}

/** The row of the other readout's cell holding `marker`. */
function rowWith(rows: readonly AlignedRow[], marker: string): AlignedRow {
  return rows.find((row) => row.cells.some((cell) => cell.statementId === "other" && cell.text.includes(marker)))!;
}

describe("a sentence quoted in another script's readout shares the row of the sentence it quotes", () => {
  test("verbatim and lightly reworded English in a Russian readout", () => {
    for (const quoted of [STATE_SENTENCES[1], REWORDED[1]]) {
      const rows = compare(statements(readout(RU_FRAMES[0], quoted, RU_OWN), "ru")).rows;
      const row = rowWith(rows, "refugees");
      expect([quoted, row.reportedBy]).toEqual([quoted, ["state", "other"]]);
      expect(row.cells.find((cell) => cell.statementId === "state")!.text).toBe(STATE_SENTENCES[1]);
      expect(row.match?.strength).toBe("strong");
    }
  });

  test("a Latin acronym and name in a Russian or Armenian readout match the English readout's", () => {
    const english = "Secretary Blinken spoke by phone with Prime Minister Pashinyan on Monday. They discussed the mandate of the EU monitoring mission and the OSCE's offices in the region.";
    const phrase = "the mandates of the EU monitoring mission and OSCE offices in the region";
    const others: [string, string][] = [
      ["ru", `Премьер-министр Никол Пашинян провёл телефонный разговор с Antony Blinken. Стороны обсудили «${phrase}».`],
      ["hy", `Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Antony Blinken-ի հետ։ Քննարկվել են «${phrase}»։`],
    ];
    for (const [tag, text] of others) {
      const rows = compare([
        { id: "state", label: "State Department", text: english, language: "en", party: "us" },
        { id: "other", label: "Prime Minister's Office", text, language: tag, party: "am" },
      ]).rows;
      const row = rowWith(rows, "EU");
      // Before: "OSCE" read by the Russian/Armenian rules was "osce", the English "OSCE's" was "osc": only "EU" matched.
      expect([tag, row.reportedBy, row.match?.names]).toEqual([tag, ["state", "other"], ["EU", "OSCE's"]]);
      expect([tag, row.match?.strength]).toEqual([tag, "strong"]);
    }
  });

  test("Russian quoted in an English readout shares the Russian readout's row, inflections and all", () => {
    const russian =
      "Президент Ильхам Алиев провёл телефонный разговор с госсекретарём США Энтони Блинкеном. Алиев выразил недовольство заявлениями помощника госсекретаря О'Брайена на слушаниях в Конгрессе. Стороны договорились о визите О'Брайена в Баку в декабре.";
    for (const quoted of [
      "выразил недовольство заявлениями помощника госсекретаря О'Брайена на слушаниях в Конгрессе",
      "выражал недовольство заявлением помощника госсекретаря О'Брайена на слушании в Конгрессе",
    ]) {
      const wire = `Secretary Blinken spoke with President Aliyev on Monday. The Azerbaijani presidency wrote that Aliyev «${quoted}». The two sides agreed on a visit to Baku in December.`;
      const rows = compare([
        { id: "ru", label: "Presidency", text: russian, language: "ru", party: "az" },
        { id: "other", label: "Wire report", text: wire, language: "en", party: "press" },
      ]).rows;
      const row = rowWith(rows, "недовольство");
      expect([quoted, row.reportedBy]).toEqual([quoted, ["ru", "other"]]);
    }
  });

  test("property: any of our English sentences, verbatim or reworded, quoted in a Russian or Armenian frame", () => {
    const quotation = fc.record({
      sentence: fc.integer({ min: 1, max: STATE_SENTENCES.length - 1 }),
      reworded: fc.boolean(),
      armenian: fc.boolean(),
      frame: fc.nat(),
    });
    const hyOwn = ["Վարչապետ Նիկոլ Փաշինյանը երկուշաբթի հեռախոսազրույց է ունեցել պետքարտուղար Էնթոնի Բլինքենի հետ։", "Վարչապետը ներկայացրել է բռնի տեղահանվածներին բնակարանով ապահովելու քայլերը։"];
    fc.assert(
      fc.property(quotation, ({ sentence, reworded, armenian, frame }) => {
        const quoted = (reworded ? REWORDED : STATE_SENTENCES)[sentence];
        const frames = armenian ? HY_FRAMES : RU_FRAMES;
        const text = readout(frames[frame % frames.length], quoted, armenian ? hyOwn : RU_OWN);
        const rows = compare(statements(text, armenian ? "hy" : "ru")).rows;
        const marker = quoted.split(" ").slice(2, 4).join(" ");
        const row = rowWith(rows, marker);
        expect([quoted, row.cells.map((cell) => (cell.statementId === "state" ? cell.text : "other"))]).toEqual([quoted, [STATE_SENTENCES[sentence], "other"]]);
      }),
      { numRuns: 24 },
    );
  });
});

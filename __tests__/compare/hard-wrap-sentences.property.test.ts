/** @jest-environment node */
import fc from "fast-check";
import { splitSentences } from "@/lib/compare/segment";
import { rowsOf, statement, wrappedCopies } from "../helpers/hard-wrapped-copies";

// Own sentences about Blinken's late-November 2023 calls with Pashinyan and Aliyev, in the three languages the engine
// reads, with the marks that end no sentence inside them (commas, semicolons, dashes, an abbreviation's dot, an
// ellipsis, quotations and their attributions). Wrapping a text at any spaces before lower-case words (one line
// break each; hard-wraps.ts) must leave its sentences and its comparison as they were on one line.
//
// Left out on purpose: a colon or the Armenian mijaket before a lower-case word. A line break there followed by more
// lower-case lines reads as an unmarked list's lead-in (unmarked-lists.ts), the documented limit of that rule.
const SENTENCES: Record<string, string[]> = {
  en: [
    "Secretary of State Antony Blinken spoke with Prime Minister Nikol Pashinyan of Armenia on Monday.",
    "The two sides discussed the situation on the border, which remains under strain.",
    "Blinken welcomed the steps taken toward a durable peace; the talks went on for an hour.",
    "The Secretary noted the views of U.S. officials on the humanitarian needs of displaced people.",
    "“We will keep working toward a durable and dignified peace,” the Secretary said.",
    "“Is a durable peace within reach?” he asked.",
    "We will keep working… toward a lasting settlement between the two neighbours.",
    "The leaders agreed — after a long exchange — to stay in close touch in the coming weeks.",
  ],
  ru: [
    "Государственный секретарь США Энтони Блинкен провёл телефонный разговор с президентом Азербайджана Ильхамом Алиевым.",
    "Стороны обсудили ситуацию на границе, которая остаётся напряжённой.",
    "«Мы продолжим работать над прочным миром в регионе», — сказал Блинкен.",
    "Алиев выразил обеспокоенность заявлениями американских официальных лиц о политике Баку.",
    "Переговоры прошли — по словам сторон — в конструктивном духе.",
  ],
  hy: [
    "ԱՄՆ պետքարտուղար Էնթոնի Բլինքենը հեռախոսազրույց է ունեցել ՀՀ վարչապետ Նիկոլ Փաշինյանի հետ։",
    "Կողմերը քննարկել են սահմանին տիրող իրավիճակը, որը մնում է լարված։",
    "Բլինքենը նշել է. «Մենք կշարունակենք աշխատել հանուն կայուն խաղաղության»։",
    "Վարչապետը շնորհակալություն է հայտնել ԱՄՆ-ին աջակցության համար։",
  ],
};

const OTHER: Record<string, string> = {
  en: "Prime Minister Pashinyan received a call from Secretary Blinken. The two sides discussed the situation on the border. The leaders agreed to stay in touch.",
  ru: "Президент Ильхам Алиев принял телефонный звонок от госсекретаря Блинкена. Стороны обсудили ситуацию на границе.",
  hy: "Վարչապետ Փաշինյանը հեռախոսազրույց է ունեցել պետքարտուղար Բլինքենի հետ։ Կողմերը քննարկել են սահմանին տիրող իրավիճակը։",
};

/** The offsets of the spaces before a lower-case word. */
function wrapPoints(text: string): number[] {
  const points: number[] = [];
  for (let k = 0; k + 1 < text.length; k++) if (text[k] === " " && /\p{Ll}/u.test(text[k + 1])) points.push(k);
  return points;
}

/** A text of the language's sentences and, per space before a lower-case word, whether to wrap there and with which break. */
const caseArb = wrappedCopies(SENTENCES, wrapPoints, 5);

const sentencesOf = (text: string, language: string) => splitSentences(text, language).map(({ start, end }) => [start, end]);

describe("hard wraps before lower-case words change nothing", () => {
  test("splitSentences: the same sentences, at the same offsets", () => {
    fc.assert(
      fc.property(caseArb, ({ language, text, wrapped }) => {
        expect(wrapped.length).toBe(text.length);
        expect(sentencesOf(wrapped, language)).toEqual(sentencesOf(text, language));
      }),
      { numRuns: 300 },
    );
  });

  test("compare(): the same rows and verdicts against another readout", () => {
    fc.assert(
      fc.property(caseArb, ({ language, text, wrapped }) => {
        const other = statement("other", OTHER[language], language);
        expect(rowsOf([statement("a", wrapped, language), other])).toEqual(rowsOf([statement("a", text, language), other]));
      }),
      { numRuns: 40 },
    );
  });
});

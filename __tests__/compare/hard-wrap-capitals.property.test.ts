/** @jest-environment node */
import fc from "fast-check";
import { compare, type StatementInput } from "@/lib/compare";
import { splitSentences } from "@/lib/compare/segment";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { endsInFunctionWord } from "@/lib/compare/line-end-function-words";
import { wrappedCopies } from "../helpers/hard-wrapped-copies";

// The hard-wrap property (hard-wrap-sentences.property.test.ts) widened to the wraps before a capital or a digit
// (session 17, helper H10): a text wrapped at any spaces before a lower-case word, after a function word (before any
// word, capital or digit too), or inside a quotation that closes later before a capital or a digit, one line break
// each, must keep its sentences, its quotations, their speakers and verdicts, and its rows, as on one line. Own
// sentences about Blinken's late-November 2023 calls with Pashinyan and Aliyev, with function words before proper
// nouns and numbers.
const SENTENCES: Record<string, string[]> = {
  en: [
    "Secretary of State Antony Blinken spoke with President Ilham Aliyev of Azerbaijan by phone.",
    "The Secretary said that Armenia and Azerbaijan have a chance for peace.",
    "“Peace is within reach, and Azerbaijan and Armenia must not let it slip away,” Secretary of State Antony Blinken said.",
    "Blinken thanked the Government of Armenia for 30 years of partnership with Washington.",
    "“We urge Baku, Yerevan and the region to keep talking,” the Secretary said.",
  ],
  ru: [
    "Государственный секретарь Энтони Блинкен провёл разговор с Президентом Азербайджана Ильхамом Алиевым.",
    "Блинкен заявил, что Армения и Азербайджан близки к миру.",
    "«Мир близок, и Азербайджан и Армения не должны его упустить», — сказал Блинкен.",
    "Стороны обсудили подготовку к 2024 году.",
  ],
  hy: [
    "Բլինքենը նշել է, որ Հայաստանը և Ադրբեջանը մոտ են խաղաղությանը։",
    "Պետքարտուղար Բլինքենը հեռախոսազրույց է ունեցել Փաշինյանի և Ալիևի հետ։",
    "Փաշինյանը նշել է. «Խաղաղությունը մոտ է, Հայաստանը պատրաստ է այն կնքել»։",
  ],
};

const OTHER: Record<string, StatementInput> = {
  en: { id: "other", label: "OTHER", party: "other", language: "en", speaker: "Antony Blinken", text: "Blinken spoke with Aliyev. Peace is within reach, and Azerbaijan and Armenia must not let it slip away. We urge Baku, Yerevan and the region to keep talking." },
  ru: { id: "other", label: "OTHER", party: "other", language: "ru", speaker: "Энтони Блинкен", text: "Блинкен провёл разговор с Алиевым. Мир близок, и Азербайджан и Армения не должны его упустить." },
  hy: { id: "other", label: "OTHER", party: "other", language: "hy", speaker: "Նիկոլ Փաշինյան", text: "Փաշինյանը խոսել է Բլինքենի հետ։ Խաղաղությունը մոտ է, Հայաստանը պատրաստ է այն կնքել։" },
};

const OPENING = new Set(["“", "«"]);
const CLOSING = new Set(["”", "»"]);

/**
 * The offsets of the spaces where a writer may wrap: before a lower-case word, after a function word, or inside a
 * quotation after no sentence's mark (a wrap before a capital there runs on: the quotation closes on its sentence).
 */
function wrapPoints(text: string): number[] {
  const points: number[] = [];
  let inQuotation = false;
  for (let k = 0; k + 1 < text.length; k++) {
    if (OPENING.has(text[k])) inQuotation = true;
    if (CLOSING.has(text[k])) inQuotation = false;
    if (text[k] !== " ") continue;
    // Not after a colon or the mijaket before lower case: an unmarked list's lead-in (unmarked-lists.ts).
    if (/[:.]/u.test(text[k - 1]) && !endsInFunctionWord(text, k)) continue;
    const lower = /\p{Ll}/u.test(text[k + 1]);
    const capitalOrDigit = /[\p{Lu}\p{Nd}]/u.test(text[k + 1]);
    if (lower || endsInFunctionWord(text, k) || (inQuotation && capitalOrDigit && /[\p{L},]/u.test(text[k - 1]))) points.push(k);
  }
  return points;
}

const caseArb = wrappedCopies(SENTENCES, wrapPoints, 4);

const sentencesOf = (text: string, language: string) => splitSentences(text, language).map(({ start, end }) => [start, end]);
const quotationsOf = (text: string) => findQuotations(text).map((quotation) => [quotation.fragments.map(({ start, end }) => [start, end]), quotation.unclosed ?? false]);

/** What a reader sees: rows (cells with white space folded, verdicts) and quotations (text, speaker, verdict). */
function comparisonOf(text: string, language: string) {
  const comparison = compare([{ id: "a", label: "A", role: "secondary", language, text }, OTHER[language]]);
  return {
    rows: comparison.rows.map((row) => ({ cells: row.cells.map((cell) => [cell.statementId, cell.text.replace(/\s+/gu, " ")]), notReportedBy: row.notReportedBy })),
    quotes: comparison.quotes.filter((quote) => quote.statementId === "a").map((quote) => [quote.text, quote.speaker?.name ?? null, quote.verdict, quote.unclosed ?? false]),
  };
}

describe("hard wraps before capitals and digits, where they wrap, change nothing", () => {
  test("the texts hold wraps of every kind", () => {
    const en = SENTENCES.en.join(" ");
    const points = wrapPoints(en).map((k) => en.slice(k - 2, k + 3));
    expect(points).toEqual(expect.arrayContaining(["of St", "th Pr", "or 30", "nd Az", "h, an", "u, Ye", "at Ar"]));
  });

  test("splitSentences and findQuotations: the same sentences and quotations, at the same offsets", () => {
    fc.assert(
      fc.property(caseArb, ({ language, text, wrapped }) => {
        expect(wrapped.length).toBe(text.length);
        expect(sentencesOf(wrapped, language)).toEqual(sentencesOf(text, language));
        expect(quotationsOf(wrapped)).toEqual(quotationsOf(text));
      }),
      { numRuns: 300 },
    );
  });

  test("compare(): the same rows, verdicts and quotation checks against another readout", () => {
    fc.assert(
      fc.property(caseArb, ({ language, text, wrapped }) => {
        expect(comparisonOf(wrapped, language)).toEqual(comparisonOf(text, language));
      }),
      { numRuns: 40 },
    );
  });
});

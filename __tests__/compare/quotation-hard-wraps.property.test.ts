/** @jest-environment node */
import fc from "fast-check";
import { compare, type StatementInput } from "@/lib/compare";
import { findQuotations } from "@/lib/compare/quotation-marks";

// Own sentences about Blinken's late-November 2023 calls with Aliyev and Pashinyan: two readouts, and a report that
// quotes them (verbatim, altered or not at all), in quotations of one or several sentences, some split by their
// attribution. Hard-wrapping the report inside its sentences (one line break, the next line going on in lower case)
// must change nothing about its quotations (hard-wraps.ts wrapsInsideQuotation).

const US_SAID = ["Peace is within reach and it must not slip away", "We welcome the release of detainees by both sides", "The leaders should meet again soon in Washington"];
const AZ_SAID = ["Baku is ready to sign the peace treaty this year", "The border commissions must continue their work without delay"];
const ALTERED = ["Peace is within reach and it must never slip away", "Baku is ready to sign the peace treaty next year"];
const UNFOUND = ["The weather in the capital was cold and grey all week"];
const QUOTABLE = [...US_SAID, ...AZ_SAID, ...ALTERED, ...UNFOUND];
const ATTRIBUTIONS = ["Blinken said", "the Secretary said", "Aliyev said", "he said", "the President added"];
const LEADS = ["Blinken told reporters", "Aliyev stressed", "The Secretary of State said"];

/** One of `values` (fc.constantFrom without spreading the array into the call). */
const oneOf = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.integer({ min: 0, max: values.length - 1 }).map((k) => values[k]);

const statement = (id: string, speaker: string, sentences: string[]): StatementInput => ({
  id,
  label: id.toUpperCase(),
  party: id,
  language: "en",
  speaker,
  text: sentences.map((sentence) => `${sentence}.`).join(" "),
});
const US = statement("us", "Antony Blinken", ["Secretary Blinken spoke with President Aliyev of Azerbaijan", ...US_SAID]);
const AZ = statement("az", "Ilham Aliyev", ["President Ilham Aliyev received a call from Secretary of State Antony Blinken", ...AZ_SAID]);

/**
 * A piece of the report and where it may be wrapped: "inside", at any space before a lower-case word (the words between
 * a quotation's marks, and the attribution between two fragments); "lead", only at its leading space (an attribution
 * after a quotation closed on a comma: “…,”\nthe Secretary said); "none", nowhere.
 */
interface Piece {
  text: string;
  wrap: "inside" | "lead" | "none";
}

const lowerFirst = (sentence: string) => sentence[0].toLowerCase() + sentence.slice(1);

/** One quotation with its attribution, as pieces: “S1. S2,” X said. / X said: “S1.” / “first half,” X said, “second half.” */
const quotationArb: fc.Arbitrary<Piece[]> = fc.oneof(
  fc
    .tuple(fc.array(oneOf(QUOTABLE), { minLength: 1, maxLength: 3 }), oneOf(ATTRIBUTIONS))
    .map(([said, attribution]): Piece[] => [
      { text: "“", wrap: "none" },
      { text: `${said.join(". ")},`, wrap: "inside" },
      { text: "”", wrap: "none" },
      { text: ` ${attribution}.`, wrap: "lead" },
    ]),
  fc
    .tuple(oneOf(LEADS), fc.array(oneOf(QUOTABLE), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([lead, said, closed]): Piece[] => [
      { text: `${lead}: “`, wrap: "none" },
      { text: `${said.join(". ")}.`, wrap: "inside" },
      // An unclosed quotation runs to its paragraph's end: the report's last paragraph, then.
      { text: closed ? "”" : "", wrap: "none" },
    ]),
  fc
    .tuple(oneOf(QUOTABLE), fc.integer({ min: 2, max: 6 }), oneOf(ATTRIBUTIONS))
    .map(([said, at, attribution]): Piece[] => {
      const words = said.split(" ");
      const cut = Math.min(at, words.length - 2);
      return [
        { text: "“", wrap: "none" },
        { text: `${words.slice(0, cut).join(" ")},`, wrap: "inside" },
        { text: "”", wrap: "none" },
        { text: ` ${attribution},`, wrap: "inside" },
        { text: " “", wrap: "none" },
        { text: `${lowerFirst(words.slice(cut).join(" "))}.`, wrap: "inside" },
        { text: "”", wrap: "none" },
      ];
    }),
);

const reportArb: fc.Arbitrary<Piece[]> = fc.array(quotationArb, { minLength: 1, maxLength: 4 }).map((quotations) => {
  const pieces: Piece[] = [{ text: "Secretary of State Antony Blinken called President Ilham Aliyev on Monday.", wrap: "none" }];
  quotations.forEach((quotation, k) => {
    // An unclosed quotation only last: it would swallow what follows in its paragraph.
    const unclosed = quotation[quotation.length - 1].text === "";
    if (unclosed && k < quotations.length - 1) quotation[quotation.length - 1] = { text: "”", wrap: "none" };
    pieces.push({ text: " ", wrap: "none" });
    for (const piece of quotation) pieces.push(piece);
  });
  return pieces;
});

/** The report's text, each space a piece may be wrapped at (Piece) turned into `lineBreak` where `wrap` says. */
function written(pieces: Piece[], wrap: boolean[], lineBreak: string): string {
  let k = 0;
  const wrapped = () => (wrap[k++ % wrap.length] ? lineBreak : " ");
  return pieces
    .map((piece) => (piece.wrap === "inside" ? piece.text.replace(/ (?=\p{Ll})/gu, wrapped) : piece.wrap === "lead" ? piece.text.replace(/^ (?=\p{Ll})/u, wrapped) : piece.text))
    .join("");
}

const folded = (text: string) => text.replace(/\s+/gu, " ");

/** What the quotation finder and the quote check say about the report: texts folded, verdicts, speakers, unclosed. */
function readQuotations(text: string) {
  const comparison = compare([{ id: "n", label: "N", role: "secondary", language: "en", text }, US, AZ]);
  return {
    found: findQuotations(text).map((quotation) => ({
      fragments: quotation.fragments.map(({ start, end }) => folded(text.slice(start, end))),
      unclosed: quotation.unclosed ?? false,
    })),
    checks: comparison.quotes
      .filter((quote) => quote.statementId === "n")
      .map((quote) => [folded(quote.text), quote.verdict, quote.speaker?.name ?? null, quote.speaker?.basis ?? null, quote.source?.text ?? null, quote.unclosed ?? false]),
  };
}

describe("hard-wrapping a report inside its quotations changes none of its quotations", () => {
  test("property: the same quotations (white space folded), verdicts, closest passages and speakers as unwrapped", () => {
    fc.assert(
      fc.property(reportArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), oneOf(["\n", "\r\n", "\u2028", " \n"]), (pieces, wrap, lineBreak) => {
        const plain = written(pieces, [false], lineBreak);
        const wrapped = written(pieces, wrap, lineBreak);
        expect(readQuotations(wrapped)).toEqual(readQuotations(plain));
      }),
      { numRuns: 200 },
    );
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { NEGATION_LISTS } from "@/lib/compare/versions/closed-class";

// A marked omission ("…") that leaves out a negation is no faithful cut (tester 61 F11; lib/compare/quotes.ts
// omitsNegation). The left-out words are read as the rest of the quotation check reads words: the statement's tokens
// (lib/compare/tokens.ts) and their quotation keys (lib/text/fold.ts). A negator written with a soft hyphen, a
// zero-width space or a decomposed accent is one word, as everywhere else, not two pieces that are no negators.
// Every text is invented for these tests.

function verdictOf(said: string, quoted: string, language = "en"): string {
  const statements: StatementInput[] = [
    { id: "ministry", label: "Ministry", text: said, party: "south", speaker: "Petra Lind", partyNames: ["Southland Foreign Ministry"], language },
    { id: "report", label: "Report", text: quoted, role: "secondary", party: "press", language },
  ];
  const quotes = compare(statements).quotes;
  expect(quotes).toHaveLength(1);
  return quotes[0].verdict;
}

const QUOTED = "Lind said “The ministry will … reopen the crossing for the traders.”";
const said = (negator: string) => `The ministry will ${negator} reopen the crossing for the traders.`;

describe("the words an omission leaves out are the statement's words", () => {
  test.each([
    ["a soft hyphen", "nev\u00ader"],
    ["a zero-width space", "n\u200bot"],
    ["a word joiner", "ne\u2060ver"],
  ])("a negator written with %s is left out: not verbatim", (_how, negator) => {
    expect(verdictOf(said(negator), QUOTED)).toBe("altered");
  });

  test.each([
    ["a negator in capitals for stress (no initialism)", "NOT"],
    ["a negator joined by a hyphen", "not-yet"],
    ["a number with a thousands separator", "1,000 times"],
    ["a condition", "only if asked to"],
  ])("%s, left out: not verbatim", (_what, words) => {
    expect(verdictOf(said(words), QUOTED)).toBe("altered");
  });

  test("a Spanish negator with a decomposed accent (jama\u0301s) is one word", () => {
    const spanish = "El ministerio jama\u0301s abrirá el paso para los comerciantes.";
    expect(verdictOf(spanish, "Lind dijo «El ministerio … abrirá el paso para los comerciantes.»", "es")).toBe("altered");
  });

  test("a left-out word that is no negator, condition or number keeps the cut verbatim", () => {
    expect(verdictOf(said("gladly"), QUOTED)).toBe("verbatim");
    expect(verdictOf(said("soon\u00ad-ish"), QUOTED)).toBe("verbatim");
  });

  test("property: any English negation cue, with an ignorable character inside it, left out is never verbatim", () => {
    const cues = [...NEGATION_LISTS.get("en")!].filter((cue) => /^[a-z]{2,}$/u.test(cue));
    fc.assert(
      fc.property(fc.constantFrom(...cues), fc.nat(), fc.constantFrom("\u00ad", "\u200b", "\u2060", "\u200c"), (cue, at, mark) => {
        const cut = 1 + (at % (cue.length - 1));
        expect(verdictOf(said(cue.slice(0, cut) + mark + cue.slice(cut)), QUOTED)).not.toBe("verbatim");
      }),
      { numRuns: 80 },
    );
  });
});

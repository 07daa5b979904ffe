/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { tokenize } from "@/lib/compare/tokens";
import type { QuoteCheck, StatementInput } from "@/lib/compare/types";
import { isNegation, NUMBER_WORDS } from "@/lib/compare/versions/closed-class";
import { isApproximateNegator } from "@/lib/compare/versions/hedges";
import { foldWord } from "@/lib/text/fold";

// An omission mark at a quotation's edge ("[…] will be", "in December […]") stands for source words right before or
// after the passage, within its sentence (tester 71 F7; lib/compare/quotes/edge-omissions.ts). When those hold a
// negation, a condition or limit, or a number, the quotation is not verbatim and the closest passage shows what was
// dropped; neutral words dropped keep it verbatim. A word with a default ignorable character inside (U+034F, U+180E…)
// is one word on every path (lib/text/ignorable.ts). Every text is invented for these tests.

function quoteOf(said: string, quoted: string, language = "en"): QuoteCheck {
  const statements: StatementInput[] = [
    { id: "ministry", label: "Ministry", text: said, party: "south", speaker: "Petra Lind", partyNames: ["Southland Foreign Ministry"], language },
    { id: "report", label: "Report", text: quoted, role: "secondary", party: "press", language },
  ];
  const quotes = compare(statements).quotes.filter((quote) => quote.statementId === "report");
  expect(quotes).toHaveLength(1);
  return quotes[0];
}

const verdictOf = (said: string, quoted: string, language = "en") => quoteOf(said, quoted, language).verdict;
const dropped = (quote: QuoteCheck) =>
  (quote.source?.parts ?? [])
    .filter((part) => part.op === "delete")
    .map((part) => part.text)
    .join(" ");

describe("an omission mark at a quotation's edge", () => {
  test("a leading mark that drops the negator opening the sentence: altered, the negator shown dropped", () => {
    const quote = quoteOf(
      "Lind said: “Nothing will return to normal with the western neighbour until the border talks move forward.”",
      "Lind said “[…] will return to normal with the western neighbour until the border talks move forward”.",
    );
    expect(quote.verdict).toBe("altered");
    expect(dropped(quote)).toContain("Nothing");
  });

  test("a trailing mark that drops a limiting clause of the same sentence: altered, the clause shown dropped", () => {
    const quote = quoteOf(
      "Lind said: “The envoy will visit the capital in the spring, but not before the ceasefire holds.”",
      "Lind said “The envoy will visit the capital in the spring […]”.",
    );
    expect(quote.verdict).toBe("altered");
    expect(dropped(quote)).toContain("not before the ceasefire holds");
  });

  test("a trailing mark that drops the day of a date: altered", () => {
    const quote = quoteOf("Lind said: “The delegations were due to meet in Vienna on March 14.”", "Lind said “The delegations were due to meet in Vienna on March […]”.");
    expect(quote.verdict).toBe("altered");
    expect(dropped(quote)).toContain("14");
  });

  test.each([
    ["a bare … the quotation marks trim", "“…will return to normal with the neighbour”"],
    ["a bare ... ", "“...will return to normal with the neighbour”"],
    ["a bracketed (...)", "“(...) will return to normal with the neighbour”"],
    ["a spaced . . .", "“. . . will return to normal with the neighbour”"],
  ])("%s at the start is read as a mark", (_how, quoted) => {
    expect(verdictOf("Lind said: “Nothing will return to normal with the neighbour.”", `Lind said ${quoted}.`)).toBe("altered");
  });

  test.each([
    ["a bare … the quotation marks trim", "“The envoy will travel in the spring…”"],
    ["a bare ... after a comma", "“The envoy will travel in the spring, ...”"],
    ["a bracketed [...]", "“The envoy will travel in the spring [...]”"],
  ])("%s at the end is read as a mark", (_how, quoted) => {
    expect(verdictOf("Lind said: “The envoy will travel in the spring, unless the talks stall.”", `Lind said ${quoted}.`)).toBe("altered");
  });

  test("Russian <…> at the end dropping «но не раньше…»: altered", () => {
    const said = "Линд заявила: «Посланник посетит столицу весной, но не раньше прекращения огня».";
    expect(verdictOf(said, "Линд заявила «Посланник посетит столицу весной <…>».", "ru")).toBe("altered");
  });

  test("marks that drop only neutral words keep the quotation verbatim", () => {
    const said = "Lind said: “Frankly, the envoy will visit the capital in the spring, as planned by both ministries.”";
    expect(verdictOf(said, "Lind said “[…] the envoy will visit the capital in the spring […]”.")).toBe("verbatim");
    expect(verdictOf(said, "Lind said “…the envoy will visit the capital in the spring…”.")).toBe("verbatim");
    // Dropping "in the spring" drops the date (tester 77 F7: a season, a month or a weekday counts).
    expect(verdictOf(said, "Lind said “…the envoy will visit the capital…”.")).toBe("altered");
  });

  test("the mark stands for words of the passage's sentence only: another sentence's negation or number is no part of it", () => {
    const said = "The first round failed in 2021. Lind said the envoy will visit the capital in the spring. No date was given.";
    expect(verdictOf(said, "Lind said “[…] the envoy will visit the capital in the spring […]”.")).toBe("verbatim");
  });

  test("inside a quotation of the source, the mark stands for that quotation's words, not the attribution around it", () => {
    const said = "Lind did not take questions but said: “The envoy will visit the capital in the spring.”";
    expect(verdictOf(said, "Lind said “[…] the envoy will visit the capital in the spring”.")).toBe("verbatim");
  });

  test("the words between the fragments of a source quotation are skipped, its earlier fragment is not", () => {
    const said = "“Nothing,” Lind said, “will return to normal with the neighbour.”";
    expect(verdictOf(said, "Lind said “[…] will return to normal with the neighbour”.")).toBe("altered");
  });

  test("a second occurrence whose edges drop nothing that counts is verbatim", () => {
    const said = "Lind said: “Nothing will return to normal with the neighbour.” She added: “Trade will return to normal with the neighbour.”";
    const quote = quoteOf(said, "Lind said “[…] will return to normal with the neighbour”.");
    expect(quote.verdict).toBe("verbatim");
    expect(said.slice(quote.source!.span.start - 6, quote.source!.span.start)).toBe("Trade ");
  });

  test("without an edge mark the quotation is checked as before: a partial quotation of a sentence is verbatim", () => {
    expect(verdictOf("Lind said: “Nothing will return to normal with the neighbour.”", "Lind said “will return to normal with the neighbour”.")).toBe("verbatim");
  });
});

// Unicode's Default_Ignorable_Code_Point characters (DerivedCoreProperties.txt) the brief names, and a few more.
const IGNORABLES = [
  "\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180b", "\u180c", "\u180d", "\u180e", "\u180f",
  "\u200b", "\u200e", "\u2060", "\u2065", "\u206a", "\u3164", "\ufe00", "\ufe0f", "\ufeff", "\uffa0", "\u{e0100}", "\u{e0041}",
];
const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

describe("default ignorable characters inside a word", () => {
  test.each(IGNORABLES.map((char) => [hex(char), char]))("%s inside “never” leaves one token that folds to “never”", (_name, char) => {
    const text = `will nev${char}er accept`;
    const tokens: string[] = [];
    tokenize(text, 0, text.length, "en", (start, end) => tokens.push(text.slice(start, end)));
    expect(tokens).toEqual(["will", `nev${char}er`, "accept"]);
    expect(foldWord(tokens[1])).toBe("never");
  });

  test.each([
    ["U+034F combining grapheme joiner", "nev\u034fer"],
    ["U+180E Mongolian vowel separator", "nev\u180eer"],
    ["U+FE0F variation selector", "nev\ufe0fer"],
    ["U+3164 Hangul filler", "nev\u3164er"],
  ])("a dropped negator written with %s is a dropped negator: altered", (_how, negator) => {
    const said = `The ministry will ${negator} reopen the crossing for the traders.`;
    expect(verdictOf(said, "Lind said “The ministry will … reopen the crossing for the traders.”")).toBe("altered");
  });

  test("at the start of a word an ignorable character starts no token of its own", () => {
    const text = "\u034f\u3164never \ufe0f";
    const tokens: string[] = [];
    tokenize(text, 0, text.length, "en", (start, end) => tokens.push(text.slice(start, end)));
    expect(tokens).toEqual(["never"]);
  });
});

// Words that are no negation cue, approximate negator, condition, limit or number in English.
const NEUTRAL = "envoy delegation capital border trade routes weekly ministers agreed discuss progress summit visit region energy cooperation officials harbour railway water".split(" ");
// Words whose omission changes the rest: negations, a condition, a limit, numbers.
const MEANING = ["not", "never", "nothing", "without", "unless", "until", "only", "hardly", "twelve", "1,500", "2024"];
const MARKS_BEFORE = ["[…] ", "[...] ", "… ", "...", "(...) ", "<…> ", ". . . "];
const MARKS_AFTER = [" […]", " [...]", "…", "...", " (…)", " <…>", " . . ."];

describe("property: edge marks", () => {
  test("the word lists are what they say", () => {
    for (const word of NEUTRAL) expect(isNegation(word, "en") || isApproximateNegator(word) || NUMBER_WORDS.has(word)).toBe(false);
  });

  // Indices, not fc.constantFrom(...list): arrays are never spread into call arguments (house rule).
  const sentence = fc.record({
    words: fc.uniqueArray(fc.nat({ max: NEUTRAL.length - 1 }), { minLength: 5, maxLength: 10 }).map((picked) => picked.map((k) => NEUTRAL[k])),
    meaning: fc.nat({ max: MEANING.length - 1 }).map((k) => MEANING[k]),
    at: fc.nat(),
    cut: fc.nat(),
    mark: fc.nat(),
  });

  test("a prefix or suffix dropped behind an edge mark that holds a negator, condition or number is never verbatim", () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), ({ words, meaning, at, cut, mark }, leading) => {
        // The meaning word at position p; the quotation keeps at least two words on the far side of it.
        const p = at % (words.length - 2);
        const source = [...words.slice(0, p), meaning, ...words.slice(p)];
        let quoted: string;
        if (leading) {
          const from = p + 1 + (cut % (source.length - p - 2));
          quoted = MARKS_BEFORE[mark % MARKS_BEFORE.length] + source.slice(from).join(" ");
        } else {
          const upTo = Math.min(p, Math.max(2, cut % (p + 1)));
          fc.pre(upTo >= 2);
          quoted = source.slice(0, upTo).join(" ") + MARKS_AFTER[mark % MARKS_AFTER.length];
        }
        const said = `Lind said: “${source.join(" ")}.”`;
        expect(verdictOf(said, `Lind said “${quoted}”.`)).not.toBe("verbatim");
      }),
      { numRuns: 120 },
    );
  });

  test("a prefix or suffix dropped behind an edge mark that holds only neutral words stays verbatim, a meaning word kept or not", () => {
    fc.assert(
      fc.property(sentence, fc.boolean(), fc.boolean(), ({ words, meaning, at, cut, mark }, leading, withMeaning) => {
        const from = 1 + (cut % (words.length - 3));
        const upTo = from + 2 + (at % (words.length - from - 2));
        // The meaning word, if any, inside the quoted part: it is quoted, not dropped.
        const kept = withMeaning ? [...words.slice(from, from + 1), meaning, ...words.slice(from + 1, upTo)] : words.slice(from, upTo);
        const source = [...words.slice(0, from), ...kept, ...words.slice(upTo)];
        const before = MARKS_BEFORE[mark % MARKS_BEFORE.length];
        const after = MARKS_AFTER[mark % MARKS_AFTER.length];
        const quoted = (leading || upTo === words.length ? before : "") + kept.join(" ") + (upTo < words.length ? after : "");
        const said = `Lind said: “${source.join(" ")}.”`;
        expect(verdictOf(said, `Lind said “${quoted}”.`)).toBe("verbatim");
      }),
      { numRuns: 120 },
    );
  });
});

// Tester 77 F7: a month, a weekday or a season dropped behind an omission mark moves or voids a date; such a cut is no
// faithful quotation (quotes/omitted-words.ts isDateWord), at the edge or inside.
describe("a date's word dropped behind an omission mark", () => {
  test.each([
    ["Lind said: “The envoy will be received in the capital in December.”", "Lind said “The envoy will be received in the capital…”.", "en"],
    ["Lind said: “The envoy will be received in the capital on Monday.”", "Lind said “The envoy will be received in the capital […]”.", "en"],
    ["Lind said: “The talks will resume in spring, in the capital.”", "Lind said “The talks will resume […] in the capital”.", "en"],
    ["Линд заявил: «Посланник будет принят в столице в декабре.»", "Линд заявил «Посланник будет принят в столице…».", "ru"],
  ])("%s quoted as %s is altered", (said, quoted, language) => {
    expect(verdictOf(said, quoted, language)).toBe("altered");
  });

  test("dropping neutral words beside a date that stays is still verbatim", () => {
    expect(verdictOf("Lind said: “The envoy will be received in December in the capital of the republic.”", "Lind said “The envoy will be received in December in the capital…”.")).toBe("verbatim");
  });
});

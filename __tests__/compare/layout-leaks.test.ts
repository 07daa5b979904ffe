/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { LeadingMarkers } from "@/lib/compare/leading-markers";
import type { Comparison, StatementInput } from "@/lib/compare/types";
import { rangeStatesNothing } from "@/lib/compare/wordless-rows";
import { entityLines } from "@/lib/view/coverage-matrix";

// List markers and separator lines are layout: no number anyone reported (entities.ts) and no sentence a pointing
// sentence continues (back-references.ts). Texts invented for these tests; facts after the late-November 2023 calls.
const PROSE = "The border commission will meet in December. Aid will reach the displaced.";
const two = (a: string, b = PROSE): StatementInput[] => [
  { id: "A", label: "A", text: a },
  { id: "B", label: "B", text: b },
];
/** Entities as "kind:key" → who mentions them. */
const reach = (c: Comparison) => Object.fromEntries(c.entities.map((e) => [`${e.kind}:${e.key}`, e.mentionedBy]));
/** Each entity's mentions as written, per statement: what the coverage view highlights. */
const written = (c: Comparison, inputs: readonly StatementInput[]) =>
  Object.fromEntries(
    c.entities.map((e) => [`${e.kind}:${e.key}`, e.mentions.map((m) => `${m.statementId}:${m.spans.map((s) => inputs.find((i) => i.id === m.statementId)!.text.slice(s.start, s.end)).join("|")}`)]),
  );
/** Rows as their cells' texts. */
const rowTexts = (c: Comparison) => c.rows.map((row) => row.cells.map((cell) => `${cell.statementId}:${cell.text}`).join(" | "));
/** Rows that hold a unit without words (wordless-rows.ts) and a unit with words together. */
function mixedRows(c: Comparison, inputs: readonly StatementInput[]): string[] {
  const mixed: string[] = [];
  for (const row of c.rows) {
    let wordless = false;
    let words = false;
    for (const cell of row.cells) {
      const text = inputs.find((i) => i.id === cell.statementId)!.text;
      for (const span of cell.spans) {
        if (rangeStatesNothing(text, span.start, span.end)) wordless = true;
        else words = true;
      }
    }
    if (wordless && words) mixed.push(rowTexts({ ...c, rows: [row] })[0]);
  }
  return mixed;
}

describe("a list item's marker is no number mention", () => {
  const prose = compare(two(PROSE, PROSE));

  it.each([
    ["markers on lines of their own, as pasted from a PDF", "1.\nThe border commission will meet in December.\n2.\nAid will reach the displaced."],
    ["markers inline, cut off by the segmenter", "1. The border commission will meet in December.\n2. Aid will reach the displaced."],
    ["markers in brackets", "(1) The border commission will meet in December.\n(2) Aid will reach the displaced."],
    ["markers with a bracket after a letter", "a) The border commission will meet in December.\nb) Aid will reach the displaced."],
    ["Roman numerals", "I. The border commission will meet in December.\nII. Aid will reach the displaced."],
    ["capital letters", "A. The border commission will meet in December.\nB. Aid will reach the displaced."],
    ["bullets before numbers", "• 1. The border commission will meet in December.\n• 2. Aid will reach the displaced."],
    ["an outline's numbers", "1.1. The border commission will meet in December.\n1.2. Aid will reach the displaced."],
    ["a marker after a lead-in", "They agreed:\n1.\nThe border commission will meet in December.\n2.\nAid will reach the displaced."],
    ["a list from its second item, after a separator", "***\n2.\nThe border commission will meet in December.\n3.\nAid will reach the displaced."],
    ["a number high in its list", "The border commission will meet in December.\n40.\nAid will reach the displaced."],
  ])("%s: the same entities, mentioned by the same statements, as the list written in prose", (_, list) => {
    const c = compare(two(list));
    expect(reach(c)).toEqual(reach(prose));
    // The coverage view's Numbers matrix: no "1 — not reported by B".
    expect(entityLines(c.entities, "number")).toEqual([]);
  });

  it("a number of a claim inside a list item stays a mention, with its own span only", () => {
    const list = "1.\nAid will reach 1 million people within 40 days.\n2.\nThe ministers cited Resolution 1325.";
    const inputs = two(list, "Aid will reach 1 million people.");
    const c = compare(inputs);
    expect(written(c, inputs)).toMatchObject({ "number:1": ["A:1", "B:1"], "number:40": ["A:40"], "number:1325": ["A:1325"] });
  });

  it.each([
    ["a number cut off a hard-wrapped line", "The toll of the shelling rose to\n40. The rest fled to Goris.", "number:40"],
    ["a date wrapped after an abbreviation", "The commission last met on Sept.\n1. It will meet again.", "number:1"],
    ["a timeline's years", "2023.\nThe talks began in Washington.\n2024.\nThe talks will resume.", "date:2024"],
    ["a tally's number before a word in lower case", "The motion passed.\n12. against were the northern delegates.", "number:12"],
  ])("%s stays a mention", (_, text, key) => {
    expect(reach(compare(two(text)))[key]).toEqual(["A"]);
  });

  it("a capital after an inline marker opens the item: 'Aid' is no person, in either statement", () => {
    const c = compare(two("(a) The border commission will meet in December.\n(b) Aid will reach the displaced."));
    expect(c.entities.filter((e) => e.kind === "person")).toEqual([]);
  });
});

describe("LeadingMarkers.markerEnd: which opening markers are layout", () => {
  const end = (text: string, sentence: string) => {
    const start = text.lastIndexOf(sentence);
    return new LeadingMarkers(text).markerEnd({ start, end: start + sentence.length });
  };

  it.each([
    ["at the text's start", "1.\nThe talks ended.", "1.", 2],
    ["after a sentence", "The talks ended.\n40.\nAid came.", "40.", 20],
    ["after a separator line", "The talks ended.\n***\n2.\nAid came.", "2.", 23],
    ["bracketed, with its item", "The talks ended.\n(2) Aid came.", "(2) Aid came.", 20],
    ["in a list read by ListMarkers, after an item without a full stop", "1. Talks in December\n2. Aid to the displaced", "2.", 23],
  ])("a marker %s", (_, text, sentence, expected) => {
    expect(end(text, sentence)).toBe(expected);
  });

  it.each([
    ["after a wrapped line", "The toll rose to\n40. The rest fled.", "40."],
    ["after an abbreviation's dot", "They met on Sept.\n1. Talks went on.", "1."],
    ["a year", "The talks ended.\n2024.\nThey resume.", "2024."],
    ["with an item in lower case, in no list", "The motion passed.\n12. against it.", "12. against it."],
    ["an ordinary first word", "The talks ended. Aid came.", "Aid came."],
    ["after a heading without a full stop (read as a wrapped line: left as it was)", "Outcomes\n1.\nThe talks ended.", "1."],
  ])("no marker %s", (_, text, sentence) => {
    expect(end(text, sentence)).toBe(-1);
  });
});

describe("a back-reference never joins across layout", () => {
  it("after a separator: 'He accepted that.' keeps a row of its own, and the separator's row states nothing", () => {
    const inputs = two("The border commission will meet in December.\n***\nHe accepted that.\nAid will reach the displaced.");
    const c = compare(inputs);
    expect(rowTexts(c)).toEqual([
      "A:The border commission will meet in December. | B:The border commission will meet in December.",
      "A:***",
      "A:He accepted that.",
      "A:Aid will reach the displaced. | B:Aid will reach the displaced.",
    ]);
    expect(c.rows[1].statesNothing).toBe(true);
    expect(mixedRows(c, inputs)).toEqual([]);
  });

  it("after a bare marker: the new item is a new point", () => {
    const c = compare(two("The border commission will meet in December.\n2.\nThis was welcomed.\nAid will reach the displaced."));
    expect(rowTexts(c)).toContain("A:2.");
    expect(rowTexts(c)).toContain("A:This was welcomed.");
  });

  it("opening with its own marker: '(2) This was welcomed.' is a new item, not the end of item (1)", () => {
    const c = compare(two("(1) The border commission will meet in December.\n(2) This was welcomed.\nAid will reach the displaced."));
    expect(rowTexts(c)).toContain("A:(2) This was welcomed.");
  });

  it("a marker never pairs with a claim that shares its number: B's '1 million' is not A's '1.'", () => {
    const inputs = two("The border commission will meet in December.\n1.\nThe ministers met in Washington.", "Aid will reach 1 million people.");
    const c = compare(inputs);
    expect(rowTexts(c)).toContain("A:1.");
    expect(mixedRows(c, inputs)).toEqual([]);
  });

  it("without layout between, it still joins the claim before it (issue 11)", () => {
    const c = compare(two("The border commission will meet in December. He accepted that. Aid will reach the displaced."));
    expect(rowTexts(c)[0]).toBe("A:The border commission will meet in December. He accepted that. | B:The border commission will meet in December.");
  });
});

// Sentences for random readouts: names, places, dates, numbers of claims, and short sentences that point back.
const SENTENCES = [
  "Secretary Blinken spoke with Prime Minister Pashinyan on Monday.",
  "The border commission will meet in December.",
  "Aid will reach 1 million displaced people within 40 days.",
  "The ministers cited Resolution 1325 on women in peace talks.",
  "President Aliyev called the talks in Washington useful.",
  "Both leaders stressed the need for a durable peace.",
  "He accepted that.",
  "This was welcomed by both sides.",
  "It was their third call since September.",
  "The Secretary offered to host the next round.",
];
// Lines of layout: separators and list markers of every shape, each put on a line of its own.
const LAYOUT = ["***", "—", "* * *", "1.", "2.", "40.", "(2)", "a)", "II.", "iv.", "• 3.", "1.1."];
/** One of `values` (fc.constantFrom without spreading an array into a call). */
const oneOf = <T,>(values: readonly T[]) => fc.nat({ max: values.length - 1 }).map((k) => values[k]);

/** A readout: sentences, how each is followed (a space or a line break), and the layout line put before each (or none). */
const readoutArb = fc.array(fc.record({ sentence: oneOf(SENTENCES), newline: fc.boolean(), layout: fc.option(oneOf(LAYOUT), { nil: undefined }) }), { minLength: 1, maxLength: 6 });
type Readout = { sentence: string; newline: boolean; layout: string | undefined }[];
/** The readout's text, with its layout lines (`firstToo`: the first sentence's too) or without any. */
function textOf(readout: Readout, layout: boolean, firstToo: boolean): string {
  let text = "";
  readout.forEach((part, k) => {
    if (k > 0) text += readout[k - 1].newline ? "\n" : " ";
    if (layout && part.layout !== undefined && (k > 0 || firstToo)) text += `${k > 0 ? "\n" : ""}${part.layout}\n`;
    text += part.sentence;
  });
  return text;
}
const inputsOf = (readouts: Readout[], layout: boolean, firstToo: boolean): StatementInput[] =>
  readouts.map((readout, s) => ({ id: `s${s}`, label: `S${s}`, text: textOf(readout, layout, firstToo) }));

describe("property: layout lines between the sentences of random readouts", () => {
  it("add no entity and change no entity's mentionedBy", () => {
    fc.assert(
      fc.property(fc.array(readoutArb, { minLength: 2, maxLength: 3 }), (readouts) => {
        const plain = compare(inputsOf(readouts, false, true));
        const laid = compare(inputsOf(readouts, true, true));
        expect(reach(laid)).toEqual(reach(plain));
      }),
      { numRuns: 120 },
    );
  });

  it("leave no row that holds both a unit without words and a sentence with words", () => {
    fc.assert(
      fc.property(fc.array(readoutArb, { minLength: 2, maxLength: 3 }), (readouts) => {
        const inputs = inputsOf(readouts, true, false);
        expect(mixedRows(compare(inputs), inputs)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});

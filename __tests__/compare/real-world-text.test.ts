/** @jest-environment node */
import { compare, type DiffPart, type StatementInput } from "@/lib/compare";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { diffStats, wordDiff } from "@/lib/diff/word-diff";
import { layoutChanges } from "@/lib/view/change-blocks";

const statement = (id: string, text: string, language = "en"): StatementInput => ({ id, label: id, text, language });
const changed = (parts: DiffPart[]) => parts.filter((part) => part.op !== "equal");
const quotesOf = (text: string) => findQuotations(text).map((q) => q.fragments.map(({ start, end }) => text.slice(start, end)));

describe("issue 9 §2: quotations that survive typography", () => {
  it("a British single-quoted quotation with a plural possessive inside is one quotation, altered at 0.8", () => {
    const source = statement("source", "Both governments would take the neighbours’ concerns into account in the next round.");
    const report = statement("report", "The minister said both governments ‘would take the neighbours’ demands fully into account’, the readout said.");
    const quotes = compare([source, report]).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe("would take the neighbours’ demands fully into account");
    expect(quotes[0].verdict).toBe("altered");
    expect(quotes[0].source?.similarity).toBe(0.8);
    expect(quotes[0].source?.text).toBe("would take the neighbours’ concerns into account");
  });

  it("single-quoted quotations with possessives, elisions and names with apostrophes inside", () => {
    expect(quotesOf("She called them ‘the boys’ toys’ and left.")).toEqual([["the boys’ toys"]]);
    expect(quotesOf("He said ‘O’Brien’s team won’t sign’, then ‘the sides’ next step’.")).toEqual([["O’Brien’s team won’t sign"], ["the sides’ next step"]]);
    expect(quotesOf("The aides’ notes say ‘talks resume’ soon.")).toEqual([["talks resume"]]);
  });

  it("a curly opening mark closed by a straight one ends the quotation there: two quotations, each checked", () => {
    const report = "The envoy said “the sides agree on the draft\" and that they “will sign the text in spring”.";
    expect(quotesOf(report)).toEqual([["the sides agree on the draft"], ["will sign the text in spring"]]);
    expect(quotesOf("He said \"we agree on the draft” and “we sign in spring\" later.")).toEqual([["we agree on the draft"], ["we sign in spring"]]);
    const source = statement("source", "The sides agree on the draft. They will sign the text in spring.");
    const quotes = compare([source, statement("report", report)]).quotes;
    expect(quotes.map((q) => [q.text, q.verdict])).toEqual([
      ["the sides agree on the draft", "verbatim"],
      ["will sign the text in spring", "verbatim"],
    ]);
  });

  it("a quotation over paragraphs is one checked quotation per paragraph; an unfound paragraph is not found", () => {
    const source = statement("source", "The ministers reviewed the border commission's work. They agreed to open two crossings.");
    const report = statement(
      "report",
      "The statement read:\n\n“The ministers reviewed the border commission's work.\n\n“They pledged to hold a referendum next year.\n\n“They agreed to open two crossings.”",
    );
    const quotes = compare([source, report]).quotes;
    expect(quotes.map((q) => [q.text, q.verdict, q.unclosed])).toEqual([
      ["The ministers reviewed the border commission's work", "verbatim", undefined],
      ["They pledged to hold a referendum next year", "not_found", undefined],
      ["They agreed to open two crossings", "verbatim", undefined],
    ]);
  });

  it("a quotation that is never closed is reported as unclosed, read to the end of its paragraph", () => {
    const source = statement("source", "Both sides remain committed to a durable peace.");
    const report = statement("report", "The minister said “both sides remain committed to a durable peace.\n\nNo more was said.");
    const [quote] = compare([source, report]).quotes;
    expect(quote).toMatchObject({ text: "both sides remain committed to a durable peace", verdict: "verbatim", unclosed: true });
  });

  it("the closest-passage search reaches the end of the source: one-sentence source, two words added, is altered", () => {
    const quoted = statement("report", "He said “the sides will surely sign the treaty in early spring”.");
    const alone = compare([statement("source", "The sides will sign the treaty in spring."), quoted]).quotes[0];
    const followed = compare([statement("source", "The sides will sign the treaty in spring. Nothing else was agreed."), quoted]).quotes[0];
    expect(alone.verdict).toBe("altered");
    expect(alone.source?.similarity).toBe(0.889);
    expect(alone.source?.text).toBe("The sides will sign the treaty in spring");
    expect(followed.verdict).toBe("altered");
    expect(followed.source?.similarity).toBe(alone.source?.similarity);
    expect(followed.source?.text).toBe(alone.source?.text);
  });

  it("Armenian in-word question marks are ignored for matching (Ի՞նչ matches Ինչ)", () => {
    const quotes = compare([
      statement("source", "Ինչ է սպասվում բանակցություններից։", "hy"),
      statement("report", "Նախարարը հարցրեց. «Ի՞նչ է սպասվում բանակցություններից»։", "hy"),
    ]).quotes;
    expect(quotes.map((q) => q.verdict)).toEqual(["verbatim"]);
  });
});

describe("issue 9 §1: one fold in every view", () => {
  it("BAKI and Bakı are one word: one row with similarity 1 and no change in any diff", () => {
    const a = statement("a", "The delegation arrived in BAKI on Monday.");
    const b = statement("b", "The delegation arrived in Bakı on Monday.");
    const comparison = compare([a, b]);
    expect(comparison.rows.map((row) => [row.reportedBy, row.similarity, row.diffs[0]?.status])).toEqual([[["a", "b"], 1, "identical"]]);
    expect(changed(comparison.rows[0].diffs[0].parts)).toEqual([]);
    expect(comparison.versions.map((v) => [v.similarity, changed(v.parts)])).toEqual([[1, []]]);
    expect(changed(wordDiff(a.text, b.text)!)).toEqual([]);
  });

  it("a typographic-only difference is never counted as an edit or shown as a change", () => {
    const before = "The sides’ “road map” — agreed on 12\u00a0May — was signed.";
    const after = "The sides' \"road map\" -- agreed on 12 May - was sig\u00adned.";
    const parts = wordDiff(before, after)!;
    expect(parts).toEqual([{ op: "equal", text: before }]);
    expect(diffStats(parts)).toEqual({ insertions: 0, deletions: 0 });
    expect(layoutChanges(parts).changes).toEqual([]);
  });
});

describe("issue 9 §5: whole graphemes", () => {
  it("a flag replaced by another flag is one whole deletion and one whole insertion, in every diff", () => {
    const before = "Flags on the table: 🇦🇲 and the rest.";
    const after = "Flags on the table: 🇦🇿 and the rest.";
    const expected = [
      { op: "equal", text: "Flags on the table: " },
      { op: "delete", text: "🇦🇲" },
      { op: "insert", text: "🇦🇿" },
      { op: "equal", text: " and the rest." },
    ];
    expect(wordDiff(before, after)).toEqual(expected);
    // The pairwise and history views lay the same parts out: one change, whole flags.
    expect(layoutChanges(expected as DiffPart[]).changes.map((change) => [change.deleted, change.inserted])).toEqual([["🇦🇲", "🇦🇿"]]);
    const comparison = compare([statement("a", before), statement("b", after)]);
    expect(comparison.rows[0].diffs[0].parts).toEqual(expected);
    expect(comparison.versions[0].parts).toEqual(expected);
  });

  it("emoji ZWJ sequences, combining sequences and keycaps are never split", () => {
    const parts = wordDiff("Family 👩‍👩‍👧 and cafe\u0301 1\ufe0f\u20e3 here", "Family 👩‍👩‍👦 and cafe\u0300 2\ufe0f\u20e3 here")!;
    expect(changed(parts)).toEqual([
      { op: "delete", text: "👩‍👩‍👧" },
      { op: "insert", text: "👩‍👩‍👦" },
      { op: "delete", text: "cafe\u0301 1\ufe0f\u20e3" },
      { op: "insert", text: "cafe\u0300 2\ufe0f\u20e3" },
    ]);
  });
});

describe("issue 9 §6: word diffs that prefer words", () => {
  const before = "The talks were long, tense, frank and useful.";
  const after = "The talks were long, difficult, tense and useful.";
  const expected = [
    { op: "equal", text: "The talks were long, " },
    { op: "insert", text: "difficult, " },
    { op: "equal", text: "tense" },
    { op: "delete", text: ", frank" },
    { op: "equal", text: " and useful." },
  ];

  it("an unchanged word between changed punctuation stays unchanged, in the pairwise, framing and version diffs", () => {
    expect(wordDiff(before, after)).toEqual(expected);
    // The pairwise and history views lay the same parts out: "tense" is in no numbered change.
    expect(layoutChanges(expected as DiffPart[]).changes.map((change) => [change.deleted, change.inserted])).toEqual([
      ["", "difficult, "],
      [", frank", ""],
    ]);
    const comparison = compare([statement("a", before), statement("b", after)]);
    expect(comparison.rows[0].diffs[0].parts).toEqual(expected);
    // Near-copies: the same sentence inside otherwise identical statements.
    const around = "The ministers met in Geneva on Tuesday. They agreed to meet again next month in Vienna.";
    const versions = compare([statement("a", `${around} ${before}`), statement("b", `${around} ${after}`)]).versions;
    expect(versions[0].parts).toEqual([{ op: "equal", text: `${around} ${expected[0].text}` }, ...expected.slice(1)]);
  });
});

describe("word diffs keep a quoted sentence whole", () => {
  it("case-folded matching never borrows an earlier 'the' or 'secretary', or a later 'said', from the longer text", () => {
    const statementText = "“The Secretary welcomed the plan,” a spokesman said.";
    const report = "Reports say the assistant secretary spoke on Monday. “The Secretary welcomed the plan,” a spokesman said. Nothing else was said.";
    expect(wordDiff(statementText, report)).toEqual([
      { op: "insert", text: "Reports say the assistant secretary spoke on Monday. " },
      { op: "equal", text: statementText },
      { op: "insert", text: " Nothing else was said." },
    ]);
  });
});

describe("issue 9 §7: exact duplicates always align", () => {
  it("a sentence word for word in two statements is one row with similarity 1, however common its words", () => {
    const duplicate = "Armenia and Azerbaijan should sign the peace treaty.";
    const readout = statement("readout", `The foreign ministers met in Geneva on Tuesday. ${duplicate} They agreed to meet again next month.`);
    const report = statement(
      "report",
      [
        "Armenia and Azerbaijan may sign the peace treaty in spring, officials said.",
        "Diplomats say Armenia and Azerbaijan could sign the peace treaty soon.",
        "Whether Armenia will sign the peace treaty with Azerbaijan is unclear.",
        "Azerbaijan wants Armenia to change its constitution before they sign the peace treaty.",
        "Armenia refuses, but says it will sign the peace treaty with Azerbaijan anyway.",
        "To sign the peace treaty, Armenia and Azerbaijan must settle the border.",
        "Critics in Armenia and Azerbaijan ask why leaders would sign the peace treaty now.",
        "Armenia and Azerbaijan fought two wars; to sign the peace treaty would end that era.",
        "Mediators expect Armenia and Azerbaijan to sign the peace treaty in Washington.",
        "Azerbaijan says Armenia must sign the peace treaty without delay.",
        "Armenia says Azerbaijan should sign the peace treaty without conditions.",
        "Observers doubt Armenia and Azerbaijan will sign the peace treaty this year.",
        "Voters in Armenia and Azerbaijan hope both sign the peace treaty.",
        duplicate,
      ].join(" "),
    );
    const comparison = compare([readout, report]);
    expect(comparison.statements[1].segments).toHaveLength(14);
    const rows = comparison.rows.filter((row) => row.cells.some((cell) => cell.text === duplicate));
    expect(rows.map((row) => [row.cells.map((cell) => [cell.statementId, cell.text]), row.similarity])).toEqual([
      [
        [
          ["readout", duplicate],
          ["report", duplicate],
        ],
        1,
      ],
    ]);
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { findQuotations } from "@/lib/compare/quotation-marks";
import { attributeQuotations, speakerSide } from "@/lib/compare/quotes/speakers";

/** Speaker of every quotation in a text, as "name/basis". */
const speakers = (text: string, field: string | null = null) =>
  attributeQuotations(text, findQuotations(text), field).map((s) => (s ? `${s.name}/${s.basis}` : null));

describe("attributing quotations to their speakers (own test sentences)", () => {
  test("“…,” X said, with an apposition between name and verb", () => {
    expect(speakers("“The harbour will reopen soon,” Clara Voss, the port authority’s spokeswoman, said on Friday.")).toEqual(["Clara Voss/said_after"]);
  });

  test("“…,” said X and “…,” added X", () => {
    expect(speakers("“Talks went well,” said Ivo Brandt. “We meet again in May,” added Brandt.")).toEqual(["Ivo Brandt/said_after", "Brandt/added"]);
  });

  test("X said “…” (the speaker before the quotation)", () => {
    expect(speakers("Speaking on the radio, Mendel said there is a “narrow window for agreement.”")).toEqual(["Mendel/said_before"]);
  });

  test("according to X", () => {
    expect(speakers("According to the coastal ministry, the ferry deal was a “historic step for both shores.”")).toEqual(["the coastal ministry/according_to"]);
  });

  test("a pronoun right after a named speaker resolves to that speaker", () => {
    expect(speakers("Mendel condemned the blockade. “Nothing will move until the road opens,” he said.")).toEqual(["Mendel/pronoun"]);
    expect(speakers("Mendel said the road was “closed for now.” She warned that the bridge was “next in line.”")).toEqual([
      "Mendel/said_before",
      "Mendel/pronoun",
    ]);
  });

  // Tester 89 F2: a description is no anaphor. "the senior official" names no title the text gave Brandt: unknown.
  test("a description (“the official”) that fits no one the text introduces with a title is an unknown speaker", () => {
    expect(speakers("Ivo Brandt said the deal was “close.” “We are patient,” added the senior official.")).toEqual(["Ivo Brandt/said_before", null]);
  });

  test("a quotation with no attribution of its own shares the one later in its sentence", () => {
    expect(speakers("The envoy “raised concerns” and promised “further talks soon,” added Voss.")).toEqual(["Voss/added", "Voss/added"]);
  });

  test("the statement's own speaker field when the text names nobody", () => {
    expect(speakers("The vote was called “a turning point.”", "Clara Voss, spokeswoman")).toEqual(["Clara Voss/statement_speaker"]);
    expect(speakers("The vote was called “a turning point.”")).toEqual([null]);
    // "The minister" is named, and is not the spokeswoman of the speaker field (tester 89 F2): unknown.
    expect(speakers("The minister called the vote “a turning point.”", "Clara Voss, spokeswoman")).toEqual([null]);
  });

  test("the speaker's statements: by speaker field surname, or by the party's name", () => {
    const statements = [
      { speaker: "Clara Voss, spokeswoman", partyNames: ["Port Authority"], party: "port" },
      { speaker: null, partyNames: ["Coastal Ministry (via coastal media)"], party: "coast" },
      { speaker: null, partyNames: ["Wire"], party: "wire" },
      { speaker: "Ansel Roe", partyNames: ["Port Authority"], party: "port" },
    ];
    expect(speakerSide("Voss", statements)).toEqual({ own: [0], side: [0, 3] });
    expect(speakerSide("coastal media", statements)).toEqual({ own: [1], side: [1] });
    expect(speakerSide("Mendel", statements)).toEqual({ own: [], side: [] });
  });
});

describe("speaker-aware verdicts", () => {
  const OFFICE = "“We will reopen the harbour by June,” Clara Voss said. She added that fees would stay “as low as last year.”";
  const RIVAL = "The rival ministry said the harbour would open “by midsummer at the latest.”";
  const WIRE =
    "“We will reopen the harbour by July,” Clara Voss said. " +
    "Voss also promised fees “as low as last year.” " +
    "Voss said the rival side wanted it open “by midsummer at the latest.” " +
    "Mendel, a harbour pilot who spoke to no one else, said the channel was “silted beyond use.”";
  const comparison = compare([
    { id: "office", label: "Port", text: OFFICE, party: "port", speaker: "Clara Voss, spokeswoman", partyNames: ["Port Authority"] },
    { id: "rival", label: "Rival", text: RIVAL, party: "rival", partyNames: ["Rival Ministry"] },
    { id: "wire", label: "Wire", text: WIRE, party: "wire", role: "secondary", partyNames: ["Wire"] },
  ]);
  const check = (words: string) => comparison.quotes.find((q) => q.statementId === "wire" && q.text.includes(words))!;

  test("the speaker's own statement is the source, never a quotation of the report", () => {
    expect(comparison.quotes.filter((q) => q.statementId === "office")).toEqual([]);
  });

  test("a party's own quotation is never sourced from the news report that retells it", () => {
    const rival = comparison.quotes.filter((q) => q.statementId === "rival");
    expect(rival.map((q) => [q.text, q.verdict, q.source])).toEqual([["by midsummer at the latest", "not_found", null]]);
  });

  test("each quotation is listed once, from the statement that quotes", () => {
    expect(comparison.quotes.map((q) => `${q.statementId}:${q.text}`)).toEqual([
      "rival:by midsummer at the latest",
      "wire:We will reopen the harbour by July",
      "wire:as low as last year",
      "wire:by midsummer at the latest",
      "wire:silted beyond use",
    ]);
  });

  test("altered against the speaker's own statement, with the diff", () => {
    const reopen = check("reopen the harbour");
    expect(reopen.verdict).toBe("altered");
    expect(reopen.speaker).toEqual({ name: "Clara Voss", basis: "said_after", statementIds: ["office"] });
    expect(reopen.source?.statementId).toBe("office");
    expect(reopen.source?.parts.filter((p) => p.op !== "equal").map((p) => [p.op, p.text.trim()])).toEqual([
      ["delete", "June"],
      ["insert", "July"],
    ]);
  });

  test("verbatim in the speaker's statement", () => {
    expect(check("as low as last year").verdict).toBe("verbatim");
    expect(check("as low as last year").speaker?.name).toBe("Voss");
  });

  test("attributed to the speaker but found only in another party's statement", () => {
    const midsummer = check("midsummer");
    expect(midsummer.speaker?.name).toBe("Voss");
    expect(midsummer.verdict).toBe("other_party");
    expect(midsummer.source?.statementId).toBe("rival");
  });

  test("a quotation of a person with no statement here is not a fabrication flag", () => {
    const silted = check("silted");
    expect(silted.speaker).toEqual({ name: "Mendel", basis: "said_before", statementIds: [] });
    expect(silted.verdict).toBe("no_speaker_statement");
  });
});

describe("attribution on any text", () => {
  test("never throws, gives one answer per quotation, and stays linear on a long text full of quotations", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", ",", ".", "“", "”", "said", "He", "according to ", "\n"), maxLength: 200 }), (text) => {
        const quotations = findQuotations(text);
        expect(attributeQuotations(text, quotations, "Jo Doe, aide")).toHaveLength(quotations.length);
      }),
      { numRuns: 300 },
    );
    const sentence = "Ministers talked at length about roads and rivers and borders and trade without stopping ";
    const long = `${sentence.repeat(4000)}“we agree,” he said. `.repeat(20);
    const started = Date.now();
    const speakers = attributeQuotations(long, findQuotations(long));
    expect(speakers).toHaveLength(20);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { ALL_CAPITALS, CAPITALISED, letterCaseAt, LOWER_CASE, NO_CASE, ONE_CAPITAL, wordsInCapitals } from "@/lib/compare/capitals";
import type { Comparison, StatementInput } from "@/lib/compare/types";
import { diffVersions } from "@/lib/compare/versions";
import type { VersionEdit } from "@/lib/compare/versions";
import { SENTENCES } from "../helpers/readout-sentences";

// Text in capitals (tester 62 F1 and F4): a capital inside a sentence written in capitals is no evidence of a name.
// Test texts are written for this file; the facts are those of Blinken's late-November 2023 calls.

const FOUR = [
  "Secretary Blinken spoke with Prime Minister Pashinyan on Tuesday.",
  "He welcomed steps toward a durable peace agreement.",
  "The Secretary stressed that direct talks remain the best path forward.",
  "They discussed the humanitarian needs of refugees who left the region.",
].join(" ");

function run(texts: readonly string[]): Comparison {
  const statements: StatementInput[] = texts.map((text, k) => ({ id: `s${k}`, label: `S${k}`, text, language: "en" }));
  return compare(statements);
}

/** Every row's cell texts (the statements' sentences as written), and who is said not to report it. */
function rowsOf(result: Comparison): { cells: (string | null)[]; notReportedBy: string[] }[] {
  return result.rows.map((row) => ({ cells: row.cells.map((cell) => (cell ? cell.text : null)), notReportedBy: row.notReportedBy }));
}


describe("letterCaseAt and wordsInCapitals (capitals.ts)", () => {
  test("a word's letter case", () => {
    const cases: [string, number][] = [
      ["welcomed", LOWER_CASE],
      ["Blinken", CAPITALISED],
      ["McDONALD", CAPITALISED],
      ["WELCOMED", ALL_CAPITALS],
      ["U.S", ALL_CAPITALS],
      ["ПАШИНЯН", ALL_CAPITALS],
      ["Пашинян", CAPITALISED],
      ["A", ONE_CAPITAL],
      ["2023", NO_CASE],
      ["iPhone", LOWER_CASE],
    ];
    for (const [word, letterCase] of cases) expect([word, letterCaseAt(` ${word} `, 1, word.length + 1)]).toEqual([word, letterCase]);
  });

  test("a sentence is in capitals when most of its words are, two at least; a dateline or a few acronyms are not", () => {
    const inCapitals = (sentence: string) => {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const match of sentence.matchAll(/[\p{L}\p{N}.]+/gu)) {
        starts.push(match.index);
        ends.push(match.index + match[0].replace(/\.$/u, "").length);
      }
      return wordsInCapitals(sentence, starts, ends);
    };
    expect(inCapitals("BLINKEN URGES A PEACE DEAL")).toBe(true);
    expect(inCapitals("PRESS RELEASE")).toBe(true);
    expect(inCapitals("BLINKEN URGES PEACE DEAL (Reuters)")).toBe(true);
    expect(inCapitals("WASHINGTON — Secretary Blinken spoke with Prime Minister Pashinyan.")).toBe(false);
    expect(inCapitals("The OSCE, the EU and the UN welcomed the talks.")).toBe(false);
    expect(inCapitals("READOUT")).toBe(false);
  });
});

describe("compare: a readout and its copy in capitals (tester 62 F1)", () => {
  test("four identical sentences make four rows, each with both cells, none not reported", () => {
    const rows = rowsOf(run([FOUR, FOUR.toUpperCase()]));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.cells.every((cell) => cell !== null)).toBe(true);
      expect(row.cells[1]).toBe(row.cells[0]!.toUpperCase());
      expect(row.notReportedBy).toEqual([]);
    }
  });

  test("names the lower-case copy writes with a capital inside a sentence are still names in the copy in capitals", () => {
    const result = run([FOUR, FOUR.toUpperCase()]);
    const people = result.entities.filter((entity) => entity.kind === "person");
    expect(people.map((entity) => [entity.key, entity.mentionedBy])).toEqual([
      ["blinken", ["s0", "s1"]],
      ["pashinyan", ["s0", "s1"]],
    ]);
    // No word of the copy in capitals is taken for a name of its own ("WELCOMED", "DISCUSSED").
    expect(result.entities.filter((entity) => entity.mentionedBy.length === 1)).toEqual([]);
  });

  test("a headline in capitals above a body in lower case, against a readout in lower case", () => {
    const body = [
      "Secretary Blinken spoke with Prime Minister Pashinyan of Armenia.",
      "The Secretary stressed that direct peace talks remain the best path to a lasting agreement.",
      "They discussed the humanitarian needs of the people who left Nagorno-Karabakh.",
    ];
    const other = [
      "Prime Minister Pashinyan of Armenia spoke with Secretary Blinken.",
      "The Secretary stressed that direct peace talks remain the best path to a lasting agreement.",
      "They discussed the humanitarian needs of the people who left Nagorno-Karabakh.",
    ];
    const result = run([`BLINKEN STRESSES DIRECT PEACE TALKS WITH ARMENIA AND DISCUSSES HUMANITARIAN NEEDS\n${body.join(" ")}`, other.join(" ")]);
    const rows = rowsOf(result);
    for (const sentence of body.slice(1)) {
      const row = rows.find((candidate) => candidate.cells[0] === sentence);
      expect(row).toEqual({ cells: [sentence, sentence], notReportedBy: [] });
    }
    // The headline's words are no names: only the people and the place the body names.
    expect(result.entities.filter((entity) => entity.kind === "person" || entity.kind === "organisation").map((entity) => entity.key)).toEqual(["blinken", "pashinyan"]);
  });

  test("one sentence in capitals in the middle of a text in lower case keeps its row", () => {
    const sentences = FOUR.split(/(?<=\.) /u);
    const mixed = [sentences[0], sentences[1].toUpperCase(), sentences[2], sentences[3]].join(" ");
    const rows = rowsOf(run([FOUR, mixed]));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toEqual({ cells: [row.cells[0], row.cells[1]], notReportedBy: [] });
    expect(rows.map((row) => row.cells[1])).toContain(sentences[1].toUpperCase());
  });

  test("property: a short readout and its copy in capitals align row for row, with no omission", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SENTENCES.map(([sentence]) => sentence), { minLength: 2, maxLength: 6 }), (sentences) => {
        const text = sentences.join(" ");
        const rows = rowsOf(run([text, text.toUpperCase()]));
        expect(rows).toHaveLength(sentences.length);
        for (const row of rows) expect(row).toEqual({ cells: [row.cells[0], row.cells[0]!.toUpperCase()], notReportedBy: [] });
      }),
      { numRuns: 40 },
    );
  });
});

/** The edits of a diff whose `a` range overlaps text[start, end) of version a. */
const editsAt = (edits: readonly VersionEdit[], start: number, end: number) => edits.filter((edit) => edit.a.start < end && start < edit.a.end);

describe("diffVersions: synonyms swapped in a copy in capitals (tester 62 F4)", () => {
  const text = FOUR;
  const swapped = text.replace("stressed", "underlined").replace("durable", "lasting");

  test("the tester's case: the swaps are wording, not changed names, in capitals on one side or both", () => {
    for (const [a, b] of [
      [text, swapped.toUpperCase()],
      [text.toUpperCase(), swapped.toUpperCase()],
    ]) {
      const edits = diffVersions(a, b, "en").edits.filter((edit) => edit.class !== "typographic");
      expect(edits.map((edit) => [edit.before.toLowerCase(), edit.after.toLowerCase(), edit.class, edit.reason])).toEqual([
        ["durable", "lasting", "wording", "synonym"],
        ["stressed", "underlined", "wording", "synonym"],
      ]);
    }
  });

  test("a name the other version capitalises inside a sentence is still a name in capitals", () => {
    const edits = diffVersions("Blinken met Aliyev in Baku. Then he flew home.", "BLINKEN MET PASHINYAN IN BAKU. Then he flew home.", "en").edits;
    expect(edits.filter((edit) => edit.class !== "typographic").map((edit) => [edit.before, edit.after, edit.class, edit.reason])).toEqual([["Aliyev", "PASHINYAN", "fact", "name"]]);
  });

  test("a common word that is also a rank (\"MAJOR STEP\") is no title before a name in capitals", () => {
    const before = "ALIYEV SAID THAT A MAJOR STEP HAD BEEN MADE.";
    const edits = diffVersions(before, before.replace("MAJOR", "SIGNIFICANT"), "en").edits;
    expect(edits.map((edit) => [edit.before, edit.after, edit.class])).toEqual([["MAJOR", "SIGNIFICANT", "unclassified"]]);
  });

  test("a word in capitals that abbreviates a month or a weekday is a date only where a date can be told (\"MAR THE TALKS\")", () => {
    const classes = (before: string, after: string) => diffVersions(before, after, "en").edits.map((edit) => [edit.before, edit.after, edit.class]);
    expect(classes("INCIDENTS ALONG THE BORDER COULD MAR THE TALKS.", "INCIDENTS ALONG THE BORDER COULD SPOIL THE TALKS.")).toEqual([["MAR", "SPOIL", "unclassified"]]);
    // Swapped for another day, or beside a number: still a changed date.
    expect(classes("THE LEADERS MET ON SAT AND TALKED.", "THE LEADERS MET ON SUN AND TALKED.")).toEqual([["SAT", "SUN", "fact"]]);
    expect(classes("THE CALL TOOK PLACE ON 28 NOV 2023.", "THE CALL TOOK PLACE ON 28 DEC 2023.")).toEqual([["NOV", "DEC", "fact"]]);
  });

  test("property: a swap classed as wording in lower case is no fact in a copy in capitals", () => {
    const swapsArb = fc.shuffledSubarray(SENTENCES, { minLength: 1, maxLength: 6 }).chain((sentences) => {
      const swaps = sentences.flatMap(([sentence, pairs]) => pairs.map((pair) => ({ sentence, pair })));
      return fc.tuple(fc.constant(sentences.map(([sentence]) => sentence)), fc.subarray(swaps, { minLength: swaps.length ? 1 : 0 }));
    });
    let wordingSeen = 0;
    fc.assert(
      fc.property(swapsArb, ([sentences, swaps]) => {
        const text = sentences.join(" ");
        // Each swap at its word in its sentence, from the text's end so that earlier offsets stay put.
        const places = swaps.map(({ sentence, pair: [from, to] }) => ({ start: text.indexOf(sentence) + sentence.search(new RegExp(`\\b${from}\\b`, "u")), from, to }));
        places.sort((x, y) => y.start - x.start);
        let edited = text;
        for (const { start, from, to } of places) edited = edited.slice(0, start) + to + edited.slice(start + from.length);
        const lower = diffVersions(text, edited, "en").edits;
        const oneSide = diffVersions(text, edited.toUpperCase(), "en").edits;
        const bothSides = diffVersions(text.toUpperCase(), edited.toUpperCase(), "en").edits;
        for (const { start, from } of places) {
          const inLower = editsAt(lower, start, start + from.length);
          if (!inLower.every((edit) => edit.class === "wording")) continue;
          wordingSeen++;
          for (const edits of [oneSide, bothSides]) {
            const inCapitals = editsAt(edits, start, start + from.length);
            expect(inCapitals.map((edit) => [edit.before, edit.after, edit.class])).toEqual(inCapitals.map((edit) => [edit.before, edit.after, "wording"]));
          }
        }
      }),
      { numRuns: 60 },
    );
    expect(wordingSeen).toBeGreaterThan(20);
  });
});

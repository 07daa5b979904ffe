/** @jest-environment node */
import { JSDOM } from "jsdom";
import { diffVersions } from "@/lib/compare/versions";
import { LIST_MARKER, readerNumbers, SEPARATOR_LINE } from "@/lib/view/reader-numbers";
import { pairDisplayLabel, pairLinkLabel, sentenceNumbers } from "@/lib/view/version-diff";
import { createRetoldAndRevised, openExportFixture, type ExportFixture } from "../helpers/export-fixture";

/**
 * Tester 39 #8: the exports number sentences and sentence pairs for readers ("sentence 4 of MTA – Readout",
 * "sentence pair 16"), and counted lines without words ("***", "* * *") as sentences, so every number after a section
 * separator was one too high for a reader counting sentences. Separator lines now get no number ("separator line")
 * and the sentences after them keep the numbers a reader gives them. Checked in the Markdown and HTML exports of the
 * pairwise view and of a revision history, built through the export code on a real SQLite database.
 */

jest.setTimeout(120_000);

// Written for this test. Version 2 moves the last sentence but one to the top and splits the memorandum sentence in
// two; the separator lines stay where they were. A reader counts, in version 1: envoys 1, memorandum 2, praised 3,
// further round 4, closing 5; in version 2: further round 1, envoys 2, memorandum 3, hotline 4, praised 5, closing 6.
const VERSION_1 = [
  "The envoys met at the river port on Tuesday.",
  "***",
  "They signed a memorandum on fishing rights and agreed to open a hotline for the coast guards. Both sides praised the talks.",
  "* * *",
  "A further round is planned for spring. A closing note was issued by the press office.",
].join("\n\n");
const VERSION_2 = [
  "A further round is planned for spring.",
  "The envoys met at the river port on Tuesday.",
  "***",
  "They signed a memorandum on fishing rights. They agreed to open a hotline for the coast guards. Both sides praised the talks.",
  "* * *",
  "A closing note was issued by the press office.",
].join("\n\n");

const MOVE = "Moved passage 1: “A further round is planned for spring.” moved from sentence 4 of";

let fixture: ExportFixture;
let historyId: number;

beforeAll(async () => {
  fixture = await openExportFixture();
  // "first" holds version 1, "retold" and "revised" (version 2, with version 1 as its revision) version 2.
  historyId = await createRetoldAndRevised(fixture, { event: ["sectioned-call", "A call in sections", "2026-11-03"], before: VERSION_1, after: VERSION_2, earlierVersions: 1 });
});

afterAll(async () => {
  await fixture?.close();
});

describe("readerNumbers", () => {
  test("separator lines get no number; the sentences and pairs after them keep a reader's count", () => {
    const diff = diffVersions(VERSION_1, VERSION_2, "en");
    const numbers = readerNumbers(diff);
    // The engine's indexes count the separator lines: version 1 has 7 sentences, version 2 has 8.
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => numbers.sentence("a", i))).toEqual([1, null, 2, 3, null, 4, 5]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => numbers.sentence("b", i))).toEqual([1, 2, null, 3, 4, 5, null, 6]);
    expect(diff.pairs.map((pair) => [pair.relation, numbers.pair(pair.id)])).toEqual([
      ["equal", 1],
      ["equal", 2],
      ["equal", null],
      ["split", 3],
      ["equal", 4],
      ["equal", null],
      ["equal", 5],
    ]);
  });

  test("a text without separator lines is numbered as before: index + 1", () => {
    const diff = diffVersions("One sentence here. Two sentences here.", "Two sentences here. One sentence here.", "en");
    const numbers = readerNumbers(diff);
    expect([numbers.sentence("a", 0), numbers.sentence("a", 1), numbers.sentence("b", 0), numbers.sentence("b", 1)]).toEqual([1, 2, 1, 2]);
    expect(diff.pairs.map((pair) => numbers.pair(pair.id))).toEqual([1, 2]);
  });
});

describe("list markers cut off their items are no sentences to a reader either (session 10)", () => {
  // UAX #29 cuts "1." off its item; a reader counts "1. Border posts reopen on Monday." as one sentence.
  const LIST = "The ministers settled three points.\n1. Border posts reopen on Monday.\n2. Detainees are exchanged in spring.\n3. Talks go on in Vienna.";
  const PROSE = "The ministers settled three points. Border posts reopen on Monday. Detainees are exchanged in spring. Talks go on in Vienna.";

  test("a list written as prose: the markers are unnumbered, named list markers, and the items keep a reader's numbers", () => {
    const diff = diffVersions(LIST, PROSE, "en");
    const numbers = readerNumbers(diff);
    const markerPairs = diff.pairs.filter((pair) => pair.noClaim === "list-marker");
    expect(markerPairs).toHaveLength(3);
    expect(markerPairs.map((pair) => [numbers.pair(pair.id), pairDisplayLabel(diff, pair.id)])).toEqual(markerPairs.map(() => [null, LIST_MARKER]));
    // Version 1: settled 1, marker, border 2, marker, detainees 3, marker, talks 4; version 2 the same four sentences.
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => numbers.sentence("a", i))).toEqual([1, null, 2, null, 3, null, 4]);
    expect(numbers.sentenceCount("a")).toBe(4);
    expect(numbers.sentenceCount("b")).toBe(4);
    expect(sentenceNumbers(diff, "a", markerPairs[1].aSentences)).toBe("the list marker after sentence 2");
    expect(pairLinkLabel(diff, markerPairs[0].id)).toBe("the list marker after sentence pair 1");
    expect(diff.edits.every((edit) => edit.class === "typographic")).toBe(true);
  });

  test("separator lines keep their name; numbers that are no list's markers keep their numbers", () => {
    const separated = diffVersions("The envoys met.\n\n***\n\nTalks went on.", "The envoys met.\n\nTalks went on.", "en");
    expect(separated.pairs.filter((pair) => pair.noClaim).map((pair) => [pair.noClaim, pairDisplayLabel(separated, pair.id)])).toEqual([["separator", SEPARATOR_LINE]]);
    const wrapped = diffVersions("The prisoners released were\n40. Talks go on.", "The prisoners released were\n45. Talks go on.", "en");
    expect(wrapped.pairs.some((pair) => pair.noClaim)).toBe(false);
  });
});

describe("pairwise view exports: numbers after separator lines are a reader's", () => {
  async function exported(format: "md" | "html"): Promise<string> {
    const { getEvent } = await import("@/lib/data/events");
    const { renderExport } = await import("@/lib/export/render");
    const { parseEventViewState } = await import("@/lib/view/event-view-state");
    const event = (await getEvent("sectioned-call"))!;
    const query = { view: "pairwise", a: "first", b: "retold" };
    const state = parseEventViewState(event.statements.map((s) => s.slug), query, []);
    return (await renderExport(format, event, state, [], new URLSearchParams(query), "/events/sectioned-call", "http://127.0.0.1:3000")).text();
  }
  const move = `${MOVE} MTA – Readout to sentence 1 of TO`;
  const split = "sentence pair 3: “They signed a memorandum on fishing rights. They…” split: sentence 2 of MTA – Readout became sentences 3–4 of TO";

  test("Markdown", async () => {
    const markdown = await exported("md");
    expect(markdown).toContain(`- ${move}.`);
    expect(markdown).toContain(`- ${split}.`);
  });

  test("HTML", async () => {
    const { document } = new JSDOM(await exported("html")).window;
    expect(document.querySelector("li[data-move-id=m0]")!.textContent).toBe(move);
    expect(document.querySelector("li[data-pair-id=p3]")!.textContent).toBe(split);
  });
});

describe("revision history exports: every pair by a reader's number, separator lines by name", () => {
  async function view() {
    const { prisma } = await import("@/lib/db");
    const { getStatement } = await import("@/lib/data/statements");
    const { listVersions } = await import("@/lib/data/revisions");
    const { historyView } = await import("@/lib/view/history");
    return historyView((await getStatement(prisma, historyId))!, (await listVersions(prisma, historyId))!, {});
  }
  const headings = [
    "sentence pair 1 (moved from sentence 4 of version 1)",
    "sentence pair 2",
    SEPARATOR_LINE,
    "sentence pair 3 (split: sentence 2 of version 1 became sentences 3–4 of version 2)",
    "sentence pair 4",
    SEPARATOR_LINE,
    "sentence pair 5",
  ];

  test("Markdown", async () => {
    const { historyMarkdown } = await import("@/lib/export/history");
    const markdown = historyMarkdown(await view());
    expect(markdown).toContain(`- ${MOVE} version 1 to sentence 1 of version 2 (sentence pair 1).`);
    const pairLines = markdown.split("\n").filter((line) => /^- (sentence pair \d+|separator line)\b/.test(line));
    expect(pairLines.map((line, k) => line.startsWith(`- ${headings[k]}: `) && line)).toEqual(pairLines);
    expect(pairLines).toHaveLength(headings.length);
    expect(pairLines[2]).toBe(`- ${SEPARATOR_LINE}: \\*\\*\\*`);
  });

  test("HTML", async () => {
    const { historyHtml } = await import("@/lib/export/history");
    const { document } = new JSDOM(historyHtml(await view())).window;
    expect(document.querySelector("li[data-move-id=m0]")!.textContent).toBe(`${MOVE} version 1 to sentence 1 of version 2: see sentence pair 1`);
    expect([...document.querySelectorAll("ul.pairs .pair-label")].map((label) => label.textContent)).toEqual(headings);
  });
});

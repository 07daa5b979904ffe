/** @jest-environment node */
import { parse } from "csv-parse/sync";
import { diffVersions } from "@/lib/compare/versions";
import { editCells, versionEditRows } from "@/lib/export/csv";
import { createRetoldAndRevised, openExportFixture, type ExportFixture } from "../helpers/export-fixture";

/**
 * Issue 12, item 5 (tester's findings D12–D15): the exports and the API carry the sentence pairs, the classes and the
 * moves in one shape; a pure move is a CSV row; `from` and `to` of a history are checked with one schema. Through
 * the route handlers, on a real SQLite database written through Prisma.
 */

jest.setTimeout(120_000);

// Four sentences written for this test; the second text moves the first sentence to the end, nothing else.
const SENTENCES = [
  "The two delegations met at the lakeside hall on Monday morning. ",
  "They reviewed the draft on river crossings line by line. ",
  "A joint working group was set up to finish the annex. ",
  "The chairs agreed to report back before the winter recess. ",
];
const FIRST = SENTENCES.join("");
const MOVED = [SENTENCES[1], SENTENCES[2], SENTENCES[3], SENTENCES[0]].join("");

let fixture: ExportFixture;
let historyId: number;

beforeAll(async () => {
  fixture = await openExportFixture();
  // "revised" is version 3; versions 1 and 2 both hold the first text, so 2 → 3 is the pure move.
  historyId = await createRetoldAndRevised(fixture, { event: ["moved-call", "A call retold", "2026-11-02"], before: FIRST, after: MOVED, earlierVersions: 2 });
});

afterAll(async () => {
  await fixture?.close();
});

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

describe("CSV of version edits: moves and whitespace-only edits are rows (D13)", () => {
  test("a pure move “A. B. C.” → “B. C. A.” is one row naming the pair, its relation and the move", () => {
    const rows = versionEditRows(diffVersions("Alpha came first. Beta came second. Gamma came third. ", "Beta came second. Gamma came third. Alpha came first. ", "en"));
    expect(rows).toEqual([
      ["edit", "class", "reason", "before", "after", "pair", "relation", "moved"],
      ["", "", "", "Alpha came first.", "Alpha came first.", "p2", "equal", "m0"],
    ]);
  });

  test("a moved sentence with a typographic edit keeps both the edit row and its own move row; the space at its ends is layout, no row", () => {
    const rows = versionEditRows(diffVersions(FIRST.trim(), MOVED.trim().replace("Monday morning", "Monday\u00a0morning"), "en"));
    expect(rows.slice(1)).toEqual([
      // A pair holding an edit, even a space made no-break, is "changed" (tester T3 #19, session 17).
      ["e0", "typographic", "typography", "␠", "⍽", "p3", "changed", "m0"],
      ["", "", "", SENTENCES[0].trim(), SENTENCES[0].trim().replace("Monday morning", "Monday\u00a0morning"), "p3", "changed", "m0"],
    ]);
  });

  test("whitespace-only edits are shown with visible marks; others are trimmed", () => {
    expect(editCells(" ", "\n\n")).toEqual(["␠", "↵↵"]);
    expect(editCells("\u00a0", " ")).toEqual(["⍽", "␠"]);
    expect(editCells("a\u2009b", "a b")).toEqual(["a⟨U+2009⟩b", "a␠b"]);
    expect(editCells(" to house arrest ", "from detention ")).toEqual(["to house arrest", "from detention"]);
  });
});

describe("the pairwise JSON export carries the comparison's version entry (D12)", () => {
  test("sentence pairs, edits, moves and counts, equal to the comparison API's `versions` entry for the pair", async () => {
    const { getEvent } = await import("@/lib/data/events");
    const { renderExport } = await import("@/lib/export/render");
    const { parseEventViewState } = await import("@/lib/view/event-view-state");
    const { pairwiseDocumentSchema } = await import("@/lib/export/pairwise-document-schema");
    const event = (await getEvent("moved-call"))!;
    const query = { view: "pairwise", a: "first", b: "retold" };
    const state = parseEventViewState(event.statements.map((s) => s.slug), query, []);
    const response = await renderExport("json", event, state, [], new URLSearchParams(query), "/events/moved-call", "http://127.0.0.1:3000");
    expect(response.status).toBe(200);
    const doc = await response.json();
    const pair = pairwiseDocumentSchema.parse(doc).pair;
    expect(pair).toMatchObject({ from: "first", to: "retold", aId: "first", bId: "retold", similarity: 1, pairedShare: 1, status: "diffed" });
    expect(pair.sentencePairs.map((p) => [p.id, p.relation, p.moveId ?? null])).toEqual([
      ["p0", "equal", null],
      ["p1", "equal", null],
      ["p2", "equal", null],
      ["p3", "equal", "m0"],
    ]);
    expect(pair.moves).toEqual([{ id: "m0", pairIds: ["p3"], a: { start: 0, end: SENTENCES[0].length }, b: { start: MOVED.length - SENTENCES[0].length, end: MOVED.length }, fromAfterPairId: null }]);
    expect(pair.edits).toEqual([]);
    expect(pair.counts).toEqual({ fact: 0, wording: 0, typographic: 0, unclassified: 0 });

    // One shape: the comparison API's entry for the same two statements holds the same fields and values.
    const api = await import("@/app/api/events/[slug]/comparison/route");
    const apiResponse = await api.GET(new Request("http://127.0.0.1:3000/api/events/moved-call/comparison?statements=first,retold"), params({ slug: "moved-call" }));
    expect(apiResponse.status).toBe(200);
    const entry = (await apiResponse.json()).comparison.versions.find((v: { aId: string; bId: string }) => v.aId === "first" && v.bId === "retold");
    expect(Object.keys(entry).sort()).toEqual(["aId", "bId", "counts", "edits", "moves", "pairedShare", "parts", "sentencePairs", "similarity", "status"]);
    for (const key of Object.keys(entry)) expect([key, pair[key as keyof typeof pair]]).toEqual([key, entry[key]]);
  });
});

describe("moved, split and merged sentences are named in the text of the exports (D14)", () => {
  test("the pairwise Markdown and HTML exports say which sentence moved, from where to where, by number and opening words", async () => {
    const { getEvent } = await import("@/lib/data/events");
    const { renderExport } = await import("@/lib/export/render");
    const { parseEventViewState } = await import("@/lib/view/event-view-state");
    const { JSDOM } = await import("jsdom");
    const event = (await getEvent("moved-call"))!;
    const query = { view: "pairwise", a: "first", b: "retold" };
    const state = parseEventViewState(event.statements.map((s) => s.slug), query, []);
    const exported = async (format: "md" | "html") => (await renderExport(format, event, state, [], new URLSearchParams(query), "/events/moved-call", "http://127.0.0.1:3000")).text();
    const line = "Moved passage 1: “The two delegations met at the lakeside hall…” moved from sentence 1 of MTA – Readout to sentence 4 of TO";
    expect(await exported("md")).toContain(`- ${line}.`);
    const { document } = new JSDOM(await exported("html")).window;
    expect(document.querySelector("li[data-move-id=m0]")!.textContent).toBe(line);
  });

  test("a split sentence: its note names the sentence numbers in both texts", async () => {
    const { pairRelationNote, pairOpening } = await import("@/lib/view/version-diff");
    const diff = diffVersions(
      "The ministers met in the capital on Friday and agreed to resume the border talks next month. Trade was also discussed at length. ",
      "The ministers met in the capital on Friday. They agreed to resume the border talks next month. Trade was also discussed at length. ",
      "en",
    );
    expect(diff.pairs.map((pair) => [pair.id, pair.relation, pairRelationNote(diff, pair, "version 1", "version 2"), pairOpening(pair, 4)])).toEqual([
      ["p0", "split", "split: sentence 1 of version 1 became sentences 1–2 of version 2", "The ministers met in…"],
      ["p1", "equal", "", "Trade was also discussed…"],
    ]);
    // The CSV has a row for the split pair even when its words did not change.
    expect(versionEditRows(diff).filter((row) => row[6] === "split").map((row) => row[0])).toContain("");
  });
});

describe("history `from` and `to`: one schema; a bad value is a 400 naming it and the versions there are (D15)", () => {
  const apiGet = async (query: string) => {
    const api = await import("@/app/api/statements/[id]/history/route");
    return api.GET(new Request(`http://localhost/api/statements/${historyId}/history?${query}`), params({ id: String(historyId) }));
  };

  test("API: from=99, from=abc&to=-1 and to=1.5 are 400 with the exact message; good and absent values are 200", async () => {
    const cases: [string, string][] = [
      ["from=99", "from must be a version of this statement, 1–3, not “99”"],
      ["from=abc&to=-1", "from must be a version of this statement, 1–3, not “abc”; to must be a version of this statement, 1–3, not “-1”"],
      ["to=1.5", "to must be a version of this statement, 1–3, not “1.5”"],
    ];
    for (const [query, message] of cases) {
      const response = await apiGet(query);
      expect([query, response.status]).toEqual([query, 400]);
      expect((await response.json()).error).toBe(message);
    }
    const good = await apiGet("from=1&to=3");
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ from: 1, to: 3 });
    const absent = await apiGet("from=&to=");
    expect(await absent.json()).toMatchObject({ from: 2, to: 3 });
  });

  test("export route: the same message as a 400 in every format", async () => {
    const route = await import("@/app/statements/[id]/history/export/[format]/route");
    for (const format of ["json", "csv", "md"]) {
      const response = await route.GET(new Request(`http://localhost/statements/${historyId}/history/export/${format}?from=99`), params({ id: String(historyId), format }));
      expect(response.status).toBe(400);
      expect(await response.text()).toBe("Bad export request: from must be a version of this statement, 1–3, not “99”.");
    }
  });

  test("the history CSV export of a pure move has the move's row", async () => {
    const route = await import("@/app/statements/[id]/history/export/[format]/route");
    const response = await route.GET(new Request(`http://localhost/statements/${historyId}/history/export/csv?from=2&to=3`), params({ id: String(historyId), format: "csv" }));
    const rows: string[][] = parse(await response.text(), { bom: true });
    expect(rows.slice(1)).toEqual([["", "", "", SENTENCES[0].trim(), SENTENCES[0].trim(), "p3", "equal", "m0"]]);
  });
});

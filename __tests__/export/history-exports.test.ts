/** @jest-environment node */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import { MINISTRY, openExportFixture, type ExportFixture } from "../helpers/export-fixture";
import { MOVED, REVISION_1, REVISION_2 } from "../helpers/version-texts";

jest.setTimeout(120_000);

let fixture: ExportFixture;
let statementId: number;
let lib: {
  getStatement: typeof import("@/lib/data/statements").getStatement;
  listVersions: typeof import("@/lib/data/revisions").listVersions;
  historyView: typeof import("@/lib/view/history").historyView;
  historyMarkdown: typeof import("@/lib/export/history").historyMarkdown;
  historyHtml: typeof import("@/lib/export/history").historyHtml;
  historyCsv: typeof import("@/lib/export/history").historyCsv;
  historyJson: typeof import("@/lib/export/history").historyJson;
  renderHistoryExport: typeof import("@/lib/export/history").renderHistoryExport;
  findChromium: typeof import("@/lib/export/pdf").findChromium;
};

beforeAll(async () => {
  fixture = await openExportFixture();
  // A statement whose current text (version 2) replaced revision 1, written through Prisma into real SQLite.
  const [party] = await fixture.parties([MINISTRY]);
  const event = await fixture.event("a-call", "A call", "2026-11-01");
  const statement = await fixture.statement(event.id, { slug: "readout", partyId: party.id, title: "Readout of the call", sourceName: "Ministry", body: REVISION_2, version: 2 });
  await fixture.revisions(statement, [{ version: 1, body: REVISION_1, reason: "edited at source" }]);
  statementId = statement.id;
  lib = {
    ...(await import("@/lib/data/statements")),
    ...(await import("@/lib/data/revisions")),
    ...(await import("@/lib/view/history")),
    ...(await import("@/lib/export/history")),
    ...(await import("@/lib/export/pdf")),
  };
});

afterAll(async () => {
  await (await import("@/lib/export/pdf")).closePdfBrowser();
  await fixture?.close();
});

async function loadView() {
  const { prisma } = await import("@/lib/db");
  const statement = (await lib.getStatement(prisma, statementId))!;
  return lib.historyView(statement, (await lib.listVersions(prisma, statementId))!, {});
}

const SUMMARY = "3 edits that change facts, 10 in wording, 12 unclassified; 1 passage moved";
// Exports and the API count the typographic edits too, which a page shows in its typography control (tester 39).
const EXPORT_SUMMARY = `${SUMMARY}; 1 typographic edit (hidden)`;
// The edits every format must carry: [before, after, class, reason].
const KEY_EDITS = [
  ["president", "premier", "fact", "title"],
  ["to house arrest", "from detention", "fact", "qualifier"],
  ["underscored", "underlined", "wording", "synonym"],
  ["border", "frontier", "wording", "synonym"],
  ["calm", "warm", "unclassified", "unknown"],
  ["Azerbaijan’s", "Azerbaijan's", "typographic", "typography"],
];

describe("a statement's history: view model and every export carry the pairs, the classes and the moves (issue 12)", () => {
  test("the history page's view model: version 1 → 2, the summary, one small edit per swapped word, one move", async () => {
    const view = await loadView();
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    expect([view.from.version, view.to.version]).toEqual([1, 2]);
    const diff = view.diff!;
    expect(view.summary!.line).toBe(SUMMARY);
    // "agreed" → "accepted" is assent in other words (equivalents.ts; tester 38): wording, not the modality fact it was.
    expect(diff.counts).toEqual({ fact: 3, wording: 10, typographic: 1, unclassified: 12 });
    // The apostrophe's pair holds an edit, so it is "changed" (tester 12b C6); the moved pair differs only in the spacing after it.
    expect(diff.pairs.map((pair) => pair.relation)).toEqual([...Array(15).fill("changed"), "equal"]);
    const byBefore = new Map(diff.edits.map((edit) => [edit.before, edit]));
    for (const [before, after, editClass, reason] of KEY_EDITS) expect(byBefore.get(before)).toMatchObject({ after, class: editClass, reason });
    // Every non-typographic edit is a word or a short phrase.
    for (const edit of diff.edits.filter((e) => e.class !== "typographic")) expect(edit.before.split(" ").length).toBeLessThanOrEqual(3);
    expect(diff.moves).toEqual([{ id: "m0", pairIds: ["p15"], a: { start: 0, end: MOVED.length + 2 }, b: { start: REVISION_2.length - MOVED.length, end: REVISION_2.length }, fromAfterPairId: null }]);
    expect(diff.pairs[15]).toMatchObject({ id: "p15", moveId: "m0", parts: [{ op: "equal", text: MOVED }, { op: "delete", text: "\n\n" }] });
    // Summary links: facts first, typographic edits not linked.
    expect(view.summary!.links.map((link) => link.label).slice(0, 4)).toEqual(["president → premier", "to house arrest → from detention", "proposed → planned", "border → frontier"]);
    expect(view.summary!.links).toHaveLength(25);
    // 25 edits: two two-word afters; befores "to house arrest", "deeply worrying", "talked about".
  });

  test("JSON: the pairs, the classed edits and the move", async () => {
    const json = JSON.parse(lib.historyJson(await loadView()));
    expect(json).toMatchObject({ statement: { id: statementId, party: "Ministry of Test Affairs" }, versions: [2, 1], from: 1, to: 2, summary: EXPORT_SUMMARY });
    expect(json.pairs).toHaveLength(16);
    expect(json.pairs[15]).toMatchObject({ id: "p15", relation: "equal", moveId: "m0" });
    const byBefore = new Map(json.edits.map((edit: { before: string }) => [edit.before, edit]));
    for (const [before, after, editClass, reason] of KEY_EDITS) expect(byBefore.get(before)).toMatchObject({ after, class: editClass, reason });
    expect(json.moves).toEqual([expect.objectContaining({ id: "m0", pairIds: ["p15"] })]);
  });

  test("API /api/statements/<id>/history and the export route: the same document, from real SQLite", async () => {
    const api = await import("@/app/api/statements/[id]/history/route");
    const response = await api.GET(new Request(`http://localhost/api/statements/${statementId}/history?from=1&to=2`), { params: Promise.resolve({ id: String(statementId) }) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ from: 1, to: 2, summary: EXPORT_SUMMARY, counts: { fact: 3, wording: 10, typographic: 1, unclassified: 12 } });
    expect(body.edits.find((edit: { before: string }) => edit.before === "to house arrest")).toMatchObject({ after: "from detention", class: "fact", reason: "qualifier" });
    expect(body.moves).toEqual([expect.objectContaining({ id: "m0", pairIds: ["p15"] })]);
    expect(body.pairs).toHaveLength(16);
    const exportRoute = await import("@/app/statements/[id]/history/export/[format]/route");
    const download = await exportRoute.GET(new Request(`http://localhost/statements/${statementId}/history/export/json`), { params: Promise.resolve({ id: String(statementId), format: "json" }) });
    expect(download.headers.get("Content-Disposition")).toBe(`attachment; filename="statement-${statementId}-history-v1-v2.json"`);
    expect(await download.json()).toEqual(body);
    const missing = await api.GET(new Request("http://localhost/api/statements/999999/history"), { params: Promise.resolve({ id: "999999" }) });
    expect(missing.status).toBe(404);
  });

  test("the history export checks `paper` with the event exports' schema: a bad one is a 400 naming it, for every format", async () => {
    const exportRoute = await import("@/app/statements/[id]/history/export/[format]/route");
    const get = (format: string, query: string) =>
      exportRoute.GET(new Request(`http://localhost/statements/${statementId}/history/export/${format}?${query}`), { params: Promise.resolve({ id: String(statementId), format }) });
    for (const format of ["pdf", "json"]) {
      const bad = await get(format, "from=1&to=2&paper=A3");
      expect(bad.status).toBe(400);
      expect(bad.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(await bad.text()).toBe("Bad export request: paper must be one of A4, Letter, not “A3”.");
    }
    // Any case of an allowed paper, or none, is accepted (the JSON export does not use it).
    expect((await get("json", "from=1&to=2&paper=letter")).status).toBe(200);
    expect((await get("json", "from=1&to=2&paper=")).status).toBe(200);
  });

  test("CSV: one row per edit with its class, rule, pair and move, and a row for the moved sentence", async () => {
    const rows: string[][] = parse(lib.historyCsv(await loadView()), { bom: true });
    expect(rows[0]).toEqual(["edit", "class", "reason", "before", "after", "pair", "relation", "moved"]);
    expect(rows).toHaveLength(28);
    expect(rows).toContainEqual(["e8", "fact", "qualifier", "to house arrest", "from detention", "p5", "changed", ""]);
    expect(rows).toContainEqual(["e5", "wording", "synonym", "underscored", "underlined", "p4", "changed", ""]);
    expect(rows).toContainEqual(["e25", "typographic", "typography", "Azerbaijan’s", "Azerbaijan's", "p14", "changed", ""]);
    // The moved paragraph: the move's own row with the sentence; the line breaks at its two places are layout, no edit (tester 19).
    expect(rows.filter((row) => row[7] === "m0")).toEqual([["", "", "", MOVED, MOVED, "p15", "equal", "m0"]]);
    expect(rows.filter((row) => row[1] === "typographic")).toEqual([["e25", "typographic", "typography", "Azerbaijan’s", "Azerbaijan's", "p14", "changed", ""]]);
  });

  test("typography=show reaches the exports through the route: the apostrophe is marked; without it, it is not", async () => {
    const exportRoute = await import("@/app/statements/[id]/history/export/[format]/route");
    const get = async (query: string) =>
      (await exportRoute.GET(new Request(`http://localhost/statements/${statementId}/history/export/md?${query}`), { params: Promise.resolve({ id: String(statementId), format: "md" }) })).text();
    expect(await get("from=1&to=2&typography=show")).toContain("<del>Azerbaijan’s</del>");
    expect(await get("from=1&to=2")).not.toContain("<del>Azerbaijan’s</del>");
    const misspelt = await exportRoute.GET(new Request(`http://localhost/statements/${statementId}/history/export/md?from=1&to=2&typography=yes`), { params: Promise.resolve({ id: String(statementId), format: "md" }) });
    expect(misspelt.status).toBe(400);
    expect(await misspelt.text()).toContain("typography must be one of show, hide, not “yes”");
    const { parseHistoryQuery } = await import("@/lib/view/history-query");
    expect(parseHistoryQuery([1, 2], { from: "1", typography: "show" })).toEqual({ ok: true, query: { from: 1, to: undefined, showTypographic: true } });
    expect(parseHistoryQuery([1, 2], { typography: "hide" })).toEqual({ ok: true, query: { from: undefined, to: undefined } });
    expect(parseHistoryQuery([1, 2], { typography: "shw" })).toEqual({ ok: false, message: "typography must be one of show, hide, not “shw”" });
    expect(parseHistoryQuery([1, 2], { typography: ["show", "hide"] })).toEqual({ ok: false, message: "typography is given 2 times (“show”, “hide”); give it once" });
  });

  test("Markdown: the summary, each classed edit, the moved passage and the sentence pairs", async () => {
    const markdown = lib.historyMarkdown(await loadView());
    expect(markdown).toContain(`**${EXPORT_SUMMARY}**`);
    expect(markdown).toContain("1. changes a fact (title): <del>president</del> <ins>premier</ins>");
    expect(markdown).toContain("changes a fact (qualifier): <del>to house arrest</del> <ins>from detention</ins>");
    expect(markdown).toContain("wording (synonym): <del>underscored</del> <ins>underlined</ins>");
    // Positions as sentence numbers and opening words, not offsets.
    expect(markdown).toContain("- Moved passage 1: “Delegations from both capitals will gather again at…” moved from sentence 1 of version 1 to sentence 16 of version 2 (sentence pair 16).");
    expect(markdown).toContain("- sentence pair 16 (moved from sentence 1 of version 1): Delegations from both capitals");
    // The marked text carries each edit's class letter (tester B4).
    expect(markdown).toContain("- sentence pair 1: The <del>president</del> <ins>premier</ins><sup>F</sup> opened the session");
    expect(markdown).toContain("- sentence pair 6: He <del>welcomed</del> <ins>praised</ins><sup>W</sup> the decision");
    // The apostrophe edit is typographic: not listed, and the text reads as version 2 writes it.
    expect(markdown).not.toContain("Azerbaijan’s");
    expect(markdown).toContain("Azerbaijan's readiness");
  });

  test("HTML: the edits and pairs as elements with their class, relation and move", async () => {
    const { document } = new JSDOM(lib.historyHtml(await loadView())).window;
    expect(document.querySelector("[data-testid=edit-summary]")!.textContent).toBe(EXPORT_SUMMARY);
    const edits = [...document.querySelectorAll("li[data-edit-id]")];
    expect(edits).toHaveLength(25);
    const house = edits.find((li) => li.querySelector("del")?.textContent === "to house arrest")!;
    expect(house.getAttribute("data-edit-class")).toBe("fact");
    expect(house.querySelector("ins")!.textContent).toBe("from detention");
    const underscored = edits.find((li) => li.querySelector("del")?.textContent === "underscored")!;
    expect(underscored.getAttribute("data-edit-class")).toBe("wording");
    expect(document.querySelectorAll("li[data-pair-id]")).toHaveLength(16);
    expect(document.querySelector("li[data-pair-id=p15]")!.getAttribute("data-move-id")).toBe("m0");
    // The move is visible in the text, with links both ways; pairs are labelled by their ids.
    const pair = document.querySelector("li#pair-p15")!;
    expect(pair.querySelector(".pair-label")!.textContent).toBe("sentence pair 16 (moved from sentence 1 of version 1)");
    expect(pair.querySelector("a")!.getAttribute("href")).toBe("#move-m0");
    expect(document.querySelector("li#move-m0")!.textContent).toBe("Moved passage 1: “Delegations from both capitals will gather again at…” moved from sentence 1 of version 1 to sentence 16 of version 2: see sentence pair 16");
    expect(document.querySelector("li#move-m0 a")!.getAttribute("href")).toBe("#pair-p15");
    expect(document.querySelector("li#pair-p0 .pair-label")!.textContent).toBe("sentence pair 1");
  });

  test("PDF: the summary, the classed edits and the moved passage in the printed text", async () => {
    if (!lib.findChromium()) throw new Error("Chromium is needed for the PDF export test");
    const response = await lib.renderHistoryExport("pdf", await loadView(), new URLSearchParams(), "/x");
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "history-pdf-")), "history.pdf");
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain(EXPORT_SUMMARY);
    expect(text).toContain("changes a fact (qualifier): to house arrest from detention");
    expect(text).toContain("wording (synonym): underscored underlined");
    expect(text).toContain("Moved passage 1: “Delegations from both capitals will gather again at…” moved from sentence 1 of version 1 to sentence 16 of version 2: see sentence pair 16");
    expect(text).toContain("sentence pair 16 (moved from sentence 1 of version 1)");
  });
});

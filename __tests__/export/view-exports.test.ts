/** @jest-environment node */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import type { AnnotationView } from "@/lib/data/annotations";
import type { EventWithStatements } from "@/lib/data/events";
import type { TempDatabase } from "../helpers/temp-db";
import { createSeededDatabase, SEED_EVENT } from "../helpers/seeded-database";

/**
 * Issue 14: each export holds the view it was made from — aligned rows, the coverage matrix, the quote list, or the
 * pair only — in every format (Markdown, HTML, CSV, JSON, PDF), and nothing of another view. Made through
 * renderExport (what the export route calls) against a real SQLite database seeded through the app's data layer.
 */

jest.setTimeout(180_000);

const ORIGIN = "http://127.0.0.1:3000";
const PAGE = `/events/${SEED_EVENT}`;

let db: TempDatabase;
let lib: {
  getEvent: typeof import("@/lib/data/events").getEvent;
  listAnnotationsForEvent: typeof import("@/lib/data/annotations").listAnnotationsForEvent;
  renderExport: typeof import("@/lib/export/render").renderExport;
  parseEventViewState: typeof import("@/lib/view/event-view-state").parseEventViewState;
  findChromium: typeof import("@/lib/export/pdf").findChromium;
};
let event: EventWithStatements;
let annotations: AnnotationView[];
let dir: string;

beforeAll(async () => {
  db = await createSeededDatabase();
  lib = {
    ...(await import("@/lib/data/events")),
    ...(await import("@/lib/data/annotations")),
    ...(await import("@/lib/export/render")),
    ...(await import("@/lib/view/event-view-state")),
    ...(await import("@/lib/export/pdf")),
  };
  event = (await lib.getEvent(SEED_EVENT))!;
  // One annotation on every statement, made by an editor through the data layer, as the editor's form does.
  const { createEditor } = await import("@/lib/data/editors");
  const { createAnnotation } = await import("@/lib/data/annotations");
  const created = await createEditor(db.prisma, { email: "exports@example.org", name: "Export Tester", password: "a long enough password" });
  if (!created.ok) throw new Error(created.message);
  for (const statement of event.statements) {
    const exact = statement.body.slice(0, 20);
    const made = await createAnnotation(
      db.prisma,
      { statementId: statement.id, version: statement.version, start: 0, end: 20, exact, verdict: "unverified", note: `note on ${statement.slug}`, sources: ["https://example.org/check"] },
      created.editor,
    );
    if (!made.ok) throw new Error(made.message);
  }
  annotations = await lib.listAnnotationsForEvent(event.id);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-view-exports-"));
});

afterAll(async () => {
  await (await import("@/lib/export/pdf")).closePdfBrowser();
  await (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Query = Record<string, string>;

/** The export of a view, as the export route makes it from the link's query. */
async function exported(format: "md" | "html" | "csv" | "json" | "pdf", query: Query): Promise<Response> {
  const params = new URLSearchParams(query);
  const state = lib.parseEventViewState(event.statements.map((s) => s.slug), query, event.exchanges.map((x) => x.slug));
  return lib.renderExport(format, event, state, annotations, params, PAGE, ORIGIN);
}

async function text(format: "md" | "html" | "csv" | "json", query: Query): Promise<string> {
  const response = await exported(format, query);
  expect(response.status).toBe(200);
  return response.text();
}

async function pdfText(query: Query, name: string): Promise<{ pages: number; text: string; firstPage: string; bytes: Buffer }> {
  const response = await exported("pdf", query);
  expect(response.status).toBe(200);
  const file = path.join(dir, `${name}.pdf`);
  const bytes = Buffer.from(await response.arrayBuffer());
  fs.writeFileSync(file, bytes);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }),
    firstPage: execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }),
    bytes,
  };
}

const squash = (value: string) => value.replace(/\s+/g, " ");
/**
 * Text as pdftotext may give it back: it joins a word broken after a hyphen at a line end ("state-" / "dept" →
 * "statedept"), so whitespace and hyphens are dropped on both sides before comparing.
 */
const bare = (value: string) => value.replace(/[\s\-\u2010\u2011]+/g, "");
const labels = ["Armenia PMO", "Azerbaijan", "State Dept.", "News report"];
const DISPLACED = "The humanitarian issues of over 100,000 forcibly displaced persons of Nagorno-Karabakh, and the Armenian government’s steps aimed at overcoming these issues were also discussed.";
const MILLER = "The Secretary welcomed President Aliyev’s commitment to conclude a durable and dignified peace agreement between Azerbaijan and Armenia,";

describe("the Coverage view's export holds the coverage matrix", () => {
  const query = { view: "coverage" };

  test("JSON: the matrix with a status per statement and claim, no rows, quotes or pair", async () => {
    const doc = JSON.parse(await text("json", query));
    expect(doc.view).toBe("coverage");
    expect(doc.permalink).toBe(`${ORIGIN}${PAGE}?view=coverage`);
    expect(doc.coverage.columns.map((c: { label: string }) => c.label)).toEqual(labels);
    expect(doc.coverage.sections.map((s: { kind: string }) => s.kind)).toEqual(["claim", "person", "organisation", "place", "date", "number", "quote"]);
    const claims = doc.coverage.sections[0].lines;
    expect(claims).toHaveLength(19);
    const displaced = claims.find((line: { text: string }) => line.text === DISPLACED);
    expect(displaced).toMatchObject({ rowNumber: 3, cells: ["reported", "other_exchange", "other_exchange", "reported"] });
    expect(claims[8]).toMatchObject({ rowNumber: 9, cells: ["other_exchange", "reported", "not_reported", "reported"] });
    expect(claims[0].cells).toEqual(["not_reported", "not_reported", "not_reported", "reported"]);
    expect(doc).not.toHaveProperty("comparison");
    expect(doc).not.toHaveProperty("quotes");
    expect(doc).not.toHaveProperty("pair");
    expect(doc).not.toHaveProperty("annotations");
  });

  test("CSV: kind, row, item and one status word per statement; claims whole", async () => {
    const rows: string[][] = parse(await text("csv", query), { bom: true });
    expect(rows[0]).toEqual(["kind", "row", "item", ...labels]);
    const claims = rows.filter((r) => r[0] === "claim");
    expect(claims).toHaveLength(19);
    expect(claims.find((r) => r[2] === DISPLACED)).toEqual(["claim", "3", DISPLACED, "reported", "other exchange", "other exchange", "reported"]);
    // The longest claim is longer than the view's 160-character label and comes out whole.
    expect(Math.max(...claims.map((r) => r[2].length))).toBeGreaterThan(160);
    expect(rows.filter((r) => r[0] === "person").map((r) => r[2])).toContain("Blinken");
    expect(rows.flat()).not.toContain("no_speaker_statement");
  });

  test("CSV: the view's filter and sort are kept", async () => {
    const only: string[][] = parse(await text("csv", { view: "coverage", only: "news-report" }), { bom: true });
    expect(only.filter((r) => r[0] === "claim").map((r) => r[1])).toEqual(["1", "5", "6", "7", "8", "13", "14", "15", "16", "17", "18", "19"]);
    const byReach: string[][] = parse(await text("csv", { view: "coverage", sort: "reach" }), { bom: true });
    expect(byReach.filter((r) => r[0] === "claim").map((r) => r[1])).toEqual(["2", "3", "4", "9", "10", "11", "12", "1", "5", "6", "7", "8", "13", "14", "15", "16", "17", "18", "19"]);
  });

  test("Markdown and HTML: the matrices, and none of the aligned table, quote list or annotations", async () => {
    const markdown = await text("md", query);
    expect(markdown).toContain("## Claims (19)");
    expect(markdown).toContain(`| 3 | ${DISPLACED.replace(/-/g, "-")} | ✓ reported | ∅ other exchange | ∅ other exchange | ✓ reported |`);
    expect(markdown).toContain("Legend: ✓ reported · ≈ said in other words · — not reported · ∅ other exchange");
    for (const absent of ["## Aligned claims", "## Summary", "## Quote check", "Word diff", "## Annotations", "note on "]) expect(markdown).not.toContain(absent);

    const { document } = new JSDOM(await text("html", query)).window;
    expect(document.body.dataset.view).toBe("coverage");
    const claimRows = document.querySelectorAll('table.coverage[data-kind="claim"] tbody tr');
    expect(claimRows).toHaveLength(19);
    expect([...claimRows[2].querySelectorAll("td[data-status]")].map((td) => td.getAttribute("data-status"))).toEqual([
      "reported",
      "other_exchange",
      "other_exchange",
      "reported",
    ]);
    expect(document.querySelectorAll("table.aligned, table.quotes, .diff")).toHaveLength(0);
  });

  test("PDF: the matrix, its permalink on page 1, page numbers", async () => {
    if (!lib.findChromium()) return expect(process.env.CI).toBeFalsy();
    const pdf = await pdfText(query, "coverage");
    expect(squash(pdf.firstPage)).toContain(`Permalink: ${ORIGIN}${PAGE}?view=coverage`);
    expect(squash(pdf.text)).toContain("said in other words");
    expect(squash(pdf.text)).toContain(`page 1 of ${pdf.pages}`);
    expect(pdf.text).not.toContain("Aligned claims");
    expect(pdf.text).not.toContain("Quote check");
  });
});

describe("the Quote check view's export holds the quote list", () => {
  const query = { view: "quotes" };

  test("JSON: every quotation with speaker, statement, verdict and closest passage, in the view's order", async () => {
    const doc = JSON.parse(await text("json", query));
    expect(doc.view).toBe("quotes");
    expect(doc.quotes.total).toBe(9);
    expect(doc.quotes.counts).toEqual([
      { verdict: "no_speaker_statement", label: "no statement by this speaker here", count: 5 },
      { verdict: "verbatim", label: "verbatim", count: 4 },
    ]);
    const miller = doc.quotes.quotes.find((q: { quotation: string }) => q.quotation.startsWith("The Secretary welcomed"));
    expect(miller).toMatchObject({
      quotation: `${MILLER.slice(0, -1)}`,
      speaker: "Matthew Miller",
      quotedIn: "News report",
      verdict: "verbatim",
      closestIn: "State Dept.",
      similarity: 1,
    });
    expect(miller.closestPassage).toBe(miller.quotation);
    expect(doc.quotes.quotes.map((q: { verdict: string }) => q.verdict)).toEqual([...Array(5).fill("no_speaker_statement"), ...Array(4).fill("verbatim")]);
    expect(doc).not.toHaveProperty("coverage");
    expect(doc).not.toHaveProperty("comparison");
  });

  test("CSV: one quotation a line; the verdict filter keeps its quotations only", async () => {
    const rows: string[][] = parse(await text("csv", query), { bom: true });
    expect(rows[0]).toEqual(["quotation", "speaker", "speaker_basis", "quoted_in", "verdict", "closest_passage", "closest_in", "similarity", "verbatim_in"]);
    expect(rows).toHaveLength(10);
    const miller = rows.find((r) => r[0].startsWith("The Secretary welcomed"))!;
    expect(miller.slice(1, 5)).toEqual(["Matthew Miller", "named after the quotation", "News report", "verbatim"]);
    expect(miller[5]).toBe(miller[0]);
    expect(miller.slice(6, 8)).toEqual(["State Dept.", "1.00"]);
    const verbatim: string[][] = parse(await text("csv", { view: "quotes", verdict: "verbatim" }), { bom: true });
    expect(verbatim.slice(1).map((r) => r[4])).toEqual(["verbatim", "verbatim", "verbatim", "verbatim"]);
  });

  test("Markdown, HTML and PDF: the list, nothing of the other views", async () => {
    const markdown = await text("md", query);
    expect(markdown).toContain("9 quotations: 5 no statement by this speaker here, 4 verbatim. Showing every quotation.");
    expect(markdown).toContain("   - speaker: Matthew Miller (named after the quotation)");
    for (const absent of ["## Aligned claims", "## Claims (", "Word diff", "## Annotations"]) expect(markdown).not.toContain(absent);

    const { document } = new JSDOM(await text("html", query)).window;
    const rows = [...document.querySelectorAll("table.quotes tbody tr")];
    expect(rows).toHaveLength(9);
    const miller = rows.find((tr) => tr.children[1].textContent!.includes("The Secretary welcomed"))!;
    expect([...miller.children].slice(2, 5).map((td) => td.textContent)).toEqual(["Matthew Miller (named after the quotation)", "News report", "verbatim"]);
    expect(document.querySelectorAll("table.aligned, table.coverage")).toHaveLength(0);

    if (!lib.findChromium()) return expect(process.env.CI).toBeFalsy();
    const pdf = await pdfText(query, "quotes");
    expect(squash(pdf.text)).toContain("Matthew Miller");
    expect(squash(pdf.firstPage)).toContain(`${ORIGIN}${PAGE}?view=quotes`);
    expect(pdf.text).not.toContain("Aligned claims");
  });
});

describe("the Pairwise view's export holds the pair only", () => {
  const query = { view: "pairwise", a: "state-dept-statement", b: "news-report" };

  test("JSON: the two statements, their diff and only their annotations", async () => {
    const doc = JSON.parse(await text("json", query));
    expect(doc.view).toBe("pairwise");
    expect(doc.statements.map((s: { id: string }) => s.id)).toEqual(["state-dept-statement", "news-report"]);
    expect(doc.pair).toMatchObject({ from: "state-dept-statement", to: "news-report", containment: "from-in-to" });
    expect(doc.pair.changes.every((c: { removed: string }) => c.removed === "")).toBe(true);
    expect(doc.annotations.map((a: { note: string }) => a.note).sort()).toEqual(["note on news-report", "note on state-dept-statement"]);
    expect(doc).not.toHaveProperty("comparison");
  });

  test("Markdown, HTML, CSV: the pair, its changes and its annotations; no other statement", async () => {
    const markdown = await text("md", query);
    expect(markdown).toContain("## Word diff: State Dept. → News report");
    expect(markdown).toContain("note on state-dept-statement");
    expect(markdown).toContain("note on news-report");
    for (const absent of ["note on am-pmo-readout", "note on az-media-account", "Office of the Prime Minister of Armenia", "## Aligned claims", "## Quote check"]) {
      expect(markdown).not.toContain(absent);
    }
    const { document } = new JSDOM(await text("html", query)).window;
    expect(document.querySelectorAll(".diff")).toHaveLength(1);
    expect(document.body.textContent).not.toContain("note on am-pmo-readout");
    expect(document.querySelectorAll("table.aligned, table.coverage, table.quotes")).toHaveLength(0);
    const changes: string[][] = parse(await text("csv", query), { bom: true });
    expect(changes[0]).toEqual(["change", "class", "removed", "added"]);
    const edits: string[][] = parse(await text("csv", { ...query, table: "edits" }), { bom: true });
    expect(edits[0]).toEqual(["edit", "class", "reason", "before", "after", "pair", "relation", "moved"]);
  });

  test("PDF: the pair's diff, nothing of another statement", async () => {
    if (!lib.findChromium()) return expect(process.env.CI).toBeFalsy();
    const pdf = await pdfText(query, "pairwise");
    expect(squash(pdf.text)).toContain("Word diff: State Dept. → News report");
    expect(squash(pdf.text)).toContain("note on state-dept-statement");
    expect(pdf.text).not.toContain("note on am-pmo-readout");
    const permalink = `${ORIGIN}${PAGE}?view=pairwise&a=state-dept-statement&b=news-report`;
    expect(bare(pdf.firstPage)).toContain(bare(`Permalink: ${permalink}`));
    expect(pdf.bytes.includes(`/URI (${permalink})`)).toBe(true); // a live link to the exact view
  });
});

describe("the aligned view's export: summary, then rows; its PDF fits three A4 pages", () => {
  test("JSON is the comparison format, naming the view and its permalink", async () => {
    const doc = JSON.parse(await text("json", { view: "aligned" }));
    expect(doc.view).toBe("aligned");
    expect(doc.permalink).toBe(`${ORIGIN}${PAGE}`);
    expect(doc.comparison.rows).toHaveLength(19);
    expect(doc.annotations).toHaveLength(4);
  });

  test("PDF (A4): at most 3 pages, summary before the first row, page numbers, permalink on page 1, every cell whole", async () => {
    if (!lib.findChromium()) return expect(process.env.CI).toBeFalsy();
    const pdf = await pdfText({ view: "aligned", paper: "A4" }, "aligned");
    expect(pdf.pages).toBeLessThanOrEqual(3);
    for (let page = 1; page <= pdf.pages; page++) expect(pdf.text).toContain(`page ${page} of ${pdf.pages}`);
    expect(squash(pdf.firstPage)).toContain(`Permalink: ${ORIGIN}${PAGE}`);
    expect(pdf.bytes.includes(`/URI (${ORIGIN}${PAGE})`)).toBe(true);
    const flat = squash(pdf.text);
    const summary = flat.indexOf("Summary Blinken–Pashinyan call");
    const tableHead = flat.indexOf("Aligned claims Marked words differ from the row’s first wording: removed / added. # Armenia PMO Azerbaijan State Dept. News report 2 Armenian Prime Minister");
    expect(summary).toBeGreaterThan(-1);
    expect(summary).toBeLessThan(tableHead);
    // Nothing is lost: every cell of every row is in the PDF whole (pdftotext gives a cell's lines one after another).
    const { comparison } = (await import("@/lib/view/comparison-cache")).compareShown(event, lib.parseEventViewState(event.statements.map((s) => s.slug), {}));
    const inPdf = bare(pdf.text);
    const missing = comparison.rows.flatMap((row) => row.cells.filter((cell) => !inPdf.includes(bare(cell.text))).map((cell) => `${row.id} ${cell.statementId}`));
    expect(missing).toEqual([]);
    expect(comparison.rows).toHaveLength(19);
  });
});

describe("one schema for the export's view, table and paper", () => {
  test("a view that does not exist, or a table the view does not offer, is a clear 400", async () => {
    const bad = await exported("csv", { view: "matrix" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe("Bad export request: view must be one of aligned, coverage, quotes, pairwise, not “matrix”.");
    const wrongTable = await exported("csv", { view: "coverage", table: "quotes" });
    expect(wrongTable.status).toBe(400);
    expect(await wrongTable.text()).toBe("Bad export request: The coverage view exports the CSV table coverage, not “quotes”.");
    const paper = await exported("pdf", { view: "aligned", paper: "A3" });
    expect(paper.status).toBe(400);
    expect(await paper.text()).toBe("Bad export request: paper must be one of A4, Letter, not “A3”.");
  });

  test("the page reads the view with the same schema: an unknown one is named in a notice", () => {
    const state = lib.parseEventViewState(event.statements.map((s) => s.slug), { view: "matrix" });
    expect(state.view).toBe("aligned");
    expect(state.notices).toEqual(["No view called “matrix”; showing the aligned claims."]);
  });
});

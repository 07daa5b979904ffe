/** @jest-environment node */
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import type { ExportModel } from "@/lib/export/model";
import { NORTH, SOUTH, WIRE } from "../helpers/layout-event";
import { openExportFixture, type ExportFixture, type PartySpec } from "../helpers/export-fixture";

/**
 * Every export of an event whose readouts put separator lines ("***", "* * *", "—") and bare list markers ("1.", "2.")
 * between their claims counts only the claims. Before, the Markdown summary read "(call: 10 claims, 3 background
 * sentences only in Wire)" for 5 claims and 1 background sentence, the coverage matrix "Claims (13)" with a line "***"
 * "not reported" by the other readout, the claims CSV had 13 lines, and "only North among the parties" counted its
 * "***", "1." and "—". Texts written for this test (lib: __tests__/helpers/layout-event.ts).
 */

jest.setTimeout(120_000);

// The parties of the two readouts and the wire story (layout-event.ts), all in one colour.
const PARTIES: PartySpec[] = [
  ["north", "Northern Ministry", "North", "ministry", "#336699"],
  ["south", "Southern Presidency", "South", "presidency", "#336699"],
  ["wire", "Wire Service", "Wire", "media", "#336699"],
];

let fixture: ExportFixture;
let model: ExportModel;
let lib: {
  toMarkdown: typeof import("@/lib/export/markdown").toMarkdown;
  toHtml: typeof import("@/lib/export/html").toHtml;
  toCsvTable: typeof import("@/lib/export/csv").toCsvTable;
  buildExportModel: typeof import("@/lib/export/model").buildExportModel;
  comparisonDocumentSchema: typeof import("@/lib/export/comparison-document-schema").comparisonDocumentSchema;
  viewDocument: typeof import("@/lib/export/view-document").viewDocument;
  parseEventViewState: typeof import("@/lib/view/event-view-state").parseEventViewState;
};
let event: import("@/lib/data/events").EventWithStatements;

const stateFor = (query: Record<string, string>) => lib.parseEventViewState(event.statements.map((s) => s.slug), query, event.exchanges.map((x) => x.slug));
const modelFor = (query: Record<string, string>) => lib.buildExportModel(event, stateFor(query), [], new Date("2026-10-03T12:00:00Z"));
const csvOf = (m: ExportModel, table: "claims" | "coverage"): string[][] => parse(lib.toCsvTable(m, table), { bom: true });
const LAYOUT_LINE = /^[^\p{L}]*$/u;

beforeAll(async () => {
  fixture = await openExportFixture();
  const [north, south, wire] = await fixture.parties(PARTIES);
  const created = await fixture.event("varga-call", "A call with President Varga", "2026-10-02");
  const call = await fixture.exchange(created.id, { slug: "call", position: 0, kind: "call", title: "The call", participantIds: [north.id, south.id] });
  // One paragraph a line; the readouts' own titles and source names are their slugs.
  await fixture.statements(created.id, [
    { slug: "north-readout", partyId: north.id, position: 0, body: NORTH.join("\n\n"), exchangeIds: [call.id] },
    { slug: "south-readout", partyId: south.id, position: 1, body: SOUTH.join("\n\n"), exchangeIds: [call.id] },
    { slug: "wire-story", partyId: wire.id, position: 2, body: WIRE.join("\n\n"), secondary: true, exchangeIds: [call.id] },
  ]);
  lib = {
    ...(await import("@/lib/export/markdown")),
    ...(await import("@/lib/export/html")),
    ...(await import("@/lib/export/csv")),
    ...(await import("@/lib/export/model")),
    ...(await import("@/lib/export/comparison-document-schema")),
    ...(await import("@/lib/export/view-document")),
    ...(await import("@/lib/view/event-view-state")),
  };
  event = (await (await import("@/lib/data/events")).getEvent("varga-call"))!;
  model = modelFor({});
});

afterAll(async () => {
  await fixture?.close();
});

describe("exports count the claims, not the separators and list markers", () => {
  test("the comparison has the layout rows (shown in place), marked statesNothing", () => {
    const layout = model.comparison.rows.filter((row) => row.statesNothing);
    expect(layout.map((row) => row.cells.map((cell) => cell.text).join(" ")).sort()).toEqual(["* * *", "* * *", "***", "***", "1.", "2.", "—"]);
    for (const row of layout) expect(row.cells.every((cell) => LAYOUT_LINE.test(cell.text))).toBe(true);
  });

  test("Markdown: the summary says 5 claims and 1 background sentence, each party's lists count claims, the layout rows have no gap", () => {
    const markdown = lib.toMarkdown(model);
    expect(markdown).toContain("**The call (call: 5 claims, 1 background sentence only in Wire)**");
    expect(markdown).toContain("- North — only it said (2): ");
    expect(markdown).toContain("  - left out what another party said (1): ");
    expect(markdown).toContain("- South — only it said (1): ");
    expect(markdown).toContain("### Background (1): only a secondary source holds these");
    // The layout rows stay in the table, as the text's layout, with empty cells: never "not reported by".
    const tableLines = markdown.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    const layoutLines = tableLines.filter((line) => !/\p{L}/u.test(line.replace(/_[^_]*_/g, "")));
    expect(layoutLines).toHaveLength(5);
    for (const line of layoutLines) expect(line).not.toMatch(/not reported|not in this report|background/);
  });

  test("Markdown of the coverage view: 6 claim lines, none a separator", () => {
    const markdown = lib.toMarkdown(modelFor({ view: "coverage" }));
    const claims = markdown.split("## Claims (6)\n")[1].split("\n## ")[0];
    const lines = claims.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.split(" | ")[1]).toMatch(/\p{L}/u);
  });

  test("claims CSV: one line per claim, 6; no line of a separator or marker", () => {
    const rows = csvOf(model, "claims");
    expect(rows.slice(1)).toHaveLength(6);
    const textColumns = [3, 4, 5];
    for (const row of rows.slice(1)) expect(textColumns.some((k) => /\p{L}/u.test(row[k]))).toBe(true);
  });

  test("coverage CSV: 6 claim lines, and no claim line says a readout left out a separator", () => {
    const claims = csvOf(modelFor({ view: "coverage" }), "coverage").filter((row) => row[0] === "claim");
    expect(claims).toHaveLength(6);
    expect(claims.some((row) => LAYOUT_LINE.test(row[2]))).toBe(false);
  });

  test("the party-only filter: 'Showing 2 claims North reported and no other party did'", () => {
    const filtered = modelFor({ filter: "party-only:north-readout" });
    expect(lib.toMarkdown(filtered)).toContain("Showing 2 claims North reported and no other party did (news reports set aside).");
  });

  test("HTML (the PDF's source): the same summary and background count; the layout rows' cells are quiet and empty", () => {
    const { document } = new JSDOM(lib.toHtml(model)).window;
    expect(document.querySelector("section.summary h3")!.textContent).toBe("The call (call: 5 claims, 1 background sentence only in Wire)");
    expect([...document.querySelectorAll("h3")].map((h) => h.textContent)).toContain("Background (1): only a secondary source holds these");
    const layoutRows = [...document.querySelectorAll("table.aligned tbody tr")].filter((tr) => !/\p{L}/u.test(tr.textContent!));
    expect(layoutRows).toHaveLength(5);
    for (const tr of layoutRows) expect(tr.querySelectorAll("td.missing")).toHaveLength(0);
  });

  test("JSON: the document validates; coverage and the exchange count claims only", () => {
    const document = lib.comparisonDocumentSchema.parse(JSON.parse(JSON.stringify(lib.viewDocument(event, stateFor({}), model))));
    const { comparison } = document;
    expect(comparison.coverage.map((c) => [c.statementId, c.reportedRowIds.length])).toEqual([
      ["north-readout", 4],
      ["south-readout", 3],
      ["wire-story", 3],
    ]);
    expect(comparison.exchanges.map((x) => [x.exchangeId, x.rowIds.length, x.backgroundRowIds.length])).toEqual([["call", 5, 1]]);
    expect(comparison.rows.filter((row) => row.statesNothing === true)).toHaveLength(7);
  });
});

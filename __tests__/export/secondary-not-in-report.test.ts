/** @jest-environment node */
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import type { ExportModel } from "@/lib/export/model";
import { openExportFixture, type ExportFixture, type PartySpec } from "../helpers/export-fixture";

/**
 * Tester 57 #2: a news report (a secondary source) that lacks a claim both governments' readouts hold was called
 * "not reported by" the news report in every export, and counted as leaving it out. A secondary source is a reference
 * and omits nothing (issue 10): its empty cell now reads "not in this report", quietly, in Markdown, HTML (and so
 * PDF), the claims CSV and the coverage matrix; only the governments' own readouts have gaps.
 */

jest.setTimeout(120_000);

// Written for this test: two governments' readouts of one call and a wire story that retells part of it.
const NORTH =
  "The minister spoke by telephone with President Varga. The minister welcomed progress toward a border treaty. " +
  "She raised the fate of two detained journalists.";
const SOUTH =
  "President Varga held a phone call with the minister. The two sides discussed the border treaty. " +
  "Varga objected to remarks by a foreign diplomat.";
const WIRE =
  "The minister phoned President Varga on Friday. Varga objected to remarks by a foreign diplomat, his office said. " +
  "Fishing boats were idle in the harbour that week.";
const PARTIES: PartySpec[] = [
  ["north", "Northern Ministry", "North", "ministry", "#336699"],
  ["south", "Southern Presidency", "South", "presidency", "#996633"],
  ["wire", "Wire Service", "Wire", "media", "#555555"],
];

let fixture: ExportFixture;
let model: ExportModel;
let lib: {
  toMarkdown: typeof import("@/lib/export/markdown").toMarkdown;
  toHtml: typeof import("@/lib/export/html").toHtml;
  toCsvTable: typeof import("@/lib/export/csv").toCsvTable;
  coverageExport: typeof import("@/lib/export/coverage-export").coverageExport;
  buildExportModel: typeof import("@/lib/export/model").buildExportModel;
};

const rowWith = (words: string) => model.comparison.rows.find((row) => row.cells.some((cell) => cell.text.includes(words)))!;

beforeAll(async () => {
  fixture = await openExportFixture();
  const [north, south, wire] = await fixture.parties(PARTIES);
  const event = await fixture.event("varga-call", "A call with President Varga", "2026-10-02");
  // No exchanges; the titles and source names are the slugs.
  await fixture.statements(event.id, [
    { slug: "north-readout", partyId: north.id, position: 0, body: NORTH },
    { slug: "south-readout", partyId: south.id, position: 1, body: SOUTH },
    { slug: "wire-story", partyId: wire.id, position: 2, body: WIRE, secondary: true },
  ]);
  lib = {
    ...(await import("@/lib/export/markdown")),
    ...(await import("@/lib/export/html")),
    ...(await import("@/lib/export/csv")),
    ...(await import("@/lib/export/coverage-export")),
    ...(await import("@/lib/export/model")),
  };
  const { getEvent } = await import("@/lib/data/events");
  const { parseEventViewState } = await import("@/lib/view/event-view-state");
  const loaded = (await getEvent("varga-call"))!;
  const state = parseEventViewState(loaded.statements.map((s) => s.slug), {}, loaded.exchanges.map((x) => x.slug));
  model = lib.buildExportModel(loaded, state, [], new Date("2026-10-03T12:00:00Z"));
});

afterAll(async () => {
  await fixture?.close();
});

describe("a news report without a claim is a quiet reference in every export", () => {
  test("the engine's rows: the wire story is never a gap, while the readouts' silences still are", () => {
    expect(model.columns.map((c) => [c.label, c.role])).toEqual([
      ["North", "primary"],
      ["South", "primary"],
      ["Wire", "secondary"],
    ]);
    expect(rowWith("border treaty").notReportedBy).toEqual([]);
    expect(rowWith("detained journalists").notReportedBy).toEqual(["south-readout"]);
    expect(rowWith("foreign diplomat").notReportedBy).toEqual(["north-readout"]);
    expect(model.comparison.coverage.find((c) => c.statementId === "wire-story")!.missingRowIds).toEqual([]);
  });

  test("Markdown: 'not in this report' under the wire story, 'not reported by' only for a readout", () => {
    const lines = lib.toMarkdown(model).split("\n");
    const treaty = lines.find((line) => line.startsWith("| ") && line.includes("border treaty"))!;
    expect(treaty).toMatch(/\| _not in this report_ \|$/);
    expect(treaty).not.toContain("not reported by");
    const journalists = lines.find((line) => line.startsWith("| ") && line.includes("detained journalists"))!;
    expect(journalists).toContain("_not reported by South_");
    expect(journalists).toContain("_not in this report_");
    expect(lines.join("\n")).not.toContain("not reported by Wire");
  });

  test("HTML (the PDF's source): a dashed gap only for a readout; the wire story's empty cell is quiet", () => {
    const { document } = new JSDOM(lib.toHtml(model)).window;
    const treaty = [...document.querySelectorAll("table.aligned tbody tr")].find((tr) => tr.textContent!.includes("border treaty"))!;
    expect(treaty.querySelectorAll("td.missing")).toHaveLength(0);
    expect([...treaty.querySelectorAll("td.quiet")].map((td) => td.textContent)).toEqual(["not in this report"]);
    const gaps = [...document.querySelectorAll("td.missing")].map((td) => td.textContent);
    expect(gaps.sort()).toEqual(["not reported by North", "not reported by South"]);
    expect(document.body.textContent).not.toContain("not reported by Wire");
  });

  test("claims CSV: the not_reported_by column never names the wire story", () => {
    const rows: string[][] = parse(lib.toCsvTable(model, "claims"), { bom: true });
    const column = rows[0].indexOf("not_reported_by");
    expect(rows.slice(1).map((row) => row[column]).filter(Boolean).sort()).toEqual(["North", "South"]);
  });

  test("coverage matrix: a quiet 'not in this report' status with its own mark, in JSON data, Markdown, HTML and CSV", () => {
    const coverage = lib.coverageExport(model, { only: null, all: false, sort: "order" });
    const treaty = coverage.sections[0].lines.find((line) => line.text.includes("border treaty"))!;
    expect(treaty.cells).toEqual(["reported", "reported", "not_in_report"]);
    const journalists = coverage.sections[0].lines.find((line) => line.text.includes("detained journalists"))!;
    expect(journalists.cells).toEqual(["reported", "not_reported", "not_in_report"]);

    const coverageModel = { ...model, view: "coverage" as const };
    const markdown = lib.toMarkdown(coverageModel);
    expect(markdown).toContain("· not in this report");
    expect(markdown).toMatch(/Legend: .*· not in this report/);
    const html = new JSDOM(lib.toHtml(coverageModel)).window.document;
    expect(html.querySelectorAll('td[data-status="not_in_report"]').length).toBeGreaterThan(0);
    const csv: string[][] = parse(lib.toCsvTable(coverageModel, "coverage"), { bom: true });
    const treatyLine = csv.find((row) => row[0] === "claim" && row[2].includes("border treaty"))!;
    expect(treatyLine.slice(3)).toEqual(["reported", "reported", "not in this report"]);
  });
});

/** @jest-environment node */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import type { EventWithStatements } from "@/lib/data/events";
import type { ExportModel } from "@/lib/export/model";
import type { TempDatabase } from "../helpers/temp-db";
import { createSeededDatabase, HOSTILE_EVENT, HOSTILE_TEXT, SEED_EVENT } from "../helpers/seeded-database";

jest.setTimeout(120_000);

let db: TempDatabase;
let lib: {
  getEvent: typeof import("@/lib/data/events").getEvent;
  buildExportModel: typeof import("@/lib/export/model").buildExportModel;
  toMarkdown: typeof import("@/lib/export/markdown").toMarkdown;
  toHtml: typeof import("@/lib/export/html").toHtml;
  toCsvTable: typeof import("@/lib/export/csv").toCsvTable;
  renderExport: typeof import("@/lib/export/render").renderExport;
  comparisonDocumentSchema: typeof import("@/lib/export/comparison-document-schema").comparisonDocumentSchema;
  parseEventViewState: typeof import("@/lib/view/event-view-state").parseEventViewState;
  findChromium: typeof import("@/lib/export/pdf").findChromium;
};

beforeAll(async () => {
  db = await createSeededDatabase();
  // Imported after DATABASE_URL points at the temp database.
  lib = {
    ...(await import("@/lib/data/events")),
    ...(await import("@/lib/export/model")),
    ...(await import("@/lib/export/markdown")),
    ...(await import("@/lib/export/html")),
    ...(await import("@/lib/export/csv")),
    ...(await import("@/lib/export/render")),
    ...(await import("@/lib/export/comparison-document-schema")),
    ...(await import("@/lib/view/event-view-state")),
    ...(await import("@/lib/export/pdf")),
  };
});

afterAll(async () => {
  // The PDF export keeps one Chromium per process; left open, it keeps Jest from exiting.
  await (await import("@/lib/export/pdf")).closePdfBrowser();
  (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
});

async function modelFor(slug: string, query: Record<string, string> = {}): Promise<{ event: EventWithStatements; model: ExportModel }> {
  const event = (await lib.getEvent(slug))!;
  const state = lib.parseEventViewState(event.statements.map((s) => s.slug), query, event.exchanges.map((x) => x.slug));
  return { event, model: lib.buildExportModel(event, state, [], new Date("2026-11-27T12:00:00Z")) };
}

function countDiffParts(model: ExportModel) {
  let ins = 0;
  let del = 0;
  for (const row of model.comparison.rows) {
    for (const diff of row.diffs) {
      if (diff.status !== "diffed") continue;
      for (const part of diff.parts) {
        if (part.op === "insert") ins++;
        if (part.op === "delete") del++;
      }
    }
  }
  return { ins, del };
}

describe("exports follow the exchange and say what an empty cell means", () => {
  test("Markdown and HTML: other-exchange cells are not gaps; a chosen exchange is named and keeps only its statements", async () => {
    const { model } = await modelFor(SEED_EVENT);
    const markdown = lib.toMarkdown(model);
    const displaced = markdown.split("\n").find((line) => line.startsWith("| ") && line.includes("100,000 forcibly displaced"))!;
    expect(displaced.match(/_other exchange_/g)).toHaveLength(2);
    expect(displaced).not.toContain("not reported by");

    const { model: focused } = await modelFor(SEED_EVENT, { exchange: "blinken-aliyev-call" });
    expect(focused.statements.map((s) => s.slug)).toEqual(["az-media-account", "state-dept-statement", "news-report"]);
    expect(lib.toMarkdown(focused)).toContain("**Exchange:** Blinken–Aliyev call (only the statements that report it)");
    expect(lib.toMarkdown(focused)).not.toContain("Armenia PMO");
    expect(lib.toHtml(focused)).toContain("<strong>Exchange:</strong> Blinken–Aliyev call");
  });
});

describe("exports of the seeded event", () => {
  test("filenames follow <event-slug>-<view>-<date>.<ext>", async () => {
    const { event } = await modelFor(SEED_EVENT);
    const state = lib.parseEventViewState(event.statements.map((s) => s.slug), { view: "coverage" });
    const response = await lib.renderExport("md", event, state, [], new URLSearchParams(), `/events/${SEED_EVENT}`);
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="${SEED_EVENT}-coverage-\\d{4}-\\d{2}-\\d{2}\\.md"$`),
    );
  });

  test("Markdown names each party and has one table line per aligned claim", async () => {
    const { model } = await modelFor(SEED_EVENT);
    const markdown = lib.toMarkdown(model);
    for (const statement of model.statements) expect(markdown).toContain(statement.party.name);
    const tableLines = markdown.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    expect(tableLines).toHaveLength(model.comparison.rows.length);
    expect(markdown).not.toContain("## Quote check"); // the quote list is the Quote check view's export
    expect(markdown).toMatch(/_not reported by /);
    // The summary comes first: per party, the claims only it said (news reports set aside), by row number.
    const partyOnly = model.partyOnly!.get("am-pmo-readout")!;
    expect(partyOnly.length).toBe(3);
    const summaryLine = markdown.split("\n").find((line) => line.startsWith("- Armenia PMO — only it said"))!;
    expect(summaryLine).toMatch(new RegExp(`^- Armenia PMO — only it said \\(${partyOnly.length}\\): `));
    expect(summaryLine.match(/#\d+ /g)).toEqual(partyOnly.map((id) => `#${Number(id.slice(1)) + 1} `));
    expect(markdown.indexOf("## Summary")).toBeLessThan(markdown.indexOf(tableLines[0]));
    expect(markdown).not.toContain("News report — only it said");
  });

  test("HTML parses with the expected columns, the engine's <ins>/<del> counts, and nothing external or scripted", async () => {
    const { model } = await modelFor(SEED_EVENT);
    const html = lib.toHtml(model);
    const { document } = new JSDOM(html).window;
    const headers = [...document.querySelector("table.aligned")!.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headers).toEqual(["#", ...model.columns.map((c) => c.label)]);
    expect(document.querySelectorAll("table.aligned tbody tr")).toHaveLength(model.comparison.rows.length);
    const { ins, del } = countDiffParts(model);
    expect(document.querySelectorAll("table.aligned ins")).toHaveLength(ins);
    expect(document.querySelectorAll("table.aligned del")).toHaveLength(del);
    expect(document.querySelectorAll("script, link, img, iframe, object, embed")).toHaveLength(0);
    expect(html).not.toMatch(/\bsrc=|@import|url\(/i);
    expect(document.querySelectorAll("td.missing").length).toBeGreaterThan(0);
  });

  test("CSV parses back to the engine's rows, with a BOM and CRLF", async () => {
    const { model } = await modelFor(SEED_EVENT);
    const claims = lib.toCsvTable(model, "claims");
    expect(claims.startsWith("\uFEFF")).toBe(true);
    expect(claims).toContain("\r\n");
    const rows: string[][] = parse(claims, { bom: true });
    expect(rows[0]).toEqual(["claim", "reported_by", "not_reported_by", ...model.columns.map((c) => c.label), "corrected", "match", "matched_on"]);
    expect(rows).toHaveLength(model.comparison.rows.length + 1);
    model.comparison.rows.forEach((row, i) => {
      for (const [c, column] of model.columns.entries()) {
        expect(rows[i + 1][3 + c]).toBe(row.cells.find((cell) => cell.statementId === column.id)?.text ?? "");
      }
    });
    const coverage: string[][] = parse(lib.toCsvTable(model, "coverage"), { bom: true });
    expect(coverage.filter((r) => r[0] === "claim")).toHaveLength(model.comparison.rows.length);
    expect(coverage.length - 1).toBe(model.comparison.rows.length + model.comparison.entities.length);
  });

  test("JSON validates against its zod schema and carries an importable bundle", async () => {
    const { event } = await modelFor(SEED_EVENT);
    const state = lib.parseEventViewState(event.statements.map((s) => s.slug), {});
    const response = await lib.renderExport("json", event, state, [], new URLSearchParams(), `/events/${SEED_EVENT}`);
    const document = lib.comparisonDocumentSchema.parse(await response.json());
    expect(document.formatVersion).toBe(1);
    expect(document.statements.map((s) => s.id)).toEqual(event.statements.map((s) => s.slug));
    expect(document.bundle.events[0].statements.map((s) => s.body)).toEqual(event.statements.map((s) => s.body));
    const { bundleSchema } = await import("@/lib/domain/bundle-schema");
    expect(bundleSchema.safeParse(document.bundle).success).toBe(true);
  });

  test("PDF is a real PDF whose text names each party (A4 and Letter)", async () => {
    const chromium = lib.findChromium();
    if (!chromium) {
      // CI installs Chromium; a developer machine without it still checks the clear 503 answer.
      if (process.env.CI) throw new Error("Chromium must be installed in CI for the PDF test");
      const { event } = await modelFor(SEED_EVENT);
      const state = lib.parseEventViewState(event.statements.map((s) => s.slug), {});
      const response = await lib.renderExport("pdf", event, state, [], new URLSearchParams(), `/events/${SEED_EVENT}`);
      expect(response.status).toBe(503);
      return;
    }
    const { event, model } = await modelFor(SEED_EVENT);
    const state = lib.parseEventViewState(event.statements.map((s) => s.slug), {});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-pdf-"));
    try {
      for (const paper of ["A4", "Letter"]) {
        const response = await lib.renderExport("pdf", event, state, [], new URLSearchParams({ paper }), `/events/${SEED_EVENT}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-disposition")).toContain(`-${paper.toLowerCase()}-`);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
        const file = path.join(dir, `${paper}.pdf`);
        fs.writeFileSync(file, bytes);
        const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
        expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(1);
        expect(info).toMatch(paper === "A4" ? /Page size:.*\(A4\)/ : /Page size:.*\(letter\)/);
        const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
        for (const statement of model.statements) expect(text).toContain(statement.party.shortName);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the pairwise view exports its change list", async () => {
    const { model } = await modelFor(SEED_EVENT, { view: "pairwise", a: "state-dept-statement", b: "news-report" });
    const markdown = lib.toMarkdown(model);
    expect(markdown).toContain("## Word diff: State Dept\\. → News report".replace("\\.", "."));
    const changes: string[][] = parse(lib.toCsvTable(model, "changes"), { bom: true });
    expect(changes[0]).toEqual(["change", "class", "removed", "added"]);
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.slice(1).every((row) => row[2] === "")).toBe(true); // the report holds the statement word for word
    // Each change names the class of its edits (tester B4).
    expect(changes.slice(1).every((row) => /^(fact|wording|unclassified)(; (fact|wording|unclassified))*$/.test(row[1]))).toBe(true);
  });
});

describe("hostile statement text stays inert and readable in every export", () => {
  test("Markdown: no live markup, text still there", async () => {
    const { model } = await modelFor(HOSTILE_EVENT);
    const markdown = lib.toMarkdown(model);
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("&lt;script>alert('x')&lt;/script>");
    expect(markdown).toContain("\\*\\*not bold\\*\\* \\| not a cell \\| # not a heading \\[not\\](a link) \\~\\~not struck\\~\\~");
    const tableLines = markdown.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    // Escaped pipes do not add cells: every claim row has exactly one cell per statement.
    for (const line of tableLines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(1 + model.columns.length);
  });

  test("HTML: scripts are text, javascript: links are not links", async () => {
    const { model } = await modelFor(HOSTILE_EVENT);
    const { document } = new JSDOM(lib.toHtml(model)).window;
    expect(document.querySelectorAll("script, img")).toHaveLength(0);
    expect(document.title).toBe("Hostile <script>alert(1)</script> title — Aligned claims — Readout");
    expect(document.body.textContent).toContain(HOSTILE_TEXT.script);
    expect(document.body.textContent).toContain(HOSTILE_TEXT.formula);
    expect([...document.querySelectorAll("a")].some((a) => a.getAttribute("href")?.startsWith("javascript:"))).toBe(false);
  });

  test("CSV: no cell starts with a formula character, and the text is kept after the guard", async () => {
    const { model } = await modelFor(HOSTILE_EVENT);
    for (const table of ["claims", "coverage"] as const) {
      const rows: string[][] = parse(lib.toCsvTable(model, table), { bom: true });
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const cells = rows.flat();
      expect(cells).toContain("'=A");
      if (table === "claims") {
        expect(cells.some((c) => c.startsWith(`'${HOSTILE_TEXT.formula}`))).toBe(true);
        expect(cells.some((c) => c.startsWith("'+1 for the talks"))).toBe(true);
        expect(cells.some((c) => c.startsWith("'@everyone"))).toBe(true);
      }
    }
  });

  test("JSON: the text round-trips exactly", async () => {
    const { event } = await modelFor(HOSTILE_EVENT);
    const state = lib.parseEventViewState(event.statements.map((s) => s.slug), {});
    const response = await lib.renderExport("json", event, state, [], new URLSearchParams(), `/events/${HOSTILE_EVENT}`);
    const document = JSON.parse(await response.text());
    expect(document.bundle.events[0].statements[0].body).toBe(event.statements[0].body);
    expect(document.bundle.events[0].statements[1].sourceUrl).toBe("javascript:alert(1)"); // data, not a link
    const { comparisonSchema } = await import("@/lib/export/comparison-document-schema");
    expect(comparisonSchema.safeParse(document.comparison).success).toBe(true);
  });
});

describe("a pairwise export holds the pair only (issue 14)", () => {
  test("only the two statements' annotations are kept; every shown statement's in the aligned export", async () => {
    const event = (await lib.getEvent(SEED_EVENT))!;
    const slugs = event.statements.map((s) => s.slug);
    const note = (statementId: number, id: number) =>
      ({ id, statementId, verdict: "accurate", verdictLabel: "Accurate", note: `note ${id}`, sources: [], exact: "x", prefix: "", suffix: "", start: 0, end: 1 }) as unknown as import("@/lib/data/annotations").AnnotationView;
    const annotations = event.statements.map((s, i) => note(s.id, i + 1));
    const [a, b] = [event.statements[0], event.statements[2]];
    const pairState = lib.parseEventViewState(slugs, { view: "pairwise", a: a.slug, b: b.slug }, event.exchanges.map((x) => x.slug));
    const pair = lib.buildExportModel(event, pairState, annotations, new Date("2026-11-27T12:00:00Z"));
    expect(pair.annotations.map((x) => x.statementId).sort()).toEqual([a.id, b.id].sort());
    const alignedState = lib.parseEventViewState(slugs, {}, event.exchanges.map((x) => x.slug));
    const aligned = lib.buildExportModel(event, alignedState, annotations, new Date("2026-11-27T12:00:00Z"));
    expect(aligned.annotations).toHaveLength(event.statements.length);
  });
});

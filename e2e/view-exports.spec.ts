import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";

/**
 * Issue 14: from each view, the Download menu's links give that view's content — the aligned rows, the coverage
 * matrix, the quote list, the pair only — in Markdown, HTML, CSV, JSON and PDF.
 */

const EVENT = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";
const DISPLACED = "The humanitarian issues of over 100,000 forcibly displaced persons of Nagorno-Karabakh";

test.describe.configure({ timeout: 180_000 });

/** Clicks a Download menu entry and returns the downloaded file's bytes and the link's href. */
async function download(page: Page, label: string): Promise<{ body: Buffer; href: string; name: string }> {
  const menu = page.getByTestId("download-menu");
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const link = menu.getByRole("link", { name: label, exact: true });
  const href = (await link.getAttribute("href"))!;
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { body: fs.readFileSync((await file.path())!), href, name: file.suggestedFilename() };
}

const csv = (body: Buffer): string[][] => parse(body.toString("utf8"), { bom: true });
const html = (body: Buffer) => new JSDOM(body.toString("utf8")).window.document;
const pdfText = (body: Buffer, name: string) => {
  const file = test.info().outputPath(name);
  fs.writeFileSync(file, body);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
};

test("Coverage: every download holds the coverage matrix of the filter on screen", async ({ page }) => {
  await page.goto(`${EVENT}?view=coverage&only=news-report`);
  await expect(page.getByTestId("claims-matrix-line")).toHaveCount(12);

  const json = await download(page, "JSON");
  expect(json.href).toContain("view=coverage");
  const doc = JSON.parse(json.body.toString("utf8"));
  expect(doc.view).toBe("coverage");
  expect(doc.coverage.filterLabel).toBe("Only reported by News report");
  expect(doc.coverage.sections[0].lines.map((l: { rowNumber: number }) => l.rowNumber)).toEqual([1, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19]);
  expect(doc).not.toHaveProperty("comparison");

  const table = csv((await download(page, "CSV: coverage matrix")).body);
  expect(table[0]).toEqual(["kind", "row", "item", "Armenia PMO", "Azerbaijan", "State Dept.", "News report"]);
  expect(table.filter((r) => r[0] === "claim")).toHaveLength(12);
  expect(table.find((r) => r[1] === "1")!.slice(3)).toEqual(["not reported", "not reported", "not reported", "reported"]);

  const markdown = (await download(page, "Markdown")).body.toString("utf8");
  expect(markdown).toContain("## Claims (12)");
  expect(markdown).not.toContain("## Aligned claims");

  const document = html((await download(page, "HTML (self-contained)")).body);
  expect(document.querySelectorAll('table.coverage[data-kind="claim"] tbody tr')).toHaveLength(12);
  expect(document.querySelectorAll("table.aligned, table.quotes")).toHaveLength(0);

  const pdf = pdfText((await download(page, "PDF, A4")).body, "coverage.pdf");
  expect(pdf).toContain("Only reported by News report");
  expect(pdf).toContain("page 1 of");
  expect(pdf).not.toContain("Quote check");
});

test("Quote check: every download holds the quote list with speakers and verdicts", async ({ page }) => {
  await page.goto(`${EVENT}?view=quotes&verdict=verbatim`);
  await expect(page.getByTestId("quote-check")).toHaveCount(4);

  const doc = JSON.parse((await download(page, "JSON")).body.toString("utf8"));
  expect(doc.view).toBe("quotes");
  expect(doc.quotes.verdict).toBe("verbatim");
  expect(doc.quotes.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(["Azerbaijani media", "Matthew Miller", "Miller", "Miller"]);

  const table = csv((await download(page, "CSV: quote list")).body);
  expect(table[0].slice(0, 5)).toEqual(["quotation", "speaker", "speaker_basis", "quoted_in", "verdict"]);
  expect(table.slice(1).map((r) => [r[1], r[4], r[6]])).toEqual([
    ["Azerbaijani media", "verbatim", "Azerbaijan"],
    ["Matthew Miller", "verbatim", "State Dept."],
    ["Miller", "verbatim", "State Dept."],
    ["Miller", "verbatim", "State Dept."],
  ]);

  const markdown = (await download(page, "Markdown")).body.toString("utf8");
  expect(markdown).toContain("Showing the 4 verbatim only.");
  expect(markdown).not.toContain("## Claims (");

  const document = html((await download(page, "HTML (self-contained)")).body);
  expect([...document.querySelectorAll("table.quotes tbody tr")].map((tr) => tr.getAttribute("data-verdict"))).toEqual(["verbatim", "verbatim", "verbatim", "verbatim"]);

  const pdf = pdfText((await download(page, "PDF, A4")).body, "quotes.pdf");
  expect(pdf).toContain("Matthew Miller");
  expect(pdf).not.toContain("Aligned claims");
});

test("Pairwise: every download holds the pair only", async ({ page }) => {
  await page.goto(`${EVENT}?view=pairwise&a=state-dept-statement&b=news-report`);

  const doc = JSON.parse((await download(page, "JSON")).body.toString("utf8"));
  expect(doc.view).toBe("pairwise");
  expect(doc.statements.map((s: { id: string }) => s.id)).toEqual(["state-dept-statement", "news-report"]);
  expect(doc.pair.containment).toBe("from-in-to");

  const changes = csv((await download(page, "CSV: change list")).body);
  expect(changes[0]).toEqual(["change", "class", "removed", "added"]);
  expect(changes.length).toBeGreaterThan(1);
  expect(changes.slice(1).every((row) => row[2] === "")).toBe(true);

  const markdown = (await download(page, "Markdown")).body.toString("utf8");
  expect(markdown).toContain("## Word diff: State Dept. → News report");
  expect(markdown).not.toContain("Office of the Prime Minister of Armenia");

  const document = html((await download(page, "HTML (self-contained)")).body);
  expect(document.querySelectorAll(".diff")).toHaveLength(1);
  expect(document.querySelectorAll("table.aligned, table.coverage, table.quotes")).toHaveLength(0);

  const pdf = pdfText((await download(page, "PDF, A4")).body, "pairwise.pdf");
  expect(pdf).toContain("Word diff: State Dept. → News report");
});

test("Aligned claims: every download holds the summary and the rows", async ({ page }) => {
  await page.goto(EVENT);

  const json = await download(page, "JSON (comparison format)");
  expect(json.href).toContain("view=aligned");
  const doc = JSON.parse(json.body.toString("utf8"));
  expect(doc.view).toBe("aligned");
  expect(doc.comparison.rows).toHaveLength(19);

  const claims = csv((await download(page, "CSV: aligned claims")).body);
  expect(claims).toHaveLength(20);
  expect(claims.some((row) => row[3].startsWith(DISPLACED))).toBe(true);

  const markdown = (await download(page, "Markdown")).body.toString("utf8");
  expect(markdown.indexOf("## Summary")).toBeLessThan(markdown.indexOf("## Aligned claims"));
  expect(markdown).not.toContain("## Quote check");

  const document = html((await download(page, "HTML (self-contained)")).body);
  expect(document.querySelectorAll("table.aligned tbody tr")).toHaveLength(19);

  const pdf = await download(page, "PDF, A4");
  const text = pdfText(pdf.body, "aligned.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [test.info().outputPath("aligned.pdf")], { encoding: "utf8" }))![1]);
  expect(pages).toBeLessThanOrEqual(3);
  expect(text).toContain(`page ${pages} of ${pages}`);
  expect(text).toMatch(new RegExp(`Permalink: http://127\\.0\\.0\\.1:\\d+${EVENT}`));
  expect(text.indexOf("Summary")).toBeLessThan(text.indexOf("Marked words differ"));
});

test("statement text: paragraphs are set apart on the statement page and in the aligned view's full statements", async ({ page }) => {
  await page.goto(EVENT);
  const report = page.locator("#statement-news-report");
  const paragraphs = report.locator("div[lang] > p");
  expect(await paragraphs.count()).toBeGreaterThan(3);
  const [first, second] = [await paragraphs.nth(0).boundingBox(), await paragraphs.nth(1).boundingBox()];
  expect(second!.y - (first!.y + first!.height)).toBe(12);

  const statementPage = (await report.getByRole("link", { name: /^Statement page/ }).getAttribute("href"))!;
  expect(statementPage).toMatch(/^\/statements\/\d+$/);
  await page.goto(statementPage);
  const text = page.locator("[data-annotated-text]").first();
  const body = (await text.textContent())!;
  const gaps = text.locator("[data-paragraph-break]");
  await expect(gaps).toHaveCount(body.match(/\n+/g)!.length);
  const gap = await gaps.first().boundingBox();
  expect(gap!.height).toBe(12);
});

import { expect, test } from "@playwright/test";
import { JSDOM } from "jsdom";
import { MOVED, REVISION_1, REVISION_2 } from "../__tests__/helpers/version-texts";
import { logIn } from "./editor-login";

// Issue 12, second tester pass (B4, B5, B6, C1, C2, C10, C11): a fictional event of two versions of one readout,
// imported as a bundle, seen in the pairwise view, its downloads and the help page. Tests run in file order.
test.describe.configure({ mode: "serial" });

const EVENT = "version-params-call";
const PAIR = `/events/${EVENT}?view=pairwise&a=params-first&b=params-copy`;

const bundle = {
  parties: [{ slug: "version-params-ministry", name: "Ministry of Parameters (fictional)", shortName: "MOP", kind: "ministry", country: null, color: "#7c3aed" }],
  events: [
    {
      slug: EVENT,
      title: "Version parameters: a readout and its copy",
      occurredOn: "2026-11-28",
      summary: "Fictional texts written for the issue 12 browser test.",
      statements: [
        { slug: "params-first", party: "version-params-ministry", title: "Readout as first published", kind: "official_readout", sourceName: "Ministry website (fictional)", sourceUrl: null, publishedOn: "2026-11-28", language: "en", speaker: null, provenanceNote: "Fictional.", body: REVISION_1 },
        { slug: "params-copy", party: "version-params-ministry", title: "Rewritten copy", kind: "news_report", sourceName: "Wire copy (fictional)", sourceUrl: null, publishedOn: "2026-11-29", language: "en", speaker: null, provenanceNote: "Fictional.", body: REVISION_2 },
      ],
    },
  ],
};

test("pairwise view: one summary, short link labels, and a split view whose columns are their own versions", async ({ page }) => {
  await logIn(page, "/editor/import");
  await page.getByLabel("Bundle file (.json, at most 5 MB)").setInputFiles({ name: "version-params.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle)) });
  await page.getByRole("button", { name: "Import bundle" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Imported 1 event(s) with 2 statement(s)", { timeout: 60_000 });

  await page.goto(PAIR);
  const summary = page.getByTestId("pairwise-edit-summary");
  await expect(summary.locator("p").first()).toHaveText("3 edits that change facts, 10 in wording, 12 unclassified; 1 passage moved · 1 typographic edit (hidden) — show");
  // C1: no second count of words or changes.
  await expect(page.getByTestId("diff-stats")).toHaveCount(0);
  await expect(page.getByTestId("change-navigator")).toHaveAttribute("data-ready", "");
  await expect(page.getByTestId("current-change")).toHaveText("");
  await expect(page.getByText("Marked passages", { exact: true })).toBeVisible();
  // C11: every link label is short.
  for (const label of await summary.getByRole("link").allTextContents()) expect(label.length).toBeLessThanOrEqual(90);

  // C2: each column is its own version: its apostrophe, and the moved paragraph where that version has it.
  const split = page.getByTestId("split-diff");
  const left = (await split.locator('[data-side="from"]').allInnerTexts()).join("\n");
  const right = (await split.locator('[data-side="to"]').allInnerTexts()).join("\n");
  expect(left).toContain("Azerbaijan’s readiness");
  expect(left).not.toContain("Azerbaijan's readiness");
  expect(right).toContain("Azerbaijan's readiness");
  expect(left.split(MOVED).length - 1).toBe(1);
  expect(right.split(MOVED).length - 1).toBe(1);
  // The moved paragraph opens the first version and closes the copy.
  expect(left.indexOf(MOVED)).toBeLessThan(left.indexOf("opened the session"));
  expect(left.indexOf("opened the session")).toBeGreaterThan(-1);
  expect(right.indexOf(MOVED)).toBeGreaterThan(right.indexOf("opened the session"));
  const origin = split.getByTestId("split-move-origin");
  const destination = split.getByTestId("split-move-destination");
  await expect(origin).toHaveCount(1);
  await destination.click();
  await expect(page).toHaveURL(/#split-move-origin-m0$/);
  await origin.click();
  await expect(page).toHaveURL(/#split-move-destination-m0$/);
});

test("downloads: bad parameters are a 400 naming them; the HTML marks every edit with its class", async ({ page }) => {
  const nope = await page.request.get(`/events/${EVENT}/export/csv?view=pairwise&a=nope&b=params-copy`);
  expect(nope.status()).toBe(400);
  expect(await nope.text()).toBe("Bad export request: a must be a statement of this event (params-first, params-copy), not “nope”.");
  const same = await page.request.get(`/events/${EVENT}/export/json?view=pairwise&a=params-copy&b=params-copy`);
  expect(same.status()).toBe(400);
  expect(await same.text()).toBe("Bad export request: a and b must name two different statements, not both “params-copy”.");
  // The page shows the same as a notice.
  await page.goto(`/events/${EVENT}?view=pairwise&a=params-copy&b=params-copy`);
  await expect(page.getByText("“params-copy” was chosen as both texts of the pair; showing it against another statement.")).toBeVisible();

  const html = await page.request.get(`/events/${EVENT}/export/html?view=pairwise&a=params-first&b=params-copy`);
  expect(html.status()).toBe(200);
  const document = new JSDOM(await html.text()).window.document;
  const marks = [...document.querySelectorAll(".diff del, .diff ins")];
  expect(marks).toHaveLength(50);
  expect(marks.every((mark) => ["fact", "wording", "unclassified"].includes(mark.getAttribute("data-edit-class")!))).toBe(true);
  expect(document.querySelectorAll(".diff sup.edit-mark")).toHaveLength(25);
  const csv = await page.request.get(`/events/${EVENT}/export/csv?view=pairwise&a=params-first&b=params-copy`);
  expect((await csv.text()).replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe("change,class,removed,added");
});

test("the help page explains the edit classes, moves and the revision history", async ({ page }) => {
  await page.goto("/about");
  const section = page.getByTestId("about-versions");
  await expect(section.getByRole("heading", { name: "Versions: edits by what they change" })).toBeVisible();
  await expect(section.getByTestId("edit-class-help")).toHaveCount(4);
  await expect(section).toContainText("Moved passages");
  await expect(section).toContainText("Revision history:");
});

import { expect, test, type Locator, type Page } from "@playwright/test";
import { MOVED, REVISION_1, REVISION_2 } from "../__tests__/helpers/version-texts";
import { openAsEditor } from "./editor-login";

// Issue 12 in the browser: a statement imported with revision 1 of the inputs, a near-copy holding
// revision 2 (pairwise view), then the statement edited to revision 2 (history page). Tests run in file order.
test.describe.configure({ mode: "serial" });

const EVENT = "version-edits-call";
const SUMMARY = "3 edits that change facts, 10 in wording, 12 unclassified; 1 passage moved";

const bundle = {
  parties: [{ slug: "version-edits-ministry", name: "Ministry of Version Edits (fictional)", shortName: "MVE", kind: "ministry", country: null, color: "#0f766e" }],
  events: [
    {
      slug: EVENT,
      title: "Version edits: a call and its rewritten copy",
      occurredOn: "2026-11-25",
      summary: "Fictional texts written for the issue 12 browser test.",
      statements: [
        { slug: "first-readout", party: "version-edits-ministry", title: "Readout as first published", kind: "official_readout", sourceName: "Ministry website (fictional)", sourceUrl: null, publishedOn: "2026-11-25", language: "en", speaker: null, provenanceNote: "Fictional.", body: REVISION_1 },
        { slug: "rewritten-copy", party: "version-edits-ministry", title: "Rewritten copy", kind: "news_report", sourceName: "Wire copy (fictional)", sourceUrl: null, publishedOn: "2026-11-26", language: "en", speaker: null, provenanceNote: "Fictional.", body: REVISION_2 },
      ],
    },
  ],
};

/** The visible text of the edit marks (del/ins) in `scope`, screen-reader words left out, with their class. */
async function marks(scope: Locator): Promise<[string, string, string | null][]> {
  return scope.locator("del, ins").evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".sr-only").forEach((hidden) => hidden.remove());
      return [element.tagName.toLowerCase(), copy.textContent ?? "", element.getAttribute("data-edit-class")] as [string, string, string | null];
    }),
  );
}

async function expectSwapsMarked(page: Page, scope: Locator) {
  const shown = await marks(scope);
  // 25 edits beyond typography, each one word or a short phrase on each side: 50 marks.
  expect(shown).toHaveLength(50);
  for (const [, text] of shown) expect(text.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
  expect(shown).toContainEqual(["del", "to house arrest", "fact"]);
  expect(shown).toContainEqual(["ins", "from detention", "fact"]);
  expect(shown).toContainEqual(["del", "underscored", "wording"]);
  expect(shown).toContainEqual(["ins", "underlined", "wording"]);
  expect(shown).toContainEqual(["del", "president", "fact"]);
  expect(shown).toContainEqual(["del", "calm", "unclassified"]);
  // The apostrophe edit is typographic: hidden, the text reads as the newer version writes it.
  expect(shown.filter(([, text]) => text.includes("Azerbaijan"))).toEqual([]);
  await expect(scope).toContainText("Azerbaijan's readiness");
  // The moved paragraph is shown once, as moved, with links between its two places.
  const text = await scope.innerText();
  expect(text.split(MOVED).length - 1).toBe(1);
  await expect(scope.getByTestId("moved-to")).toHaveCount(1);
  await expect(scope.getByTestId("moved-from")).toHaveCount(1);
}

test("pairwise view of two near-copies: the summary at the top, and a summary link jumps to its edit", async ({ page }) => {
  await openAsEditor(page, "/editor/import");
  await page.getByLabel("Bundle file (.json, at most 5 MB)").setInputFiles({ name: "version-edits.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle)) });
  await page.getByRole("button", { name: "Import bundle" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Imported 1 event(s) with 2 statement(s)", { timeout: 60_000 });

  await page.goto(`/events/${EVENT}?view=pairwise&a=first-readout&b=rewritten-copy`);
  const summary = page.getByTestId("pairwise-edit-summary");
  await expect(summary).toContainText(SUMMARY);
  // The summary stands above the diffs of the view.
  const summaryBox = (await summary.boundingBox())!;
  const diffBox = (await page.getByTestId("pairwise-version-diff").boundingBox())!;
  expect(summaryBox.y).toBeLessThan(diffBox.y);
  await expectSwapsMarked(page, page.getByTestId("pairwise-version-diff"));

  await summary.getByRole("link", { name: "to house arrest → from detention" }).click();
  await expect(page).toHaveURL(/#v-edit-e8$/);
  const target = page.locator("#v-edit-e8");
  await expect(target).toContainText("to house arrest");
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();

  // Typographic edits: hidden, counted, and shown through a URL parameter that survives a reload and reaches the exports.
  const toggle = summary.getByTestId("typography-toggle");
  await expect(toggle).toHaveText("1 typographic edit (hidden) — show");
  const versionDiff = page.getByTestId("pairwise-version-diff");
  await expect(versionDiff.locator('[data-edit-class="typographic"]')).toHaveCount(0);
  await toggle.click();
  await expect(page).toHaveURL(/[?&]typography=show/);
  await page.reload();
  await expect(summary.getByTestId("typography-toggle")).toHaveText("1 typographic edit (shown) — hide");
  await expect(versionDiff.locator('del[data-edit-class="typographic"]', { hasText: "Azerbaijan’s" })).toHaveCount(1);
  // The download menu is closed (its links hidden): read the Markdown link as it stands.
  const markdownHref = await page.getByTestId("download-menu").locator("a", { hasText: /^Markdown$/ }).getAttribute("href");
  expect(markdownHref).toMatch(/[?&]typography=show(&|$)/);
  const markdown = await (await page.request.get(markdownHref!)).text();
  expect(markdown).toContain("<del>Azerbaijan’s</del>");
  const hiddenMarkdown = await (await page.request.get(markdownHref!.replace(/&?typography=show/, ""))).text();
  expect(hiddenMarkdown).not.toContain("<del>Azerbaijan’s</del>");
  await summary.getByTestId("typography-toggle").click();
  await expect(page).not.toHaveURL(/typography=/);
  await expect(summary.getByTestId("typography-toggle")).toHaveText("1 typographic edit (hidden) — show");
  await expect(versionDiff.locator('[data-edit-class="typographic"]')).toHaveCount(0);
});

test("history page: a revision made from the issue's inputs shows the summary at the top, each swap as its own classed edit, the move once", async ({ page }) => {
  await openAsEditor(page, "/editor");
  await page.goto(`/events/${EVENT}`);
  await page.getByRole("link", { name: "Readout as first published" }).first().click();
  await expect(page).toHaveURL(/\/statements\/\d+$/);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("Text", { exact: true }).fill(REVISION_2);
  await page.getByLabel("Reason for the change").fill("Edited at source");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?saved=text$/);

  await page.getByRole("link", { name: "Revision history" }).click();
  const top = page.locator("header").getByTestId("edit-summary");
  await expect(top).toContainText(SUMMARY);
  const diff = page.getByTestId("revision-diff");
  expect((await top.boundingBox())!.y).toBeLessThan((await diff.boundingBox())!.y);
  await expectSwapsMarked(page, diff);

  // The move's two links lead to each other.
  await diff.getByTestId("moved-to").click();
  await expect(page).toHaveURL(/#moved-from-m0$/);
  await expect(diff.getByTestId("moved-from")).toBeInViewport();
  await diff.getByTestId("moved-from").click();
  await expect(page).toHaveURL(/#move-m0$/);
  await expect(diff.getByTestId("moved-to")).toBeInViewport();

  // A fact link at the top jumps to the edit in the diff below.
  await top.getByRole("link", { name: "president → premier" }).click();
  await expect(page).toHaveURL(/#edit-e0$/);
  await expect(page.locator("#edit-e0")).toBeInViewport();
  await expect(page.locator("#edit-e0")).toBeFocused();

  // Typographic edits are hidden, with their count and a control to show them (the apostrophe; the moved paragraph's
  // line breaks are layout, not edits). The choice is a URL parameter: it survives a reload and reaches the export links.
  const toggle = top.getByTestId("typography-toggle");
  await expect(toggle).toHaveText("1 typographic edit (hidden) — show");
  await expect(diff.locator('[data-edit-class="typographic"]')).toHaveCount(0);
  await toggle.click();
  await expect(page).toHaveURL(/[?&]typography=show/);
  await page.reload();
  await expect(top.getByTestId("typography-toggle")).toHaveText("1 typographic edit (shown) — hide");
  await expect(diff.locator('del[data-edit-class="typographic"]', { hasText: "Azerbaijan’s" })).toHaveCount(1);
  await expect(page.getByTestId("history-export-md")).toHaveAttribute("href", /[?&]typography=show$/);
  // One count of edits only: the class summary (no second, differently computed word count).
  await expect(diff).not.toContainText("word(s) added");

  // A version the statement does not have is named in a notice; the default pair is shown.
  const historyUrl = page.url().replace(/[?#].*$/, "");
  await page.goto(`${historyUrl}?from=99`);
  await expect(page.getByTestId("history-query-notice")).toHaveText("from must be a version of this statement, 1–2, not “99”; showing version 1 → version 2 with typographic edits hidden instead.");
});

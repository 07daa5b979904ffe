import { expect, test, type Page } from "@playwright/test";
import { openAsEditor } from "./editor-login";

// Issue 14: what a newcomer needs to keep the thread on long pages and small screens.
const EVENT = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";

async function headerTop(page: Page) {
  return page.getByTestId("aligned-table").getByTestId("aligned-header").evaluate((el) => el.getBoundingClientRect().top);
}

test("desktop: the aligned table's column headers stay at the top of the window while the rows scroll past", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(EVENT);
  const table = page.getByTestId("aligned-table");
  const rows = table.getByTestId("aligned-row");
  await rows.nth(5).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 400));
  const top = await headerTop(page);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(2);
  await expect(table.getByRole("columnheader", { name: /State Dept\./ })).toBeInViewport();
});

test("phone: the headers stick to the top of the table's own frame while it scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EVENT);
  const frame = page.getByTestId("aligned-table");
  await frame.scrollIntoViewIfNeeded();
  const frameTop = await frame.evaluate((el) => el.getBoundingClientRect().top);
  await frame.evaluate((el) => el.scrollBy(0, 600));
  expect(await frame.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  const top = await headerTop(page);
  expect(Math.abs(top - frameTop)).toBeLessThan(3);
  // The page itself never scrolls sideways; only the table's frame does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("gaps read as gaps: a hatched amber box with a mark and the words, not a pale dashed outline", async ({ page }) => {
  await page.goto(EVENT);
  const gap = page.getByTestId("aligned-table").getByTestId("gap-cell").first();
  await expect(gap).toContainText("Gap");
  await expect(gap).toContainText(/not reported by/);
  await expect(gap).toContainText("⊘");
  expect(await gap.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain("repeating-linear-gradient");
  expect(await gap.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe("2px");
});

test("j and k step through the aligned rows and mark the current one", async ({ page }) => {
  await page.goto(EVENT);
  const navigator = page.getByTestId("change-navigator");
  await expect(navigator).toHaveAttribute("data-ready", "");
  const rows = page.getByTestId("aligned-table").getByTestId("aligned-row");
  const count = await rows.count();
  await expect(page.getByTestId("current-change")).toHaveText(`${count} claims`);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("data-current-change", "");
  await expect(page.locator("tr[data-current-change]")).toHaveCount(1);
  await expect(page.getByTestId("current-change")).toHaveText(`Claim 2 of ${count}`);
  const id = await rows.nth(1).getAttribute("id");
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(rows.nth(1)).toBeInViewport();
  expect(await rows.nth(1).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  await page.keyboard.press("k");
  await expect(rows.nth(0)).toHaveAttribute("data-current-change", "");
  await expect(page.getByTestId("current-change")).toHaveText(`Claim 1 of ${count}`);
});

test("after Apply, a client-side tab change and Back, the chooser shows the URL's statements, base and threshold", async ({ page }) => {
  await page.goto(`${EVENT}?threshold=0.4`);
  let chooser = page.getByRole("form", { name: "Statements to compare" });
  await expect(chooser.getByLabel("Match threshold")).toHaveValue("0.4");
  await chooser.getByRole("checkbox", { name: "News report" }).uncheck();
  await chooser.getByLabel("Row order follows").selectOption("state-dept-statement");
  await chooser.getByLabel("Match threshold").fill("");
  await chooser.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/base=state-dept-statement/);
  await expect(page).not.toHaveURL(/threshold/);
  // A client-side navigation (the view tabs are links) and back again.
  await page.getByRole("link", { name: "Coverage" }).first().click();
  await expect(page).toHaveURL(/view=coverage/);
  await page.goBack();
  await expect(page).not.toHaveURL(/view=coverage/);
  chooser = page.getByRole("form", { name: "Statements to compare" });
  await expect(chooser.getByRole("checkbox", { name: "News report" })).not.toBeChecked();
  await expect(chooser.getByLabel("Row order follows")).toHaveValue("state-dept-statement");
  // Back once more, to the page before Apply: the controls show that URL, not what was last typed.
  await page.goBack();
  await expect(page).toHaveURL(/threshold=0\.4/);
  chooser = page.getByRole("form", { name: "Statements to compare" });
  await expect(chooser.getByRole("checkbox", { name: "News report" })).toBeChecked();
  await expect(chooser.getByLabel("Row order follows")).toHaveValue("am-pmo-readout");
  await expect(chooser.getByLabel("Match threshold")).toHaveValue("0.4");
});

test("the full statements are each as tall as their own text", async ({ page }) => {
  await page.goto(EVENT);
  const heights = await page.getByTestId("statement-column").evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().height));
  expect(new Set(heights.map(Math.round)).size).toBeGreaterThan(1);
});

test("pairwise: opens on the most alike pair, marks the current change in text and list, no sideways scroll at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${EVENT}?view=pairwise`);
  const from = await page.getByLabel("From", { exact: true }).inputValue();
  const to = await page.getByLabel("To", { exact: true }).inputValue();
  expect([from, to]).not.toEqual(["am-pmo-readout", "az-mfa-statement"]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByTestId("change-navigator")).toHaveAttribute("data-ready", "");
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(page.getByTestId("change-list").locator("[data-current-change]")).toHaveText(/^2\./);
  await expect(page.getByTestId("pairwise-diff").locator('[data-current-change][data-change-piece="2"]').first()).toBeVisible();
});

test("the annotation verdict, and a new statement's party and kind, have no default", async ({ page }) => {
  await openAsEditor(page, "/editor");
  await page.goto(EVENT);
  await page.getByRole("link", { name: /^Statement page/ }).first().click();
  await expect(page.locator("[data-ready]").filter({ has: page.locator("[data-annotated-text]") })).toHaveCount(1);
  await page.locator("[data-annotated-text]").evaluate((root) => {
    const node = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode()!;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(20, node.textContent!.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const form = page.getByRole("form", { name: "New annotation" });
  const verdict = form.getByLabel("Verdict");
  await expect(verdict).toHaveValue("");
  expect(await verdict.evaluate((el: HTMLSelectElement) => el.validity.valueMissing)).toBe(true);

  await page.goto("/editor");
  await page.getByRole("link", { name: /Blinken/ }).first().click();
  const add = page.getByRole("form", { name: "Add a statement" });
  for (const label of ["Party", "Kind"]) {
    const select = add.getByLabel(label, { exact: false }).first();
    await expect(select).toHaveValue("");
    expect(await select.evaluate((el: HTMLSelectElement) => el.required && el.validity.valueMissing)).toBe(true);
  }
});

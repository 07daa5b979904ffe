import { expect, test } from "@playwright/test";
import { wcagViolations } from "./axe";
import { openAsEditor } from "./editor-login";

const EVENT = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";

const PAGES: [string, string][] = [
  ["home", "/"],
  ["search results", "/?q=Nagorno-Karabakh"],
  ["aligned view", EVENT],
  ["aligned view, only the Armenian readout's claims", `${EVENT}?only=am-pmo-readout`],
  ["coverage view", `${EVENT}?view=coverage`],
  ["quote check", `${EVENT}?view=quotes`],
  ["pairwise split", `${EVENT}?view=pairwise&a=am-pmo-readout&b=news-report`],
  ["pairwise inline", `${EVENT}?view=pairwise&a=state-dept-statement&b=news-report&mode=inline`],
  ["help page", "/about"],
  ["login", "/login"],
  ["not found", "/events/no-such-event"],
];

for (const [name, path] of PAGES) {
  test(`no WCAG 2.1 A/AA violations: ${name}`, async ({ page }) => {
    await page.goto(path);
    expect(await wcagViolations(page)).toEqual([]);
  });
}

test("no WCAG 2.1 A/AA violations: a statement page and its revision history", async ({ page }) => {
  await page.goto(EVENT);
  await page.getByRole("link", { name: /^Statement page/ }).first().click();
  await expect(page).toHaveURL(/\/statements\/\d+$/);
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Revision history" }).click();
  expect(await wcagViolations(page)).toEqual([]);
});

test("no WCAG 2.1 A/AA violations: the editor's pages and the annotation forms", async ({ page }) => {
  await openAsEditor(page, "/editor");
  expect(await wcagViolations(page)).toEqual([]);
  for (const path of ["/editor/import", "/editor/parties", "/editor/events/new"]) {
    await page.goto(path);
    expect({ path, violations: await wcagViolations(page) }).toEqual({ path, violations: [] });
  }
  await page.goto(EVENT);
  await page.getByRole("link", { name: /^Statement page/ }).first().click();
  await expect(page.getByRole("heading", { name: "Annotate a claim" })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test("the check can fail: axe reports text with too little contrast (positive control)", async ({ page }) => {
  await page.goto("/about");
  await page.locator("main").evaluate((main) => {
    const p = document.createElement("p");
    p.textContent = "Pale grey on white";
    p.style.cssText = "color:#c8c8c8;background:#ffffff";
    main.append(p);
  });
  expect((await wcagViolations(page)).join("\n")).toContain("color-contrast");
});

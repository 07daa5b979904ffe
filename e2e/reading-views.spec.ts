import { expect, test } from "@playwright/test";

const EVENT = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";
const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png`, fullPage: true });

test("aligned view: statement columns, labelled gaps, and summary links that filter", async ({ page }) => {
  await page.goto(EVENT);
  const table = page.getByTestId("aligned-table");
  await expect(table.getByRole("columnheader")).toHaveText(["#", /Armenia PMO/, /Azerbaijan/, /State Dept\./, /News report/]);
  await expect(table.getByTestId("not-reported").first()).toBeVisible();
  await expect(table.getByTestId("not-reported").first()).toHaveText(/^not reported by /);
  // The Azerbaijani account and the State Department report the same call: a claim of one is a gap in the other.
  const complained = table.getByTestId("aligned-row").filter({ hasText: "complained about O’Brien’s comments" }).first();
  await expect(complained.getByTestId("not-reported")).toHaveText(["not reported by State Dept."]);
  await expect(complained.getByTestId("other-exchange")).toHaveCount(1);
  await page.screenshot(shot("aligned-view"));

  // The summary's "left out" number for the State Department lists exactly the claims it did not report.
  await page.getByText("Counts per statement").click();
  const summary = page.getByTestId("coverage-summary");
  const stateRow = summary.getByRole("row").filter({ hasText: "State Dept." });
  const missingLink = stateRow.getByRole("link", { name: /not reported by State Dept\./ });
  const missingCount = Number(await missingLink.textContent());
  expect(missingCount).toBe(2);
  await missingLink.click();
  await expect(page).toHaveURL(/filter=missing%3Astate-dept-statement/);
  await expect(page.getByRole("status")).toContainText("State Dept. did not report");
  await expect(table.getByTestId("aligned-row")).toHaveCount(missingCount);
  for (const row of await table.getByTestId("aligned-row").all()) {
    await expect(row.getByTestId("not-reported")).toContainText(["not reported by State Dept."]);
  }
  await page.reload();
  await expect(table.getByTestId("aligned-row")).toHaveCount(missingCount);
  await page.getByRole("link", { name: "Show all claims" }).click();
  await expect(page).toHaveURL(new RegExp(`${EVENT}$`));
});

test("beside the news report, each party's own claims are still reported by it alone, and other calls are no gaps", async ({ page }) => {
  await page.goto(EVENT);
  await page.getByText("Counts per statement").click();
  await page.getByTestId("coverage-summary").getByRole("link", { name: /only reported by Armenia PMO/ }).click();
  const rows = page.getByTestId("aligned-table").getByTestId("aligned-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "100,000 forcibly displaced persons" })).toHaveCount(1);
  for (const row of await rows.all()) {
    await expect(row.getByTestId("not-reported")).toHaveCount(0);
    await expect(row.getByTestId("other-exchange")).toHaveCount(2);
  }
});

test("choosing statements and the base statement lands in the URL", async ({ page }) => {
  await page.goto(EVENT);
  const chooser = page.getByRole("form", { name: "Statements to compare" });
  await chooser.getByLabel("Azerbaijan").uncheck();
  await chooser.getByLabel("Row order follows").selectOption("news-report");
  await chooser.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\?show=am-pmo-readout%2Cstate-dept-statement%2Cnews-report&base=news-report$/);
  await expect(page.getByTestId("aligned-table").getByRole("columnheader")).toHaveText(["#", /Armenia PMO/, /State Dept\./, /News report/]);
  // Rows follow the news report: its first sentence (background, collapsed) is the first row, then the readouts' claims.
  await expect(page.getByTestId("background-table").getByTestId("aligned-row").first()).toContainText("WASHINGTON, DC");
  await expect(page.getByTestId("aligned-table").getByTestId("aligned-row").first()).toContainText("Armenian Prime Minister Nikol Pashinyan");
});

test("coverage view: claims and names × parties, with filters and sorting", async ({ page }) => {
  await page.goto(`${EVENT}?view=coverage`);
  const claims = page.getByTestId("claims-matrix");
  await expect(claims.getByTestId("claims-matrix-line").first()).toBeVisible();
  await expect(page.getByTestId("entities-person")).toContainText("Blinken");
  // The news report retells every readout, so it alone has claims nobody else reported.
  await page.getByRole("link", { name: "Only reported by Armenia PMO" }).click();
  await expect(page).toHaveURL(/view=coverage&only=am-pmo-readout/);
  await expect(claims).toContainText("Nothing matches this filter.");
  await page.getByRole("link", { name: "Only reported by News report" }).click();
  await expect(page).toHaveURL(/view=coverage&only=news-report/);
  const onlyReport = claims.getByTestId("claims-matrix-line");
  await expect(onlyReport.first()).toBeVisible();
  expect(await onlyReport.count()).toBeGreaterThan(3);
  for (const line of await onlyReport.all()) {
    await expect(line.getByLabel("reported by News report", { exact: true })).toHaveCount(1);
    await expect(line.getByLabel(/^not reported by/)).toHaveCount(3);
  }
  await page.getByRole("link", { name: "Most reported first" }).click();
  await expect(page).toHaveURL(/sort=reach/);
  await page.screenshot(shot("coverage-view"));
});

test("quote check view: the State Department's quoted phrases are verbatim", async ({ page }) => {
  await page.goto(EVENT);
  await page.getByRole("link", { name: "Quote check" }).click();
  await expect(page).toHaveURL(/view=quotes/);
  const checks = page.getByTestId("quote-check");
  for (const phrase of ["noted recent points of concern", "opportunities to strengthen cooperation, especially around the peace process"]) {
    const item = checks.filter({ hasText: phrase }).filter({ hasText: "quoted in News report" }).first();
    await expect(item.getByTestId("verdict-badge")).toHaveAttribute("data-verdict", "verbatim");
  }
  await page.screenshot(shot("quote-check-view"));
});

test("pairwise view: split and inline, keyboard change navigation, permalinks", async ({ page }) => {
  await page.goto(`${EVENT}?view=pairwise&a=am-pmo-readout&b=news-report`);
  await expect(page.getByTestId("split-diff")).toBeVisible();
  await expect(page.getByTestId("change-strip").locator("a").first()).toBeAttached();
  const changeCount = await page.getByTestId("change-list").locator("li").count();
  expect(changeCount).toBeGreaterThan(1);

  await expect(page.getByTestId("change-navigator")).toHaveAttribute("data-ready", "");
  await page.keyboard.press("j");
  await expect(page.getByTestId("current-change")).toHaveText(`Change 1 of ${changeCount}`);
  await page.keyboard.press("j");
  await expect(page.getByTestId("current-change")).toHaveText(`Change 2 of ${changeCount}`);
  await expect(page).toHaveURL(/#change-2$/);
  await expect(page.locator("#change-2")).toHaveAttribute("data-current-change", "");
  await page.keyboard.press("k");
  await expect(page.getByTestId("current-change")).toHaveText(`Change 1 of ${changeCount}`);
  await page.screenshot(shot("pairwise-split"));

  await page.getByRole("link", { name: "Inline" }).click();
  await expect(page).toHaveURL(/mode=inline/);
  await expect(page.getByTestId("split-diff")).toHaveCount(0);
  await expect(page.getByTestId("pairwise-diff").locator("ins").first()).toBeVisible();
  await expect(page.getByTestId("change-navigator")).toHaveAttribute("data-ready", "");
  await page.keyboard.press("n");
  await expect(page.getByTestId("current-change")).toHaveText(`Change 1 of ${changeCount}`);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("am-pmo-readout");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("news-report");
  await expect(page.getByRole("link", { name: "Inline" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("current-change")).toHaveText(`Change 1 of ${changeCount}`);
  await page.screenshot(shot("pairwise-inline"));
});

test("home page search finds statement text and highlights it on the event page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox").fill("forcibly displaced");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=forcibly\+displaced/);
  const hits = page.getByTestId("search-hit");
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator("mark")).toHaveText(["forcibly displaced"]);
  await hits.filter({ hasText: "Readout of the Pashinyan–Blinken call" }).getByRole("link").click();
  await expect(page).toHaveURL(/#statement-am-pmo-readout$/);
  await expect(page.locator("#statement-am-pmo-readout mark")).toHaveText(["forcibly displaced"]);
});

test("search matches through the fold: a straight apostrophe in the query finds and highlights a curly one", async ({ page }) => {
  await page.goto("/?q=O%27BRIEN%27S+COMMENTS");
  const hits = page.getByTestId("search-hit");
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator("mark")).toHaveText(["O’Brien’s comments"]);
});

test("the download menu offers every format, named after the event and view", async ({ page }) => {
  await page.goto(`${EVENT}?view=coverage`);
  await page.getByTestId("download-menu").locator("summary").click();
  for (const [label, extension] of [["Markdown", "md"], ["HTML (self-contained)", "html"], ["CSV: coverage matrix", "csv"], ["JSON", "json"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^blinken-calls-pashinyan-aliyev-2023-11-27-coverage(-coverage)?-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
  }
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF, Letter" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/-coverage-letter-\d{4}-\d{2}-\d{2}\.pdf$/);
});

test("on a phone the aligned table scrolls sideways inside its frame", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EVENT);
  const frame = page.getByTestId("aligned-table");
  const overflow = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(overflow.scroll).toBeGreaterThan(overflow.client);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  await page.screenshot(shot("aligned-view-phone"));
});

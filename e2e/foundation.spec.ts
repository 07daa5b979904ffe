import { expect, test } from "@playwright/test";

const EVENT = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";

test("home page lists the seeded events newest first", async ({ page }) => {
  await page.goto("/");
  const cards = page.getByTestId("event-card");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText("Blinken’s calls with Pashinyan and Aliyev");
  await expect(cards.nth(0)).toContainText("27 November 2023");
  await expect(cards.nth(0)).toContainText("4 statements");
  for (const party of ["Armenia PMO", "Azerbaijan", "State Dept.", "News report"]) {
    await expect(cards.nth(0)).toContainText(party);
  }
  await expect(cards.nth(1)).toContainText("O’Brien’s testimony");
});

test("event page shows the four statements side by side and a word diff", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Blinken’s calls with Pashinyan and Aliyev" }).click();
  await expect(page).toHaveURL(EVENT);

  const columns = page.getByTestId("statement-column");
  await expect(columns).toHaveCount(4);
  await expect(columns.nth(0)).toContainText("Office of the Prime Minister of Armenia");
  await expect(columns.nth(0)).toContainText("100,000 forcibly displaced persons");
  await expect(columns.nth(1)).toContainText("unfounded ban on Azerbaijani officials’ visits");
  await expect(columns.nth(2)).toContainText("Matthew Miller, Department spokesman");
  await expect(columns.nth(3)).toContainText("WASHINGTON, DC");

  // Columns sit side by side on a laptop-sized screen.
  const first = await columns.nth(0).boundingBox();
  const second = await columns.nth(1).boundingBox();
  expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
  expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);

  await page.screenshot({ path: "test-results/screenshots/event-page.png", fullPage: true });
  await page.getByRole("link", { name: "Pairwise diff" }).click();
  const diff = page.getByTestId("pairwise-diff");
  // The default pair is the most alike one (issue 14), which may only add words to the other: any marked change will do.
  await expect(diff.locator("ins, del").first()).toBeVisible();
});

test("the chosen pair lives in the URL and survives a reload", async ({ page }) => {
  await page.goto(`${EVENT}?view=pairwise`);
  const picker = page.getByRole("form", { name: "Choose two statements to compare" });
  await picker.getByLabel("From", { exact: true }).selectOption("state-dept-statement");
  await picker.getByLabel("To", { exact: true }).selectOption("news-report");
  await picker.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/view=pairwise&a=state-dept-statement&b=news-report/);

  await page.reload();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("state-dept-statement");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("news-report");
  // The report contains the State Department's sentences word for word, so they are not marked.
  const diff = page.getByTestId("pairwise-diff");
  await expect(diff).toContainText("The Secretary welcomed President Aliyev’s commitment");
  await expect(diff.locator("del")).toHaveCount(0);
  await expect(diff.locator("ins").first()).toBeVisible();
});

test("an unknown statement in the URL falls back with a notice", async ({ page }) => {
  await page.goto(`${EVENT}?view=pairwise&a=nope`);
  await expect(page.getByRole("status")).toContainText("No statement called “nope”");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("am-pmo-readout");
  await expect(page.getByTestId("pairwise-diff").locator("ins").first()).toBeVisible();
});

test("an unknown event gets the 404 page", async ({ page }) => {
  const response = await page.goto("/events/no-such-event");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

// Tester 39 #6: the 404's HTML itself holds the message, for readers without JavaScript, screen readers and search
// engines (it was Next's empty error document, filled in only by the client; proxy.ts now sends these to the not-found route).
test("an unknown event, statement or revision history is a readable 404 without JavaScript", async ({ request }) => {
  for (const path of ["/events/no-such-event", "/events/no-such-event?view=coverage", "/statements/999999", "/statements/999999/history"]) {
    const response = await request.get(path);
    expect([path, response.status()]).toEqual([path, 404]);
    const html = await response.text();
    expect(html).not.toContain("__next_error__");
    expect(html).toMatch(/<h1[^>]*>Not found<\/h1>/);
    expect(html).toContain("There is no event or statement at this address.");
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Back to all events<\/a>/);
  }
});

import { expect, test } from "@playwright/test";

const EVENT = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";

test("choosing an exchange shows gaps only among its statements, and the background rows expand", async ({ page }) => {
  await page.goto(EVENT);
  await page.getByTestId("exchange-chooser").getByRole("link", { name: /Blinken–Aliyev call/ }).click();
  await expect(page).toHaveURL(/exchange=blinken-aliyev-call/);
  const table = page.getByTestId("aligned-table");
  // Only the statements about the Aliyev call: the Armenian readout is not a column.
  await expect(table.getByRole("columnheader")).toHaveText(["#", /Azerbaijan/, /State Dept\./, /News report/]);
  const gaps = table.getByTestId("not-reported");
  await expect(gaps.first()).toBeVisible();
  for (const gap of await gaps.all()) await expect(gap).toHaveText(/^not reported by (Azerbaijan|State Dept\.)$/);
  await expect(table.getByTestId("aligned-row").filter({ hasText: "complained about O’Brien’s comments" }).getByTestId("not-reported")).toHaveText([
    "not reported by State Dept.",
  ]);

  // The news report's own sentences are collapsed under one line, and expand.
  const background = page.getByTestId("background-rows");
  await expect(background.locator("summary")).toHaveText("12 background sentences only in News report");
  await expect(page.getByTestId("background-table")).toBeHidden();
  await background.locator("summary").click();
  const backgroundTable = page.getByTestId("background-table");
  await expect(backgroundTable.getByTestId("aligned-row")).toHaveCount(12);
  await expect(backgroundTable.getByTestId("not-reported")).toHaveCount(0);
  await expect(backgroundTable).toContainText("Speaking during a congressional hearing");
});

test("the seeded summary reads right: no party leaves out the other call or the report's background", async ({ page }) => {
  await page.goto(EVENT);
  const pashinyan = page.locator('[data-testid="exchange-summary-item"][data-exchange="blinken-pashinyan-call"]');
  const pmo = pashinyan.locator('[data-party="am-pmo"]');
  await expect(pmo.getByTestId("only-it-said")).toContainText("100,000 forcibly displaced persons of Nagorno-Karabakh");
  await expect(pmo.getByTestId("left-out")).toHaveCount(0);
  await expect(pmo).toContainText("Left out what another party said (0)");

  const aliyev = page.locator('[data-testid="exchange-summary-item"][data-exchange="blinken-aliyev-call"]');
  await expect(aliyev.locator('[data-party="us-state-dept"]').getByTestId("left-out").getByRole("listitem")).toHaveText([
    /^Azerbaijani President Ilham Aliyev complained about O’Brien’s comments/,
    /^According to Azerbaijani media, Aliyev agreed to receive/,
  ]);
  await expect(aliyev.locator('[data-party="az-president"]').getByTestId("left-out").getByRole("listitem")).toHaveCount(2);
  // Nobody left out the report's background or the other call.
  for (const list of await page.getByTestId("left-out").all()) {
    await expect(list).not.toContainText("Speaking during a congressional hearing");
    await expect(list).not.toContainText("forcibly displaced");
  }
  // Cells of statements about the other call are quiet, not gaps.
  const displaced = page.getByTestId("aligned-table").getByTestId("aligned-row").filter({ hasText: "100,000 forcibly displaced persons" });
  await expect(displaced.getByTestId("not-reported")).toHaveCount(0);
  await expect(displaced.getByTestId("other-exchange")).toHaveCount(2);
  // The news report retells it too: the PMO is the one party to report it, not its only reporter (tester 39).
  await expect(displaced.getByTestId("sole-reporter")).toHaveText(/^only Armenia PMO among the parties reported this; also in \S/);
});

test("quote check: every quotation shows its speaker; a third person's words are not fabrication flags; chips filter", async ({ page }) => {
  await page.goto(`${EVENT}?view=quotes`);
  const checks = page.getByTestId("quote-check");
  await expect(checks).toHaveCount(9);
  for (const check of await checks.all()) await expect(check.getByTestId("quote-speaker")).toContainText("speaker:");
  // The State Department statement is the source of Miller's words: never listed as quoting the report.
  await expect(checks.filter({ hasText: "quoted in State Dept." })).toHaveCount(0);
  const miller = checks.filter({ hasText: "noted recent points of concern" });
  await expect(miller.getByTestId("quote-speaker")).toContainText("Miller");
  await expect(miller.getByTestId("verdict-badge")).toHaveAttribute("data-verdict", "verbatim");
  const obrien = checks.filter({ hasText: "real opportunity for Azerbaijan and Armenia" });
  await expect(obrien.getByTestId("quote-speaker")).toContainText("O’Brien");
  await expect(obrien.getByTestId("verdict-badge")).toHaveAttribute("data-verdict", "no_speaker_statement");

  await page.getByTestId("quote-counts").getByRole("link", { name: /no statement by this speaker/ }).click();
  await expect(page).toHaveURL(/verdict=no_speaker_statement/);
  await expect(checks).toHaveCount(5);
});

test("the O’Brien event: two State Dept. statements get distinct labels", async ({ page }) => {
  await page.goto("/events/obrien-testimony-and-cancelled-talks-2023-11");
  const table = page.getByTestId("aligned-table");
  await expect(table.getByRole("columnheader")).toHaveText(["#", /State Dept\. – testimony/, /Azerbaijan MFA/, /State Dept\. – remarks/]);
  await expect(table.getByTestId("not-reported")).toHaveCount(0);
});

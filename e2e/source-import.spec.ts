import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { wcagViolations } from "./axe";
import { e2eQuery, e2eRow } from "./e2e-database";
import { openAsEditor } from "./editor-login";

// The app fetches from this test's own server: playwright.config.ts lets the e2e app reach 127.0.0.1
// (READOUT_FETCH_ALLOW_HOSTS); every other private address stays refused.
const SLUG = "e2e-imported-from-url";

/** A readout page written for this test (not a real statement). */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministers discuss the river commission | Ministry of Examples</title>
<meta property="og:site_name" content="Ministry of Examples"><meta property="article:published_time" content="2024-05-20T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>Ministers discuss the river commission</h1>
<p>The ministers spoke by telephone about the river commission and agreed that its experts would meet in June.</p>
<p>They also discussed the exchange of hydrological data and asked their deputies to prepare a joint plan.</p>
</article></main><footer>Ministry of Examples press office</footer></body></html>`;

let server: http.Server;
let origin = "";

test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/go") response.writeHead(302, { location: "/press/river-commission" }).end();
    else if (request.url === "/press/river-commission") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await e2eQuery(`DELETE FROM "Statement" WHERE "slug" = ?`, [SLUG]);
});

test("an editor imports a statement from a URL, checks the pre-filled form and saves it with its snapshot", async ({ page }) => {
  const eventId = (await e2eRow<{ id: number }>(`SELECT "id" FROM "Event" ORDER BY "id" LIMIT 1`))!.id;

  await openAsEditor(page, `/editor/events/${eventId}/import-source`);
  await page.getByLabel(/Address of the readout/).fill(`${origin}/go`);
  await page.getByRole("button", { name: "Fetch and pre-fill" }).click();

  const form = page.getByTestId("prefilled-statement");
  await expect(form).toBeVisible();
  await expect(form.locator("#field-title")).toHaveValue("Ministers discuss the river commission");
  await expect(form.locator("#field-sourceName")).toHaveValue("Ministry of Examples");
  await expect(form.locator("#field-sourceUrl")).toHaveValue(`${origin}/press/river-commission`);
  await expect(form.locator("#field-publishedOn")).toHaveValue("2024-05-20");
  await expect(form.locator("#field-language")).toHaveValue("en");
  await expect(form.locator("#field-body")).toHaveValue(
    "The ministers spoke by telephone about the river commission and agreed that its experts would meet in June.\n\n" +
      "They also discussed the exchange of hydrological data and asked their deputies to prepare a joint plan.",
  );
  await expect(form.locator("#field-provenanceNote")).toHaveValue(new RegExp(`^Imported from ${origin}/press/river-commission on .+ UTC; snapshot SHA-256 [0-9a-f]{16}…$`));
  await expect(form.locator("#field-watch")).toBeChecked();
  expect(await wcagViolations(page)).toEqual([]);

  await form.locator("#field-slug").fill(SLUG);
  // Party and kind have no default (issue 14): the editor chooses them.
  await form.locator("#field-partyId").selectOption({ index: 1 });
  await form.locator("#field-kind").selectOption("official_readout");
  await form.getByRole("button", { name: "Add statement" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?created=1$/);
  const panel = page.getByTestId("source-panel");
  await expect(panel).toContainText("Watched for edits");
  await expect(panel).toContainText(`fetched from ${origin}/press/river-commission, text/html`);
  await expect(panel.getByText(/^SHA-256 [0-9a-f]{64}$/)).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  // The snapshot downloads byte for byte, with its SHA-256.
  const download = await page.request.get((await panel.getByRole("link", { name: / UTC$/ }).first().getAttribute("href"))!);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="snapshot-\d+-[0-9a-f]{12}\.html"$/);
  expect(await download.text()).toBe(PAGE);
});

test("a refused address shows the fetcher's message and no form", async ({ page }) => {
  const eventId = (await e2eRow<{ id: number }>(`SELECT "id" FROM "Event" ORDER BY "id" LIMIT 1`))!.id;
  await openAsEditor(page, `/editor/events/${eventId}/import-source`);
  await page.getByLabel(/Address of the readout/).fill("http://169.254.169.254/latest/meta-data/");
  await page.getByRole("button", { name: "Fetch and pre-fill" }).click();
  await expect(page.getByTestId("form-message").first()).toContainText(
    "Refused to fetch http://169.254.169.254/latest/meta-data/: it is a cloud metadata address. Only public internet addresses are fetched.",
  );
  await expect(page.getByTestId("prefilled-statement")).toHaveCount(0);
});

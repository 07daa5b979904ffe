import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "./e2e-database";
import { E2E_EDITOR as EDITOR, logIn, openAsEditor } from "./editor-login";

// The tests build on each other (import → annotate → edit), in file order.
test.describe.configure({ mode: "serial" });

const SAMPLE = path.join(__dirname, "..", "docs", "samples", "sample-bundle.json");
const EVENT_SLUG = "sample-ruritania-freedonia-call";
const CLAIM = "the river treaty of 1921 remains in force";
const NOTE = "The 1921 river treaty was suspended in 1990 (fictional sample).";

// The e2e database is shared with the other browser tests, which count the seeded events: leave it as found.
const CREATED_EVENTS = [EVENT_SLUG, "e2e-call-by-hand"];
const CREATED_PARTIES = ["sample-ruritania-mfa", "sample-freedonia-mfa"];

test.afterAll(async () => {
  // A fallback for a failed run; the last test deletes the same things through the UI.
  await e2eQuery(`DELETE FROM "Event" WHERE "slug" IN (${CREATED_EVENTS.map(() => "?").join(",")})`, CREATED_EVENTS);
  await e2eQuery(`DELETE FROM "Party" WHERE "slug" IN (${CREATED_PARTIES.map(() => "?").join(",")})`, CREATED_PARTIES);
});

/** Selects `words` inside the statement text, as a mouse drag would. */
async function select(page: Page, words: string) {
  await expect(page.locator("[data-ready]").filter({ has: page.locator("[data-annotated-text]") })).toHaveCount(1);
  await page.locator("[data-annotated-text]").evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`"${target}" not found in the statement`);
  }, words);
}

test("readers cannot reach the editor, and see no annotation form", async ({ page }) => {
  await page.goto("/editor/import");
  await expect(page).toHaveURL(/\/login\?next=%2Feditor%2Fimport/);
  await expect(page.getByRole("heading", { name: "Editor login" })).toBeVisible();

  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("form-message")).toContainText("do not match an editor account");
  await expect(page).toHaveURL(/\/login/);
});

test("an editor imports the sample bundle, annotates a claim, changes its verdict, fixes a typo and sees the revision diff", async ({ page }) => {
  await logIn(page, "/editor/import");

  // Import the sample bundle from a file.
  await page.getByLabel("Bundle file (.json, at most 5 MB)").setInputFiles(SAMPLE);
  await page.getByRole("button", { name: "Import bundle" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Imported 1 event(s) with 2 statement(s)");

  // Importing it again is refused, with the reason.
  await page.getByLabel("Bundle file (.json, at most 5 MB)").setInputFiles(SAMPLE);
  await page.getByRole("button", { name: "Import bundle" }).click();
  await expect(page.getByTestId("problems")).toContainText(`an event with the slug “${EVENT_SLUG}” already exists`);

  // Open the statement from the editor's event page.
  await page.goto("/editor");
  await page.getByRole("link", { name: "Sample: the Ruritania–Freedonia foreign ministers’ call" }).click();
  await page.getByRole("link", { name: "Foreign Minister spoke with her Freedonian counterpart" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+$/);
  const statementUrl = page.url();

  // Annotate a span.
  await select(page, CLAIM);
  await expect(page.getByTestId("selected-quote")).toHaveText(CLAIM);
  const form = page.getByRole("form", { name: "New annotation" });
  await form.getByLabel("Verdict").selectOption("needs_context");
  await form.getByLabel("Note").fill(NOTE);
  await form.getByLabel("Source links").fill("https://example.org/treaty\nhttps://example.org/suspension");
  await form.getByRole("button", { name: "Save annotation" }).click();

  const annotation = page.getByTestId("annotation");
  await expect(annotation).toHaveCount(1);
  await expect(annotation).toContainText("Needs context");
  await expect(annotation).toContainText(NOTE);
  await expect(annotation.getByRole("link", { name: "https://example.org/suspension" })).toBeVisible();
  await expect(page.locator("[data-annotated-text] mark")).toHaveText(CLAIM);

  // Change the verdict afterwards: the annotation keeps its words and says who edited it.
  await annotation.getByText("Edit annotation").click();
  const edit = annotation.getByRole("form", { name: /^Edit annotation/ });
  await expect(edit.getByLabel("Note")).toHaveValue(NOTE);
  await edit.getByLabel("Verdict").selectOption("misleading");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(annotation.locator("[data-verdict]")).toHaveAttribute("data-verdict", "misleading");
  await expect(annotation.getByTestId("annotation-edited")).toContainText("edited by E2E Editor");
  await expect(page.locator("[data-annotated-text] mark")).toHaveText(CLAIM);

  // Fix a typo: the annotation moves with its words, the old text is kept as a revision.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const body = page.getByLabel("Text", { exact: true });
  const text = await body.inputValue();
  await body.fill(text.replace("held a telephone", "held a long telephone"));
  await page.getByLabel("Reason for the change").fill("Added “long”");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?saved=text$/);
  await expect(page.getByText("Version 2")).toBeVisible();
  await expect(page.locator("[data-annotated-text] mark")).toHaveText(CLAIM);

  await page.getByRole("link", { name: "Revision history" }).click();
  await expect(page.getByTestId("versions")).toContainText("Version 1");
  await expect(page.getByTestId("versions")).toContainText("“Added “long””");
  // Each version shows its own date and author: the current one the edit that made it, the oldest its addition.
  const versionMade = (version: number) => page.locator(`[data-testid="version"][data-version="${version}"]`).getByTestId("version-made");
  await expect(versionMade(2)).toHaveText(/^· saved \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2} UTC by E2E Editor: “Added “long””$/);
  await expect(versionMade(1)).toHaveText(/^· added \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2} UTC by E2E Editor$/);
  const diff = page.getByTestId("revision-diff");
  await expect(diff.locator("ins").first()).toContainText("long");
  await expect(diff).toContainText("Version 1 → version 2");
  await page.screenshot({ path: "test-results/screenshots/revision-history.png", fullPage: true });

  await page.goto(statementUrl);
  await page.screenshot({ path: "test-results/screenshots/statement-annotations.png", fullPage: true });
});

// The event page (app/events/[slug]) shows annotations through listAnnotationsForEvent + components/annotations.
test("the annotation appears on the event page (aligned view)", async ({ page }) => {
  await page.goto(`/events/${EVENT_SLUG}`);
  await expect(page.locator("main")).toContainText(NOTE);
});

test("an edit from a stale version shows the conflict page and overwrites nothing", async ({ browser }) => {
  const alice = await browser.newPage();
  const bob = await browser.newPage();
  await openAsEditor(alice);
  await openAsEditor(bob);
  await alice.goto("/editor");
  await alice.getByRole("link", { name: "Sample: the Ruritania–Freedonia foreign ministers’ call" }).click();
  const editLink = alice.getByRole("link", { name: "Edit", exact: true }).nth(1);
  const href = (await editLink.getAttribute("href"))!;
  await alice.goto(href);
  await bob.goto(href);

  const bobBody = bob.getByLabel("Text", { exact: true });
  await bobBody.fill(`${await bobBody.inputValue()}\nBob’s added paragraph.`);
  await bob.getByLabel("Reason for the change").fill("Bob’s addition");
  await bob.getByRole("button", { name: "Save changes" }).click();
  await expect(bob).toHaveURL(/saved=text/);

  const aliceBody = alice.getByLabel("Text", { exact: true });
  await aliceBody.fill(`${await aliceBody.inputValue()}\nAlice’s added paragraph.`);
  await alice.getByLabel("Reason for the change").fill("Alice’s addition");
  await alice.getByRole("button", { name: "Save changes" }).click();
  const conflict = alice.getByTestId("conflict");
  await expect(conflict).toContainText("Nothing was overwritten");
  await expect(conflict).toContainText("Bob’s added paragraph.");
  await expect(alice.getByTestId("conflict-diff").locator("ins")).toContainText("Alice");
  await expect(alice.getByTestId("conflict-diff").locator("del")).toContainText("Bob");
  await expect(alice.getByLabel("Text", { exact: true })).toHaveValue(/Alice’s added paragraph\./);

  await bob.goto(href.replace("/editor/statements/", "/statements/").replace("/edit", ""));
  await expect(bob.getByTestId("statement-text")).toContainText("Bob’s added paragraph.");
  await expect(bob.getByTestId("statement-text")).not.toContainText("Alice’s");
});

test("an editor creates an event and adds statements by pasting and by uploading HTML", async ({ page }, testInfo) => {
  await openAsEditor(page, "/editor/events/new");
  const eventForm = page.getByRole("form", { name: "New event" });
  await eventForm.getByLabel("Title").fill("E2E: a call added by hand");
  await eventForm.getByLabel("Slug").fill("e2e-call-by-hand");
  await eventForm.getByLabel("Date of the event").fill("2026-11-25");
  await eventForm.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Event created" })).toBeVisible();

  // Pasted text, with a field error first: the typed values survive the error.
  let form = page.getByRole("form", { name: "Add a statement" });
  await form.getByLabel("Party").selectOption({ label: "Foreign Ministry of Freedonia (fictional)" });
  await form.getByLabel("Kind").selectOption("official_readout");
  await form.getByLabel("Title").fill("Pasted readout");
  await form.getByLabel("Slug").fill("Not A Slug");
  await form.getByLabel("Source (required)").fill("Press office");
  await form.getByLabel("Text", { exact: true }).fill("The ministers spoke by phone. 🇦🇲 <script>alert(1)</script>");
  await form.getByRole("button", { name: "Add statement" }).click();
  await expect(page.getByTestId("form-message").first()).toContainText("lower-case letters");
  form = page.getByRole("form", { name: "Add a statement" });
  await expect(form.getByLabel("Text", { exact: true })).toHaveValue(/The ministers spoke by phone/);
  await form.getByLabel("Slug").fill("pasted");
  await form.getByRole("button", { name: "Add statement" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?created=1$/);
  await expect(page.getByTestId("statement-text")).toContainText("<script>alert(1)</script>");

  // Uploaded HTML: scripts, styles and handlers dropped, paragraphs kept.
  await page.goto("/editor");
  await page.getByRole("link", { name: "E2E: a call added by hand" }).click();
  await expect(page.getByRole("heading", { name: "Statements (1)" })).toBeVisible();
  const file = testInfo.outputPath("readout.html");
  const fs = await import("node:fs");
  fs.writeFileSync(
    file,
    `<html><head><style>p{color:red}</style><script>steal()</script></head><body><h1 onclick="evil()">Readout</h1><p onmouseover="evil()">First paragraph.</p><p>Second <b>paragraph</b>.</p></body></html>`,
  );
  form = page.getByRole("form", { name: "Add a statement" });
  await form.getByLabel("Party").selectOption({ label: "Ministry of Foreign Affairs of Ruritania (fictional)" });
  await form.getByLabel("Kind").selectOption("official_readout");
  await form.getByLabel("Title").fill("Uploaded readout");
  await form.getByLabel("Slug").fill("uploaded");
  await form.getByLabel("Source (required)").fill("MFA website");
  await form.getByLabel(/upload the text/).setInputFiles(file);
  await form.getByRole("button", { name: "Add statement" }).click();
  await expect(page).toHaveURL(/\/statements\/\d+\?created=1$/);
  const text = page.getByTestId("statement-text");
  await expect(text).toContainText("Readout");
  await expect(text).toContainText("First paragraph.");
  await expect(text).toContainText("Second paragraph.");
  await expect(text).not.toContainText("steal");
  await expect(text).not.toContainText("evil");
  await expect(text).not.toContainText("color");
});

test("an editor deletes the events and parties the tests created, each after ticking a confirmation", async ({ page }) => {
  await openAsEditor(page);
  for (const title of ["E2E: a call added by hand", "Sample: the Ruritania–Freedonia foreign ministers’ call"]) {
    await page.goto("/editor");
    await page.getByRole("link", { name: title }).click();
    const form = page.getByRole("form", { name: "Delete this event" });
    await form.getByRole("button", { name: "Delete this event" }).click();
    await expect(form.getByTestId("form-message")).toContainText("Tick the box to confirm");
    await form.getByLabel("Yes, delete this event for good").check();
    await form.getByRole("button", { name: "Delete this event" }).click();
    await expect(page).toHaveURL(/\/editor\?deleted=event$/);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  }
  for (const name of ["Ministry of Foreign Affairs of Ruritania (fictional)", "Foreign Ministry of Freedonia (fictional)"]) {
    await page.goto("/editor/parties");
    await page.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name: "Edit" }).click();
    const form = page.getByRole("form", { name: "Delete this party" });
    await form.getByLabel("Yes, delete this party for good").check();
    await form.getByRole("button", { name: "Delete this party" }).click();
    await expect(page).toHaveURL(/\/editor\/parties\?deleted=1$/);
  }
  await page.goto("/");
  await expect(page.getByTestId("event-card")).toHaveCount(2);
});

import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** The editor the webServer (playwright.config.ts) creates in the throwaway e2e database from the environment. */
export const E2E_EDITOR = { email: "e2e-editor@example.org", password: "e2e-password-not-a-secret" };

/**
 * The e2e editor's saved session (Playwright storageState: the session cookie), written by e2e/editor-session.setup.ts
 * once per run, one file per database so a SQLite run and a PostgreSQL run never read each other's cookie.
 */
export const EDITOR_SESSION_FILE = path.join(
  __dirname, "..", "test-results", ".auth",
  /^postgres(ql)?:\/\//.test(process.env.E2E_DATABASE_URL ?? "") ? "editor-postgresql.json" : "editor.json",
);

/**
 * Opens `next`, which sends an anonymous reader to the login page, logs in as `editor` (the e2e editor unless
 * given), and lands back on `next`. For the tests of logging in itself; other tests use openAsEditor.
 */
export async function logIn(page: Page, next = "/editor", editor: { email: string; password: string } = E2E_EDITOR) {
  await page.goto(next);
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(next);
}

/** Logs in as the e2e editor for real (logIn) and saves the session to EDITOR_SESSION_FILE. */
export async function logInAndSaveSession(page: Page, next = "/editor") {
  await logIn(page, next);
  fs.mkdirSync(path.dirname(EDITOR_SESSION_FILE), { recursive: true });
  await page.context().storageState({ path: EDITOR_SESSION_FILE });
}

/**
 * Opens `next` as the e2e editor with the saved session cookie (no password check: each real login costs a bcrypt
 * check and two page loads), and expects to land on `next`. When there is no saved session, or a spec ended it
 * (logout and a password reset end every session of the editor, e2e/safety.spec.ts), it logs in for real once and
 * saves the new session for the tests after it.
 */
export async function openAsEditor(page: Page, next = "/editor") {
  if (fs.existsSync(EDITOR_SESSION_FILE)) {
    const saved = JSON.parse(fs.readFileSync(EDITOR_SESSION_FILE, "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
    await page.context().addCookies(saved.cookies);
    await page.goto(next);
    if (!new URL(page.url()).pathname.startsWith("/login")) {
      await expect(page).toHaveURL(next);
      return;
    }
    await page.context().clearCookies();
  }
  await logInAndSaveSession(page, next);
}

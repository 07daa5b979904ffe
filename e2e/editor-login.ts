import { expect, type Page } from "@playwright/test";

/** The editor the webServer (playwright.config.ts) creates in the throwaway e2e database from the environment. */
export const E2E_EDITOR = { email: "e2e-editor@example.org", password: "e2e-password-not-a-secret" };

/**
 * Opens `next`, which sends an anonymous reader to the login page, logs in as `editor` (the e2e editor unless
 * given), and lands back on `next`.
 */
export async function logIn(page: Page, next = "/editor", editor: { email: string; password: string } = E2E_EDITOR) {
  await page.goto(next);
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(next);
}

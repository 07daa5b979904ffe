import { test as setup } from "@playwright/test";
import { logInAndSaveSession } from "./editor-login";

/**
 * Runs before the browser tests (playwright.config.ts, project "editor-session"): one real login as the e2e editor,
 * whose session cookie the tests that are not about logging in reuse (openAsEditor in e2e/editor-login.ts).
 */
setup("log in once as the e2e editor and save the session", async ({ page }) => {
  await logInAndSaveSession(page);
});

import { defineConfig } from "@playwright/test";

// The browser tests get their own database and port, so they never touch the dev data or a running dev server.
// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_DATABASE_URL=postgresql://… runs the same tests against PostgreSQL (npm run test:e2e:postgresql; the database
// must exist, its schema is reset before the run), reusing the built app.
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:prisma/e2e.db";
const POSTGRESQL = /^postgres(ql)?:\/\//.test(DATABASE_URL);
// Name the database and server in the log once (the config is loaded again in each worker).
if (!process.env.TEST_WORKER_INDEX) console.log(`[e2e] database ${DATABASE_URL.replace(/:[^:@/]*@/, ":***@")} (reset before the run), server http://127.0.0.1:${PORT}`);

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/playwright${POSTGRESQL ? "-postgresql" : ""}`,
  fullyParallel: false,
  workers: 1,
  // One retry on CI only; .ci/summary.js reports a test that passed on retry as flaky, so it stays visible.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: `test-results/playwright${POSTGRESQL ? "-postgresql" : ""}-results.json` }]],
  // One real login before the specs saves the e2e editor's session; the specs that are not about logging in reuse it
  // (openAsEditor, e2e/editor-login.ts). Setup dependencies run on every run, also when only some spec files are given.
  projects: [
    { name: "editor-session", testMatch: /editor-session\.setup\.ts$/ },
    { name: "chromium", dependencies: ["editor-session"] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs scripts/prepare.ts reset && node node_modules/tsx/dist/cli.mjs scripts/prepare.ts all && node --require tsx/cjs scripts/serve.ts -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // A throwaway editor for the throwaway e2e database (see e2e/editorial.spec.ts); not a secret.
    env: {
      DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      READOUT_EDITOR_EMAIL: "e2e-editor@example.org",
      READOUT_EDITOR_NAME: "E2E Editor",
      READOUT_EDITOR_PASSWORD: "e2e-password-not-a-secret",
      // e2e/source-import.spec.ts serves its readout page from 127.0.0.1; other private addresses stay refused.
      READOUT_FETCH_ALLOW_HOSTS: "127.0.0.1",
    },
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});

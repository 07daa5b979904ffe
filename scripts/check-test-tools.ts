/**
 * Run before the browser and PDF tests (`npm run test:e2e`, and so `npm test`): checks that the tools they drive
 * are installed — Chromium (Playwright uses the system one, never a download; CHROMIUM_PATH overrides
 * /usr/bin/chromium) and poppler-utils' pdftotext (the PDF export tests read the PDFs with it) — and says how to
 * install what is missing, instead of letting every browser test fail on its own. Exit code 1 when something is missing.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const missing: string[] = [];
if (!fs.existsSync(chromium)) missing.push(`Chromium (looked for ${chromium}; set CHROMIUM_PATH to use another): apt-get install -y chromium`);
try {
  execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
} catch {
  missing.push("pdftotext from poppler-utils (reads the PDF exports in the tests): apt-get install -y poppler-utils");
}
if (missing.length > 0) {
  console.error(`The browser tests need tools that are not installed:\n${missing.map((m) => `  - ${m}`).join("\n")}`);
  process.exit(1);
}
console.log(`[test] browser: ${chromium}; PDF reader: pdftotext`);

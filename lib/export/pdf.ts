import fs from "node:fs";

export const PAPER_FORMATS = ["A4", "Letter"] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system Chromium, if one is installed (CHROMIUM_PATH overrides). Readout never downloads a browser. */
export function findChromium(): string | null {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  return candidates.find((path) => fs.existsSync(path)) ?? null;
}

export class ChromiumMissingError extends Error {
  constructor() {
    super("PDF export needs Chromium, which is not installed on this server (apt-get install -y chromium).");
  }
}

/** Renders self-contained HTML to PDF in headless Chromium, with no network access for the page. */
export async function htmlToPdf(html: string, format: PaperFormat): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumMissingError();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort()); // the export is self-contained: nothing to fetch
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format, printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } });
  } finally {
    await browser.close();
  }
}

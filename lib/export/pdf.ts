import fs from "node:fs";
import type { Browser } from "playwright-core";

export const PAPER_FORMATS = ["A4", "Letter"] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** PDFs rendered at once by the one shared Chromium; more wait in line (a 2-core machine: one per core). */
export const PDF_CONCURRENCY = 2;
/** Requests allowed to wait for a free slot; more are refused at once rather than piling up. */
export const PDF_QUEUE_LIMIT = 8;
/** The longest one PDF may take, waiting in line included (ms). */
export const PDF_TIME_LIMIT_MS = 30_000;
/** The largest export HTML turned into a PDF (UTF-16 code units); about 300 A4 pages of the export's table. */
export const PDF_MAX_HTML_CHARS = 1_500_000;

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

/** A PDF the server will not make now (too large, too busy, too slow): the HTML export is offered instead. */
export class PdfRefusedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
  }
}

// One Chromium for the whole process, launched on first use and again if it dies.
let browser: Promise<Browser> | null = null;

async function sharedBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumMissingError();
  if (!browser) {
    const { chromium } = await import("playwright-core");
    const launching = chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    browser = launching;
    launching.then((b) => b.on("disconnected", () => browser === launching && (browser = null))).catch(() => (browser = null));
  }
  return browser;
}

/**
 * Closes the shared Chromium if one was launched (the next PDF launches a new one). A server keeps it for its
 * lifetime; a script or test calls this when done, or the open browser keeps its Node process alive.
 */
export async function closePdfBrowser(): Promise<void> {
  const open = browser;
  browser = null;
  if (open) await open.then((b) => b.close()).catch(() => undefined);
}

/** `work`, or a TimeoutError at `deadline` (epoch ms); page.pdf() takes no timeout of its own. */
function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("PDF time limit"), { name: "TimeoutError" })), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

let running = 0;
const waiting: (() => void)[] = [];

async function slot(deadline: number): Promise<() => void> {
  if (running >= PDF_CONCURRENCY) {
    if (waiting.length >= PDF_QUEUE_LIMIT) throw new PdfRefusedError("Too many PDFs are being made right now.", 30);
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(new PdfRefusedError("The PDF queue was too long to wait for.", 30));
      }, deadline - Date.now());
      waiting.push(turn);
    });
  } else running++;
  return () => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next in line
    else running--;
  };
}

/**
 * The footer Chromium prints on every page: the title and "page N of M" (its pageNumber / totalPages fields), 9 pt.
 * The template is HTML with no stylesheet of the page, so the title is escaped here.
 */
export function pageFooter(title: string): string {
  const text = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<div style="font:9pt system-ui,sans-serif;color:#475569;width:100%;margin:0 10mm;display:flex;justify-content:space-between"><span>${text}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/**
 * Renders self-contained HTML to PDF in the shared headless Chromium (a fresh context per PDF, JavaScript and
 * network off), at most PDF_CONCURRENCY at once, with "page N of M" and `options.title` in each page's footer. Throws ChromiumMissingError without Chromium, PdfRefusedError when
 * the HTML is over PDF_MAX_HTML_CHARS, the line is full, or the PDF takes over PDF_TIME_LIMIT_MS.
 */
export async function htmlToPdf(html: string, format: PaperFormat, options: { title?: string } = {}): Promise<Buffer> {
  if (html.length > PDF_MAX_HTML_CHARS) {
    throw new PdfRefusedError(`This comparison is too long for a PDF (over ${PDF_MAX_HTML_CHARS.toLocaleString("en")} characters of HTML).`, null);
  }
  const deadline = Date.now() + PDF_TIME_LIMIT_MS;
  const release = await slot(deadline);
  try {
    const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false });
    try {
      context.setDefaultTimeout(Math.max(1, deadline - Date.now()));
      const page = await context.newPage();
      await page.route("**/*", (route) => route.abort()); // the export is self-contained: nothing to fetch
      await page.setContent(html, { waitUntil: "load" });
      const pdf = page.pdf({
        format,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: pageFooter(options.title ?? ""),
        margin: { top: "10mm", bottom: "14mm", left: "10mm", right: "10mm" },
      });
      return await beforeDeadline(pdf, deadline);
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") throw new PdfRefusedError(`The PDF took longer than ${PDF_TIME_LIMIT_MS / 1000} s.`, 60);
      throw error;
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
}

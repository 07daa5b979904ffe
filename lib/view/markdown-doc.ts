import fs from "node:fs";
import path from "node:path";
import { HtmlRenderer, Parser } from "commonmark";

/**
 * One of the repository's Markdown docs (docs/<name>.md) as HTML, for a page of the app. CommonMark with `safe`
 * rendering: raw HTML and javascript: links in the doc are dropped, so the page shows only what Markdown describes.
 * Read at request time from the project root (the working directory of `next start`). Throws when the file is missing.
 */
export function renderDoc(name: "import-format"): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "docs", `${name}.md`);
  const markdown = fs.readFileSync(file, "utf8");
  return new HtmlRenderer({ safe: true }).render(new Parser().parse(markdown));
}

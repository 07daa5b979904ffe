/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import { renderDoc } from "@/lib/view/markdown-doc";

test("the bundle format doc renders as HTML: its first heading, its tables or lists, and no raw HTML passes", () => {
  const markdown = fs.readFileSync(path.join(process.cwd(), "docs", "import-format.md"), "utf8");
  const html = renderDoc("import-format");
  const firstHeading = /^# (.+)$/m.exec(markdown)![1];
  expect(html).toMatch(/^<h1>/);
  expect(html).toContain(firstHeading.replaceAll("&", "&amp;").replace(/`([^`]+)`/g, "<code>$1</code>"));
  expect(html).not.toMatch(/<script|javascript:/i);
});

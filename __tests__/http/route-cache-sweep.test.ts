/**
 * @jest-environment node
 */
// Old write generations' event pages in Next's on-disk route cache (the layout Next 16.4 writes, seen in
// .next/server/route-cache after a run) are removed; the current generation's, the build's own files and anything not
// named by a generation stay.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROUTE_CACHE_EXPIRE_MS, keepWhileRunning, sweepReadingPageEntries } from "@/lib/http/route-cache-sweep";

function touch(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "x");
}

function layout(distDir: string) {
  const view = path.join(distDir, "server", "route-cache", "APP_PAGE", "ae97b1fc", "$", "events", "a-call", "view");
  for (const generation of ["mx492fx6_0", "mx492fx6_1", "mx5aaaaa_0"]) {
    for (const suffix of [".html", ".rsc", ".meta"]) touch(path.join(view, `${generation}~-${suffix}`));
    touch(path.join(view, `${generation}~dmlldz1jb3ZlcmFnZQ.html`));
    touch(path.join(view, `${generation}~-.segments`, "_tree.segment.rsc"));
  }
  touch(path.join(view, "not-a-generation~-.html"));
  touch(path.join(distDir, "server", "app", "events", "[slug]", "view", "[state]", "page.js"));
  touch(path.join(distDir, "server", "app", "events", "old-layout", "view", "mx492fx6_0~-.html"));
  return view;
}

describe("sweepReadingPageEntries", () => {
  let distDir: string;
  beforeEach(() => (distDir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-sweep-"))));
  afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }));

  test("while running: this process's other generations are removed; another seed's recent pages stay", async () => {
    const view = layout(distDir);
    // This process is seed mx492fx6 at count 1; mx5aaaaa is another server on the same build folder, written just now.
    expect(await sweepReadingPageEntries(distDir, keepWhileRunning("mx492fx6_1", Date.now()))).toBe(6);
    expect(fs.readdirSync(view).filter((name) => name.startsWith("mx492fx6_0"))).toEqual([]);
    expect(fs.readdirSync(view).filter((name) => name.startsWith("mx492fx6_1"))).toHaveLength(5);
    expect(fs.readdirSync(view).filter((name) => name.startsWith("mx5aaaaa_0"))).toHaveLength(5);
    // An hour later (Next's expireTime) the other seed's pages are no longer anyone's to serve.
    expect(await sweepReadingPageEntries(distDir, keepWhileRunning("mx492fx6_1", Date.now() + ROUTE_CACHE_EXPIRE_MS + 1000))).toBe(5);
    expect(fs.readdirSync(view).filter((name) => name.startsWith("mx5aaaaa_0"))).toEqual([]);
  });

  test("with a current generation given, every other generation is removed", async () => {
    const view = layout(distDir);
    expect(await sweepReadingPageEntries(distDir, (generation) => generation === "mx5aaaaa_0")).toBe(11);
    expect(fs.readdirSync(view).sort()).toEqual(["mx5aaaaa_0~-.html", "mx5aaaaa_0~-.meta", "mx5aaaaa_0~-.rsc", "mx5aaaaa_0~-.segments", "mx5aaaaa_0~dmlldz1jb3ZlcmFnZQ.html", "not-a-generation~-.html"]);
    expect(fs.existsSync(path.join(distDir, "server", "app", "events", "[slug]", "view", "[state]", "page.js"))).toBe(true);
    expect(fs.readdirSync(path.join(distDir, "server", "app", "events", "old-layout", "view"))).toEqual([]);
  });

  test("at start-up: every generation is removed; a second sweep finds nothing; no cache folder is no error", async () => {
    const view = layout(distDir);
    expect(await sweepReadingPageEntries(distDir, () => false)).toBe(16);
    expect(fs.readdirSync(view)).toEqual(["not-a-generation~-.html"]);
    expect(await sweepReadingPageEntries(distDir, () => false)).toBe(0);
    expect(await sweepReadingPageEntries(path.join(distDir, "missing"), () => false)).toBe(0);
  });
});

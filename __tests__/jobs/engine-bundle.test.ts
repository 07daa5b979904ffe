/** @jest-environment node */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { diffVersions } from "@/lib/compare/versions";
import { cachedEngineBundle, engineBundleSource, loadEngine } from "@/lib/jobs/engine-bundle";

jest.setTimeout(120_000);

// Test texts written for this test: three accounts of Blinken's late-November 2023 calls, one a lightly edited copy
// of another (a version), with a quotation and a claim one account leaves out.
const statements: StatementInput[] = [
  {
    id: "state",
    label: "State Department",
    language: "en",
    party: "us",
    text: 'Secretary Blinken spoke by phone with Prime Minister Pashinyan on November 27. He welcomed the steps both sides had taken toward a durable peace. "We will keep supporting direct talks," the Secretary said. He raised the fate of the detainees.',
  },
  {
    id: "yerevan",
    label: "Government of Armenia",
    language: "en",
    party: "am",
    text: "Prime Minister Pashinyan received a phone call from Secretary of State Blinken. The two discussed the peace agenda and the opening of regional routes. Pashinyan thanked the United States for its support.",
  },
  {
    id: "copy",
    label: "Wire copy",
    language: "en",
    party: "wire",
    text: 'Secretary Blinken spoke by telephone with Prime Minister Pashinyan on November 28. He welcomed the steps both sides had taken toward a lasting peace. "We will keep supporting direct talks," the Secretary said. He raised the fate of the detainees.',
  },
];

describe("the bundled engine the comparison workers run (lib/jobs/engine-bundle.ts)", () => {
  test("compare() and diffVersions() give exactly what the source gives", () => {
    const engine = loadEngine();
    const bundled = engine.compare(statements);
    expect(bundled.versions.length).toBeGreaterThan(0);
    expect(JSON.stringify(bundled)).toBe(JSON.stringify(compare(statements)));
    const [original, edited] = [statements[0].text, statements[2].text];
    const diff = engine.diffVersions(original, edited);
    expect(diff.edits.some((edit) => edit.class === "fact")).toBe(true);
    expect(JSON.stringify(diff)).toBe(JSON.stringify(diffVersions(original, edited)));
  });

  test("is built once per process: the second call returns the same engine", () => {
    expect(loadEngine()).toBe(loadEngine());
  });

  test("carries no name-keeping wrappers (the reason it exists: tsx's per-file compile wraps every named function)", () => {
    const source = engineBundleSource();
    expect(source).toContain("function classifyEdit(");
    expect(source).not.toMatch(/\b__name\(/u);
  });

  test("a source that does not build throws esbuild's error, naming the file", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "engine-bundle-"));
    try {
      mkdirSync(path.join(root, "lib", "compare", "versions"), { recursive: true });
      writeFileSync(path.join(root, "lib", "compare", "index.ts"), "export function compare( {\n");
      writeFileSync(path.join(root, "lib", "compare", "versions", "index.ts"), "export const diffVersions = () => null;\n");
      expect(() => engineBundleSource(root)).toThrow(/lib\/compare\/index\.ts/u);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  describe("the disk cache (each worker and benchmark case is a process of its own)", () => {
    let root: string;
    let cacheDir: string;
    const file = (relative: string) => path.join(root, "lib", "compare", relative);
    // A project of two files, written an hour ago (as checked-out sources are): the builder bundles whatever the root holds.
    const writeProject = (compareBody: string, when = new Date(Date.now() - 3_600_000)) => {
      writeFileSync(file("index.ts"), `export function compare() { return ${compareBody}; }\n`);
      writeFileSync(file("versions/index.ts"), "export const diffVersions = () => null;\n");
      for (const relative of ["index.ts", "versions/index.ts"]) utimesSync(file(relative), when, when);
    };
    beforeEach(() => {
      root = mkdtempSync(path.join(os.tmpdir(), "engine-cache-"));
      cacheDir = path.join(root, "cache");
      mkdirSync(path.join(root, "lib", "compare", "versions"), { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    test("the second load reads the cached bundle; an edited source is built again, and its new code is what loads", () => {
      writeProject('"first"');
      const first = cachedEngineBundle(root, cacheDir);
      expect(first).toMatchObject({ cached: false });
      expect(first.code).toContain('"first"');
      const second = cachedEngineBundle(root, cacheDir);
      expect(second).toEqual({ code: first.code, cached: true });
      // Same size, other content: the key is the content, not the size or the name.
      writeProject('"other"');
      const third = cachedEngineBundle(root, cacheDir);
      expect(third.cached).toBe(false);
      expect(third.code).toContain('"other"');
      expect(cachedEngineBundle(root, cacheDir)).toEqual({ code: third.code, cached: true });
      // One bundle kept: the older one is removed when the newer is written.
      expect(readdirSync(cacheDir).filter((name) => name.startsWith("engine-"))).toHaveLength(1);
    });

    test("a source written while the bundle was built is not cached (the bundle may hold its older content)", () => {
      writeProject('"fresh"', new Date());
      expect(cachedEngineBundle(root, cacheDir).cached).toBe(false);
      expect(cachedEngineBundle(root, cacheDir).cached).toBe(false);
    });

    test("a removed source, or a cache that cannot be written, builds again instead of failing", () => {
      writeProject('"kept"');
      expect(cachedEngineBundle(root, cacheDir).cached).toBe(false);
      writeFileSync(file("versions/index.ts"), "export const diffVersions = () => 1;\n");
      rmSync(file("versions/index.ts"));
      expect(() => cachedEngineBundle(root, cacheDir)).toThrow(/did not build/u);
      writeProject('"unwritable"');
      // A file where the cache's directory should be: nothing can be written under it.
      const blocked = path.join(root, "blocked");
      writeFileSync(blocked, "");
      expect(cachedEngineBundle(root, blocked)).toMatchObject({ cached: false });
      expect(cachedEngineBundle(root, blocked)).toMatchObject({ cached: false });
    });
  });
});

/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compare } from "@/lib/compare";
import type { StatementInput } from "@/lib/compare/types";
import { diffVersions } from "@/lib/compare/versions";
import { engineBundleSource, loadEngine } from "@/lib/jobs/engine-bundle";

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
});

/** @jest-environment node */
import { execFileSync } from "node:child_process";

/**
 * chrono-node (~14 MB with its locales) is loaded on the first date cue, not when the engine is imported
 * (lib/text/dates.ts). Run in a fresh Node process: Jest's own module registry would hide Node's require cache.
 */
function chronoLoadedAfter(texts: string[]): { loaded: boolean; dates: string[] } {
  const script = `
    const { compare } = require("./lib/compare");
    const comparison = compare(${JSON.stringify(texts)}.map((text, i) => ({ id: "s" + i, label: "S" + i, text })));
    const loaded = Object.keys(require.cache).some((file) => file.includes("/node_modules/chrono-node/"));
    const dates = comparison.entities.filter((entity) => entity.kind === "date").map((entity) => entity.key);
    process.stdout.write(JSON.stringify({ loaded, dates }));
  `;
  return JSON.parse(execFileSync(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: process.cwd(), encoding: "utf8" }));
}

describe("chrono-node is loaded lazily", () => {
  it("is not loaded by a comparison of texts without a date cue, numbers included", () => {
    expect(chronoLoadedAfter(["The ministers met twice and agreed on 12 points.", "The two ministers met and agreed on 12 points."])).toEqual({ loaded: false, dates: [] });
  });

  it("is loaded by the first text with a month name, and reads the date", () => {
    expect(chronoLoadedAfter(["The ministers met on 4 March 2024.", "The ministers met on March 4, 2024."])).toEqual({ loaded: true, dates: ["march 4 2024"] });
  });
});

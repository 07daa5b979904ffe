/** @jest-environment node */
import { compare } from "@/lib/compare";
import type { CompareOptions, ExchangeInput, StatementInput } from "@/lib/compare/types";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { ComparePool } from "@/lib/jobs/compare-pool";
import { ENGINE_RESOURCE_LIMITS } from "@/lib/jobs/engine-heap";
import { ComparisonCache, COMPARE_INLINE_MAX_CHARS, prepareComparison } from "@/lib/view/comparison-cache";

jest.setTimeout(180_000);

// Test texts written for this test: two accounts of one invented meeting, with a quotation and an omission.
const inputs: StatementInput[] = [
  {
    id: "north",
    label: "North",
    text: 'The ministers met in Geneva on Tuesday. They agreed to open two border crossings by May. "We will not retreat," the foreign minister said. Talks on prisoners will continue next week.',
    language: "en",
    party: "north",
  },
  {
    id: "south",
    label: "South",
    text: 'The ministers met in Geneva on Tuesday and agreed to open border crossings. The foreign minister said: "We will never retreat." Both sides thanked the mediators.',
    language: "en",
    party: "south",
  },
];

/** A pool that counts the comparisons it was given (a real pool with real workers). */
class CountingPool extends ComparePool {
  calls = 0;
  override compare(i: StatementInput[], o?: CompareOptions, x?: ExchangeInput[]) {
    this.calls++;
    return super.compare(i, o, x);
  }
}

describe("the comparison worker pool", () => {
  const pool = new CountingPool(1);
  afterAll(() => pool.close());

  test("warm() starts every worker and has each compare once, before any request (the server calls it at start)", async () => {
    const warmed = new CountingPool(2);
    try {
      expect(warmed.started).toBe(0);
      const ms = await warmed.warm();
      expect(warmed.started).toBe(2);
      expect(warmed.calls).toBe(2);
      expect(ms).toBeGreaterThan(0);
      expect(warmed.load).toEqual({ waiting: 0, busy: 0 });
      // The warmed workers answer the next job without starting another.
      expect(await warmed.compare(inputs, {})).toEqual(compare(inputs, {}));
      expect(warmed.started).toBe(2);
    } finally {
      await warmed.close();
    }
  });

  test("gives the same comparison as compare() inline, for several jobs queued at once", async () => {
    const inline = compare(inputs, { baseId: "south" });
    const [a, b] = await Promise.all([pool.compare(inputs, { baseId: "south" }), pool.compare(inputs, {})]);
    expect(a).toEqual(inline);
    expect(b).toEqual(compare(inputs, {}));
    expect(a.rows.length).toBeGreaterThan(2);
  });

  test("its workers run with the engine's young generation (engine-heap.ts), which lets V8's new space grow past its default 32 MB", async () => {
    await pool.compare(inputs, {});
    expect(pool.workerLimits).toHaveLength(1);
    expect(pool.workerLimits[0]?.maxYoungGenerationSizeMb).toBe(ENGINE_RESOURCE_LIMITS.maxYoungGenerationSizeMb);
    // What the limit does: under a comparison's kind of load (short-lived objects, some surviving a while), a worker
    // with it grows its new space beyond the default's two 16 MB semispaces; one without it stays within them.
    const newSpaceAfterLoad = (resourceLimits?: ResourceLimits) =>
      new Promise<number>((resolve, reject) => {
        const source = `
          const v8 = require("node:v8");
          let kept = [];
          for (let i = 0; i < 4e6; i++) { kept.push({ i, text: "x" + i }); if (kept.length > 2e5) kept = []; }
          require("node:worker_threads").parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size);`;
        const worker = new Worker(source, { eval: true, ...(resourceLimits ? { resourceLimits } : {}) });
        worker.once("message", (size: number) => void worker.terminate().then(() => resolve(size)));
        worker.once("error", reject);
      });
    const MB = 2 ** 20;
    expect(await newSpaceAfterLoad()).toBeLessThanOrEqual(32 * MB);
    expect(await newSpaceAfterLoad(ENGINE_RESOURCE_LIMITS)).toBeGreaterThan(32 * MB);
  });

  test("prepareComparison: a large event goes to the pool once (concurrent asks share it), then comes from the cache; a small one stays inline", async () => {
    const sentence = (i: number, who: string) => `On day ${i} the ${who} delegation discussed crossing number ${i % 97} and the release of ${i % 13} prisoners. `;
    const body = (who: string) => Array.from({ length: 1400 }, (_, i) => sentence(i, who)).join("");
    const statement = (slug: string, who: string) => ({
      id: slug.length,
      slug,
      version: 1,
      body: body(who),
      language: "en",
      speaker: null,
      sourceRole: "primary",
      party: { slug: who, name: who, shortName: who },
      exchanges: [],
    });
    const event = { statements: [statement("north", "northern"), statement("south-x", "southern")], exchanges: [] } as never;
    expect(body("northern").length * 2).toBeGreaterThan(COMPARE_INLINE_MAX_CHARS);
    const cache = new ComparisonCache();
    const callsBefore = pool.calls;
    const choice = { shown: ["north", "south-x"], base: "north", threshold: null };
    const [first, second] = await Promise.all([prepareComparison(event, choice, cache, pool), prepareComparison(event, choice, cache, pool)]);
    const callsAfter = pool.calls;
    expect(callsAfter - callsBefore).toBe(1);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(cache.usage.entries).toBe(1);
    expect(await prepareComparison(event, choice, cache, pool)).toBe(first); // from the cache, no new job
    expect(pool.calls).toBe(callsAfter);

    const small = { statements: [{ ...statement("north", "northern"), body: "A short account." }, { ...statement("south-x", "southern"), body: "Another short one." }], exchanges: [] } as never;
    expect(await prepareComparison(small, choice, cache, pool)).toBeNull();
    expect(pool.calls).toBe(callsAfter);
  });
});

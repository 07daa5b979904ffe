/** @jest-environment node */
import type { TempDatabase } from "../helpers/temp-db";
import { createSeededDatabase, SEED_EVENT } from "../helpers/seeded-database";
import type { Comparison } from "@/lib/compare/types";
import { approximateBytes } from "@/lib/view/approximate-size";
import { ComparisonCache } from "@/lib/view/comparison-cache";
import { parseEventViewState } from "@/lib/view/event-view-state";

jest.setTimeout(120_000);

let db: TempDatabase;
let route: typeof import("@/app/api/events/[slug]/comparison/route");
let cache: typeof import("@/lib/view/comparison-cache");

beforeAll(async () => {
  db = await createSeededDatabase();
  route = await import("@/app/api/events/[slug]/comparison/route");
  cache = await import("@/lib/view/comparison-cache");
});
afterAll(async () => {
  await (await import("@/lib/db")).prisma.$disconnect();
  await db?.cleanup();
});

const path = `/api/events/${SEED_EVENT}/comparison?statements=am-pmo-readout,news-report`;
const get = (threshold: string) =>
  route.GET(new Request(`http://127.0.0.1:3000${path}&threshold=${encodeURIComponent(threshold)}`), { params: Promise.resolve({ slug: SEED_EVENT }) });

describe("the API's threshold is the page's threshold", () => {
  test.each([
    ["0.5", 200, 0.5],
    ["0.50", 200, 0.5],
    ["0.5000001", 200, 0.5],
    ["0.504", 200, 0.5],
    [" 0.5 ", 200, 0.5],
    ["5e-1", 200, 0.5],
    ["0.123456", 200, 0.12],
    ["0.05", 200, 0.05],
    ["0.95", 200, 0.95],
    ["0.049", 400, "threshold must be a number from 0.05 to 0.95, such as 0.5"],
    ["0.951", 400, "threshold must be a number from 0.05 to 0.95, such as 0.5"],
    ["-0.5", 400, "threshold must be a number from 0.05 to 0.95, such as 0.5"],
    ["Infinity", 400, "threshold must be a number from 0.05 to 0.95, such as 0.5"],
    ["NaN", 400, "threshold must be a number from 0.05 to 0.95, such as 0.5"],
    ["abc", 400, "threshold must be a number from 0.05 to 0.95, such as 0.5"],
  ])("threshold=%j → %i (%j)", async (value, status, expected) => {
    const response = await get(value);
    expect(response.status).toBe(status);
    const body = await response.json();
    if (status === 200) {
      expect(body.query.threshold).toBe(expected);
      // The page reads the same value the same way.
      expect(parseEventViewState(["am-pmo-readout", "news-report"], { threshold: value }).threshold).toBe(expected);
    } else {
      expect(body).toEqual({ error: "Bad query parameters", details: [{ parameter: "threshold", message: expected }] });
    }
  });

  test("200 distinct raw values near 0.5 cost at most two comparisons (they round to 0.5 or 0.51)", async () => {
    const before = cache.comparisonCache.usage.entries;
    for (let i = 0; i < 200; i++) {
      const response = await get(String(0.5 + i / 20_000)); // 0.50000 … 0.50995
      expect(response.status).toBe(200);
    }
    expect(cache.comparisonCache.usage.entries - before).toBeLessThanOrEqual(2);
  });
});

describe("ComparisonCache is bounded by memory as well as entries", () => {
  const fake = (label: string, kb: number) => ({ rows: [{ label, text: "x".repeat(kb * 512) }] }) as unknown as Comparison;

  test("evicts the least recently used entries once the approximate bytes exceed the budget", () => {
    const oneKb = approximateBytes(fake("a", 1));
    expect(oneKb).toBeGreaterThan(1024);
    expect(oneKb).toBeLessThan(1024 + 300);
    const small = new ComparisonCache(64, 10 * 1024);
    for (const key of ["a", "b", "c", "d"]) small.set(key, fake(key, 3));
    // 4 × ~3 KB > 10 KB: the oldest ("a") went, though far fewer than 64 entries are held.
    expect(small.get("a")).toBeUndefined();
    expect(small.get("b")).toBeDefined(); // now the most recent
    small.set("e", fake("e", 3));
    expect(small.get("c")).toBeUndefined();
    expect(small.get("b")).toBeDefined();
    expect(small.usage.entries).toBe(3);
    expect(small.usage.bytes).toBeLessThanOrEqual(10 * 1024);
  });

  test("an entry larger than the whole budget is not kept; the entry limit still applies", () => {
    const small = new ComparisonCache(2, 10 * 1024);
    small.set("huge", fake("huge", 20));
    expect(small.usage).toEqual({ entries: 0, bytes: 0 });
    for (const key of ["a", "b", "c"]) small.set(key, fake(key, 1));
    expect(small.usage.entries).toBe(2);
    expect(small.get("a")).toBeUndefined();
  });

  test("a real comparison of two seed statements is sized in tens of KB (its texts, rows and cells), not bytes", async () => {
    const before = cache.comparisonCache.usage;
    expect(before.entries).toBeGreaterThan(0);
    expect(before.bytes / before.entries).toBeGreaterThan(20_000);
  });
});

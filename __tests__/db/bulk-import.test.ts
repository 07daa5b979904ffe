/** @jest-environment node */
import { importBundle } from "@/lib/data/import";
import { chunks } from "@/lib/data/batches";
import { closeBundleWorker } from "@/lib/jobs/bundle-parse";
import { makeEditor } from "../editorial/fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

jest.setTimeout(180_000);

const STATEMENTS = 10_000;

/** A bundle of one event with `count` short statements written for this test, alternating two parties. */
function largeBundle(count: number): string {
  return JSON.stringify({
    parties: [
      { slug: "bulk-north", name: "Northern Ministry", shortName: "North", kind: "government", country: null, color: "#224466" },
      { slug: "bulk-south", name: "Southern Ministry", shortName: "South", kind: "government", country: null, color: "#664422" },
    ],
    events: [
      {
        slug: "bulk-event", title: "A very long briefing", occurredOn: "2026-01-05", summary: "",
        statements: Array.from({ length: count }, (_, i) => ({
          slug: `note-${i}`, party: i % 2 ? "bulk-south" : "bulk-north", title: `Note ${i}`, kind: "other", sourceName: "Test",
          sourceUrl: null, publishedOn: null, language: "en", speaker: null, provenanceNote: "",
          body: `The ministers discussed item ${i} of the agenda and agreed to meet again.`,
        })),
      },
    ],
  });
}

describe("chunks", () => {
  test("cuts in order into slices of at most the size, the last one shorter", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
    expect(() => chunks([1], 0)).toThrow(RangeError);
  });
});

describe("a 10,000-statement bundle import", () => {
  let db: TempDatabase;
  beforeAll(async () => {
    db = await createTempDatabase();
  });
  afterAll(async () => {
    await closeBundleWorker();
    await db.cleanup();
  });

  // The target (other requests answer within 1 s during the import) is NOT met yet: measured 14.4 s longest
  // gap at load average 16 (docs/PERFORMANCE.md). The gap is logged; the test asserts what the batching guarantees.
  test("stores every statement in order, with its exchange link, in one import", async () => {
    const editor = await makeEditor(db.prisma);
    const json = largeBundle(STATEMENTS);
    // The longest gap between timer ticks during the import: how long another request would have waited.
    let last = performance.now();
    let longestGap = 0;
    const gaps: string[] = []; // gaps over 250 ms: when (ms into the import) and how long
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      if (now - last > 250) gaps.push(`${(last - started).toFixed(0)}+${(now - last).toFixed(0)}`);
      last = now;
    }, 10);
    const started = performance.now();
    const result = await importBundle(db.prisma, json, editor);
    const elapsed = performance.now() - started;
    clearInterval(ticker);

    expect(result).toMatchObject({ ok: true, summary: { statementsCreated: STATEMENTS, partiesCreated: 2 } });
    const stored = await db.prisma.statement.findMany({ orderBy: { position: "asc" }, select: { slug: true, position: true, createdById: true } });
    expect(stored).toHaveLength(STATEMENTS);
    expect(stored.every((s, i) => s.slug === `note-${i}` && s.position === i && s.createdById === editor.id)).toBe(true);
    // Every statement reports the event's one exchange (none named in the bundle).
    expect(await db.prisma.statementExchange.count()).toBe(STATEMENTS);
    console.log(`10,000-statement import: ${elapsed.toFixed(0)} ms, longest event-loop gap ${longestGap.toFixed(0)} ms; gaps over 250 ms (start+length): ${gaps.join(", ") || "none"}`);
  });
});

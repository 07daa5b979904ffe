/** @jest-environment node */
import { parseBundle } from "@/lib/editorial/parse-bundle";
import { closeBundleWorker, parseBundleOffThread } from "@/lib/jobs/bundle-parse";

jest.setTimeout(120_000);

// Test texts written for this test.
function bundle(count: number, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    parties: [{ slug: "east", name: "Eastern Office", shortName: "East", kind: "government", country: null, color: "#225588" }],
    events: [
      {
        slug: "harbour-talks", title: "Harbour talks", occurredOn: "2026-02-03", summary: "",
        statements: Array.from({ length: count }, (_, i) => ({
          slug: `line-${i}`, party: "east", title: `Line ${i}`, kind: "other", sourceName: "Test", sourceUrl: null, publishedOn: null,
          language: "en", speaker: null, provenanceNote: "", body: `The delegates reviewed harbour berth ${i} and set a date.`, ...overrides,
        })),
      },
    ],
  });
}

afterAll(() => closeBundleWorker());

describe("parseBundleOffThread: the bundle validated in a worker thread", () => {
  test("gives parseBundle's answer: the same bundle, and the same problems with their paths", async () => {
    const good = bundle(3);
    expect(await parseBundleOffThread(good)).toEqual(parseBundle(good));
    const bad = bundle(2, { publishedOn: "2026-02-30", kind: "rumour" });
    const answer = await parseBundleOffThread(bad);
    expect(answer).toEqual(parseBundle(bad));
    expect(answer.ok).toBe(false);
    expect(answer.ok ? [] : answer.problems).toHaveLength(4);
    expect(await parseBundleOffThread("{not json")).toEqual(parseBundle("{not json"));
  });

  test("the request thread keeps running while 10,000 statements are validated", async () => {
    const json = bundle(10_000);
    await parseBundleOffThread(bundle(1)); // the worker started and compiled
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const answer = await parseBundleOffThread(json);
    clearInterval(ticker);
    expect(answer.ok && answer.bundle.events[0].statements).toHaveLength(10_000);
    // Inline, parseBundle would hold the thread for the whole parse: no tick at all.
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});

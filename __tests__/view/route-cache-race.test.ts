/**
 * @jest-environment node
 */
// Why the reading cache needs a write generation in its key (lib/view/write-generation.ts): Next 16's route cache
// stamps an entry with the time it is STORED (FileSystemCache.set: lastModified = Date.now()), and revalidatePath
// expires only entries stored before it (tags-manifest: expiredAt > lastModified). So a render that began before a
// write — reading the old rows — and is stored after the write's revalidatePath is served as fresh until the 300 s
// backstop. This drives Next's own cache (no mocks) through that order of events, and then the same order with the
// proxy's generation-keyed addresses.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { queryToSegment } from "@/lib/view/event-page-key";
import { bumpWriteGeneration, currentWriteGeneration } from "@/lib/view/write-generation";

const LAYOUT_TAG = "_N_T_/layout"; // what revalidatePath("/", "layout") expires
const CTX = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false } as const;

function page(html: string, key: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(html),
    headers: { "x-next-cache-tags": `${LAYOUT_TAG},_N_T_${key}` },
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function newCache() {
  tagsManifest.clear();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Next's internal cache handler is untyped here
  return new (FileSystemCache as any)({ fs: undefined, flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [], maxMemoryCacheSize: 1 << 20 });
}

describe("Next's route cache and a render that spans a write", () => {
  test("an entry stored before revalidation is expired by it (the case revalidatePath handles)", async () => {
    const cache = newCache();
    const key = "/events/e/view/-";
    await cache.set(key, page("old text", key), { ...CTX, cacheControl: { revalidate: 300, expire: 3600 } });
    await tick();
    await cache.revalidateTag([LAYOUT_TAG]);
    await tick();
    expect(await cache.get(key, CTX)).toBeNull();
  });

  test("with one key per query, a render begun before the write and stored after it is served as fresh (the fault)", async () => {
    const cache = newCache();
    const key = "/events/e/view/-";
    const html = "old text"; // the render read the rows before the write committed …
    await tick();
    await cache.revalidateTag([LAYOUT_TAG]); // … the write commits and revalidates …
    await tick();
    await cache.set(key, page(html, key), { ...CTX, cacheControl: { revalidate: 300, expire: 3600 } }); // … the render is stored
    const served = await cache.get(key, CTX);
    expect(served?.value.html).toBe("old text");
  });

  test("with the write generation in the key, the late render lands on a key no reader is sent to after the write", async () => {
    const cache = newCache();
    const before = `/events/e/view/${queryToSegment("", currentWriteGeneration())}`; // the proxy's address when the render began
    await tick();
    bumpWriteGeneration(); // the write commits: revalidateReadingViews() bumps, then revalidates
    await cache.revalidateTag([LAYOUT_TAG]);
    await tick();
    await cache.set(before, page("old text", before), { ...CTX, cacheControl: { revalidate: 300, expire: 3600 } });
    const after = `/events/e/view/${queryToSegment("", currentWriteGeneration())}`; // where the proxy sends the next reader
    expect(after).not.toBe(before);
    expect(await cache.get(after, CTX)).toBeNull(); // a miss: rendered from the committed rows
  });
});

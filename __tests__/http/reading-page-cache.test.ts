/**
 * @jest-environment node
 */
// The micro-cache in front of Next (scripts/serve.ts): a real HTTP server on 127.0.0.1 runs withReadingPageCache over
// a stand-in for Next that answers like Next's route cache does (x-nextjs-cache, ETag, Cache-Control) from a text the
// test changes, as a save would. Asserted: copies are served only for the generation they were made in, a render
// that spans a save is never kept, an editor's request or a personal answer is never kept or served, encodings are
// kept apart, the internal cached route is refused.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ReadingPageCache, isKeepableAnswer, readingPageCacheKey } from "@/lib/http/reading-page-cache";
import { PAGE_CACHE_HEADER, isInternalRoutePath, withReadingPageCache, type RequestHandler } from "@/lib/http/reading-page-handler";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";

const EVENT = "/events/a-call";

interface Stage {
  text: string;
  generation: number;
  calls: string[];
  /** Held answers: the stand-in waits for this before it answers (to let a save happen mid-render). */
  gate: Promise<void> | null;
  extraHeaders: Record<string, string>;
  /** Called when a render has read the text. */
  onRead: () => void;
}

function standIn(stage: Stage): RequestHandler {
  return async (request, response) => {
    stage.calls.push(request.url ?? "");
    if (request.url === "/_readout/internal-route-not-found") {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    const text = stage.text; // the render reads the data when it starts
    const gate = stage.gate;
    stage.onRead();
    if (gate) await gate;
    const editor = (request.headers.cookie ?? "").includes(SESSION_COOKIE_NAME);
    response.setHeader("content-type", "text/html; charset=utf-8");
    if (!editor) response.setHeader("x-nextjs-cache", "HIT"); // the editor's dynamic page has none
    response.setHeader("cache-control", editor ? "private, no-cache, no-store" : "s-maxage=300, stale-while-revalidate=3300");
    response.setHeader("etag", `"${Buffer.from(text).toString("hex").slice(0, 16)}"`);
    for (const [name, value] of Object.entries(stage.extraHeaders)) response.setHeader(name, value);
    const body = `<main>${text}${editor ? " (editor view)" : ""}</main>`;
    response.write(body.slice(0, 5));
    response.end(body.slice(5));
  };
}

async function serve(stage: Stage, cache = new ReadingPageCache()) {
  const handler = withReadingPageCache(standIn(stage), cache, () => `gen_${stage.generation}`);
  const server = http.createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}${path}`, { headers });
    return { status: response.status, text: await response.text(), hit: response.headers.get(PAGE_CACHE_HEADER) === "hit", etag: response.headers.get("etag") };
  };
  return { server, get, cache, close: () => new Promise((resolve) => server.close(resolve)) };
}

function newStage(text = "first text"): Stage {
  return { text, generation: 0, calls: [], gate: null, extraHeaders: {}, onRead: () => {} };
}

describe("readingPageCacheKey", () => {
  const base = { method: "GET", url: EVENT, headers: {} };
  test("anonymous GET/HEAD of an event page with the page's own query names is cacheable, keyed by URL and encoding", () => {
    expect(readingPageCacheKey(base)).toBe(` ${EVENT}`);
    expect(readingPageCacheKey({ ...base, method: "HEAD", url: `${EVENT}?view=coverage` })).toBe(` ${EVENT}?view=coverage`);
    expect(readingPageCacheKey({ ...base, headers: { "accept-encoding": "gzip, deflate, br" } })).toBe(`gzip,deflate,br ${EVENT}`);
  });
  test("everything else goes to Next", () => {
    expect(readingPageCacheKey({ ...base, method: "POST" })).toBeNull();
    expect(readingPageCacheKey({ ...base, url: "/about" })).toBeNull();
    expect(readingPageCacheKey({ ...base, url: `${EVENT}/export/csv` })).toBeNull();
    expect(readingPageCacheKey({ ...base, url: `${EVENT}?made=up` })).toBeNull();
    expect(readingPageCacheKey({ ...base, url: `${EVENT}?_rsc=abc` })).toBeNull();
    expect(readingPageCacheKey({ ...base, headers: { rsc: "1" } })).toBeNull();
    expect(readingPageCacheKey({ ...base, headers: { "next-router-prefetch": "1" } })).toBeNull();
    expect(readingPageCacheKey({ ...base, headers: { range: "bytes=0-10" } })).toBeNull();
    expect(readingPageCacheKey({ ...base, headers: { cookie: `theme=dark; ${SESSION_COOKIE_NAME}=sealed` } })).toBeNull();
    expect(readingPageCacheKey({ ...base, headers: { cookie: "__prerender_bypass=1" } })).toBeNull();
    expect(readingPageCacheKey({ ...base, headers: { "accept-encoding": "x".repeat(101) } })).toBeNull();
    // Another cookie does not make the page personal (the proxy decides by the session cookie alone).
    expect(readingPageCacheKey({ ...base, headers: { cookie: "theme=dark" } })).toBe(` ${EVENT}`);
  });
});

describe("isKeepableAnswer", () => {
  const fresh = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=300, stale-while-revalidate=3300" };
  test("only a fresh hit of Next's route cache, without cookies, not private", () => {
    expect(isKeepableAnswer(200, fresh)).toBe(true);
    expect(isKeepableAnswer(200, { ...fresh, "x-nextjs-cache": "MISS" })).toBe(false);
    expect(isKeepableAnswer(200, { ...fresh, "x-nextjs-cache": "STALE" })).toBe(false);
    expect(isKeepableAnswer(200, { "cache-control": fresh["cache-control"] })).toBe(false);
    expect(isKeepableAnswer(404, fresh)).toBe(false);
    expect(isKeepableAnswer(200, { ...fresh, "set-cookie": ["a=b"] })).toBe(false);
    expect(isKeepableAnswer(200, { ...fresh, "cache-control": "private, no-cache, no-store" })).toBe(false);
  });
});

describe("ReadingPageCache", () => {
  const page = (bytes: number) => ({ status: 200, headers: {}, body: Buffer.alloc(bytes) });
  test("a new generation drops every copy of the old one", () => {
    const cache = new ReadingPageCache();
    cache.set("g1", "k", page(10));
    expect(cache.get("g1", "k")?.body.length).toBe(10);
    expect(cache.get("g2", "k")).toBeNull();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    expect(cache.get("g1", "k")).toBeNull();
  });
  test("copies expire after maxAgeMs; least recently used go first past maxBytes or maxEntries", () => {
    let now = 0;
    const cache = new ReadingPageCache({ maxBytes: 400, maxEntries: 3, maxAgeMs: 1000, now: () => now });
    cache.set("g", "a", page(100));
    cache.set("g", "b", page(100));
    cache.set("g", "c", page(100));
    expect(cache.get("g", "a")).not.toBeNull(); // a is now the most recent
    cache.set("g", "d", page(100)); // 4 entries > 3: b goes
    expect(cache.get("g", "b")).toBeNull();
    expect(cache.size).toEqual({ entries: 3, bytes: 300 });
    expect(cache.get("g", "a")).not.toBeNull(); // order now c, d, a
    cache.set("g", "e", page(100)); // c goes (least recently used)
    cache.set("g", "f", page(100)); // … and d
    expect(cache.size).toEqual({ entries: 3, bytes: 300 });
    expect(cache.get("g", "c")).toBeNull();
    expect(cache.get("g", "d")).toBeNull();
    expect(cache.get("g", "a")).not.toBeNull();
    cache.set("g", "big", page(101)); // over maxBytes / 4: not kept
    expect(cache.get("g", "big")).toBeNull();
    now = 1001;
    expect(cache.get("g", "a")).toBeNull();
    expect(cache.size).toEqual({ entries: 2, bytes: 200 });
  });
});

describe("withReadingPageCache over a real HTTP server", () => {
  test("the second anonymous read is served from the copy; a save (new generation) is seen at once", async () => {
    const stage = newStage();
    const { get, close } = await serve(stage);
    try {
      expect(await get(EVENT)).toMatchObject({ status: 200, text: "<main>first text</main>", hit: false });
      const second = await get(EVENT);
      expect(second).toMatchObject({ status: 200, text: "<main>first text</main>", hit: true });
      expect(stage.calls).toEqual([EVENT]); // the first answer was a route-cache HIT already in this stand-in
      expect(await get(EVENT, { "If-None-Match": second.etag! })).toMatchObject({ status: 304, text: "", hit: true });
      stage.text = "saved text";
      stage.generation++; // the save's bumpWriteGeneration
      expect(await get(EVENT)).toMatchObject({ text: "<main>saved text</main>", hit: false });
      expect(await get(EVENT)).toMatchObject({ text: "<main>saved text</main>", hit: true });
    } finally {
      await close();
    }
  });

  test("a render that began before a save and ends after it is not kept, so it is never served afterwards", async () => {
    const stage = newStage();
    const { get, close } = await serve(stage);
    try {
      let release!: () => void;
      stage.gate = new Promise((resolve) => (release = resolve));
      const read = new Promise<void>((resolve) => (stage.onRead = resolve));
      const slow = get(EVENT); // reads "first text", then waits
      await read;
      stage.text = "saved text";
      stage.generation++;
      stage.gate = null;
      release();
      expect((await slow).text).toBe("<main>first text</main>"); // in flight across the save: the old page, once
      expect(await get(EVENT)).toMatchObject({ text: "<main>saved text</main>", hit: false });
      expect(await get(EVENT)).toMatchObject({ text: "<main>saved text</main>", hit: true });
    } finally {
      await close();
    }
  });

  test("an editor's request is neither served from nor stored in the copy; a cookie-setting answer is not kept", async () => {
    const stage = newStage();
    const { get, close } = await serve(stage);
    try {
      const editor = { cookie: `${SESSION_COOKIE_NAME}=sealed` };
      expect(await get(EVENT, editor)).toMatchObject({ text: "<main>first text (editor view)</main>", hit: false });
      expect(await get(EVENT, editor)).toMatchObject({ text: "<main>first text (editor view)</main>", hit: false });
      expect(await get(EVENT)).toMatchObject({ text: "<main>first text</main>", hit: false });
      expect(await get(EVENT, editor)).toMatchObject({ text: "<main>first text (editor view)</main>", hit: false }); // after a copy exists
      stage.extraHeaders = { "set-cookie": "flash=1" };
      expect(await get(`${EVENT}?view=coverage`)).toMatchObject({ hit: false });
      expect(await get(`${EVENT}?view=coverage`)).toMatchObject({ hit: false });
    } finally {
      await close();
    }
  });

  test("encodings are kept apart, and the internal cached route is refused before Next routes it", async () => {
    const stage = newStage();
    const { get, close } = await serve(stage);
    try {
      await get(EVENT, { "Accept-Encoding": "identity" });
      expect((await get(EVENT, { "Accept-Encoding": "identity" })).hit).toBe(true);
      expect((await get(EVENT, { "Accept-Encoding": "gzip" })).hit).toBe(false);
      expect(await get(`${EVENT}/view/gen_0~-`)).toMatchObject({ status: 404, text: "not found" });
      expect(stage.calls.slice(-1)).toEqual(["/_readout/internal-route-not-found"]);
    } finally {
      await close();
    }
  });
});

describe("isInternalRoutePath", () => {
  test("the cached route under any event, with or without a key; not the event page or its other routes", () => {
    expect(isInternalRoutePath("/events/a/view/mx4_0~-")).toBe(true);
    expect(isInternalRoutePath("/events/a/view")).toBe(true);
    expect(isInternalRoutePath("/events/a/view/x?y=1")).toBe(true);
    expect(isInternalRoutePath("/events/a")).toBe(false);
    expect(isInternalRoutePath("/events/a?view=coverage")).toBe(false);
    expect(isInternalRoutePath("/events/a/export/csv")).toBe(false);
    expect(isInternalRoutePath("/events/view")).toBe(false);
  });
});

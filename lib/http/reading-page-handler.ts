import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { isKeepableAnswer, pageHeaders, readingPageCacheKey, type ReadingPageCache } from "./reading-page-cache";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** Header on answers served by the micro-cache (`hit`), for benchmarks, tests and a reverse proxy's logs. */
export const PAGE_CACHE_HEADER = "x-readout-page-cache";

/**
 * The cached event page's route (`/events/<slug>/view/<key>`, app/events/[slug]/view/[state]) is internal: proxy.ts
 * rewrites to it inside the process. Asked over HTTP — by a client, or by Next's own proxy when it takes a rewrite
 * for another origin (the "double hop", lib/http/next-hostname.ts) — it is not found. So a rewrite that goes out over
 * HTTP again breaks the event page loudly (404) instead of silently costing a second request.
 */
export function isInternalRoutePath(url: string): boolean {
  const pathname = url.split("?")[0];
  return /^\/events\/[^/]+\/view(\/|$)/.test(pathname);
}

/** Copies what `response` sends (status, headers, body bytes as written) and calls `done` when it has finished. */
function recordAnswer(response: ServerResponse, maxBytes: number, done: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let keepable = true;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!keepable || chunk === undefined || chunk === null || typeof chunk === "function") return;
    let copy: Buffer;
    if (typeof chunk === "string") copy = Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    else if (chunk instanceof Uint8Array) copy = Buffer.from(chunk); // a copy: the writer may reuse its buffer
    else return void (keepable = false);
    bytes += copy.length;
    if (bytes > maxBytes) {
      keepable = false;
      chunks.length = 0;
    } else chunks.push(copy);
  };
  const { write, end, writeHead } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  // Headers passed to writeHead are not all visible through getHeaders(): set them one by one first.
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest[rest.length - 1];
    if (Array.isArray(headers)) keepable = false;
    else if (headers && typeof headers === "object") {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string | string[] | number);
      rest = rest.slice(0, -1);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.on("finish", () => {
    if (keepable) done(response.statusCode, response.getHeaders(), Buffer.concat(chunks));
  });
}

function etagMatches(ifNoneMatch: string | undefined, etag: unknown): boolean {
  if (!ifNoneMatch || typeof etag !== "string") return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * Wraps Next's request handler: direct requests for the internal cached route are sent to Next as an unknown path
 * (its 404 page); anonymous GET/HEADs of event pages are answered from `cache` when it holds a copy for the current
 * write generation (with 304 for a matching If-None-Match), and otherwise passed to Next, whose answer is kept when
 * isKeepableAnswer allows and the generation has not changed meanwhile. `currentGeneration` is
 * lib/view/write-generation's currentWriteGeneration (a parameter so tests can drive it).
 */
export function withReadingPageCache(next: RequestHandler, cache: ReadingPageCache, currentGeneration: () => string): RequestHandler {
  return (request, response) => {
    if (isInternalRoutePath(request.url ?? "")) {
      request.url = "/_readout/internal-route-not-found";
      return next(request, response);
    }
    const key = readingPageCacheKey(request);
    if (key === null) return next(request, response);
    const generation = currentGeneration();
    const page = cache.get(generation, key);
    if (page) {
      const notModified = etagMatches(request.headers["if-none-match"], page.headers["etag"]);
      response.writeHead(notModified ? 304 : page.status, { ...page.headers, [PAGE_CACHE_HEADER]: "hit", ...(notModified ? {} : { "content-length": page.body.length }) });
      response.end(notModified || request.method === "HEAD" ? undefined : page.body);
      return;
    }
    if (request.method === "GET") {
      recordAnswer(response, 16 * 1024 * 1024, (status, headers, body) => {
        if (currentGeneration() === generation && isKeepableAnswer(status, headers)) cache.set(generation, key, { status, headers: pageHeaders(headers), body });
      });
    }
    return next(request, response);
  };
}

import { isNotModified, validatorHeaders, type Validators } from "./conditional";

/**
 * Rendered answers (exports, API JSON) kept by key, least recently used first out, bounded by entries and bytes.
 * The key includes the event's content version (lib/view/event-content-version.ts) and the view's parameters, so
 * an entry is never stale: a write changes the version and the old entry simply stops being asked for.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { body: Uint8Array; headers: [string, string][] }>();
  private totalBytes = 0;

  constructor(
    readonly maxEntries = 256,
    /** Bytes; a rendered export of a large event is a few MB. */
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string) {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, body: Uint8Array, headers: [string, string][]): void {
    this.delete(key);
    if (body.byteLength > this.maxBytes) return;
    this.entries.set(key, { body, headers });
    this.totalBytes += body.byteLength;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.body.byteLength;
  }

  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.totalBytes };
  }
}

const globalForCache = globalThis as unknown as { readoutResponseCache?: ResponseCache };
export const responseCache = (globalForCache.readoutResponseCache ??= new ResponseCache());

/**
 * A GET answer served from cache: 304 when the client's copy is current (If-None-Match / If-Modified-Since), the
 * kept body when this ETag was rendered before, else `render()`'s answer — kept when it is a 200. Every answer
 * carries ETag, Last-Modified and `Cache-Control: public, no-cache` (a CDN or proxy may keep it but revalidates).
 */
export async function cachedResponse(
  request: Request,
  validators: Validators,
  render: () => Promise<Response> | Response,
  cache = responseCache,
): Promise<Response> {
  const validation = validatorHeaders(validators);
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers: validation });
  const hit = cache.get(validators.etag);
  if (hit) return new Response(hit.body as BodyInit, { status: 200, headers: [...hit.headers, ...Object.entries(validation), ["X-Readout-Cache", "hit"]] });
  const rendered = await render();
  if (rendered.status !== 200) return rendered;
  const body = new Uint8Array(await rendered.arrayBuffer());
  const headers = [...rendered.headers].filter(([name]) => !(name.toLowerCase() in LOWER_VALIDATION));
  cache.set(validators.etag, body, headers);
  return new Response(body as BodyInit, { status: 200, headers: [...headers, ...Object.entries(validation), ["X-Readout-Cache", "miss"]] });
}

const LOWER_VALIDATION: Record<string, true> = { etag: true, "last-modified": true, "cache-control": true };

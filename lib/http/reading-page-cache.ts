import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { SESSION_COOKIE_NAME } from "../auth/session-cookie";
import { isCacheableQuery } from "../view/event-page-key";

/**
 * A micro-cache in front of Next for anonymous readers' event pages (like nginx's proxy_cache in front of an app):
 * a copy of the answer Next served from its route cache, kept in memory per (write generation, URL, Accept-Encoding)
 * and answered without entering Next (scripts/serve.ts). Next's route cache stays the source of truth; this only
 * saves its per-request work (routing, proxy.ts, the cache lookup, hashing the page for its ETag). Why it never
 * serves a stale page after a save: every key holds the write generation read when the request arrived
 * (lib/view/write-generation.ts), a save in this process starts a new one (and the cache drops every other
 * generation's copies), and only answers that Next marked as fresh hits of its route cache (`x-nextjs-cache: HIT`)
 * are kept — a render Next began before the save is keyed by the old generation. Writes this process does not see
 * (another instance, scripts/watch.ts) are bounded by Next's own 300 s backstop plus this cache's maxAgeMs.
 * Never an editor's page: a request with the session cookie (or a preview cookie) is not cached, and neither is an
 * answer that sets a cookie or is marked private/no-store.
 */

/** Request headers that change what Next answers for the same URL (its `Vary`, the client router's RSC requests). */
const VARYING_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range"];

/** Cookies after which Next or the app answer differently: the editor's session, Next's draft/preview mode. */
const PERSONAL_COOKIES = new Set([SESSION_COOKIE_NAME, "__prerender_bypass", "__next_preview_data"]);

/** Longest Accept-Encoding kept apart in the key (browsers send ~25 characters); longer ones are not cached. */
const ACCEPT_ENCODING_MAX_CHARS = 100;

/** The event page's path, as proxy.ts's matcher `/events/:slug` has it. */
const EVENT_PAGE_PATH = /^\/events\/[^/]+$/;

function cookieNames(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(";").map((part) => part.split("=")[0].trim());
}

/**
 * The cache key of a request (method + URL + Accept-Encoding, without the generation), or null when the request must
 * go to Next: not a GET/HEAD of `/events/<slug>`, a query proxy.ts does not cache (isCacheableQuery), the client
 * router's `_rsc` or RSC headers, a Range, the session or a preview cookie, an over-long Accept-Encoding.
 */
export function readingPageCacheKey(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  const cut = url.indexOf("?");
  const pathname = cut < 0 ? url : url.slice(0, cut);
  const search = cut < 0 ? "" : url.slice(cut + 1);
  if (!EVENT_PAGE_PATH.test(pathname)) return null;
  if (new URLSearchParams(search).has("_rsc") || !isCacheableQuery(search)) return null;
  for (const name of VARYING_REQUEST_HEADERS) if (request.headers[name] !== undefined) return null;
  if (cookieNames(request.headers.cookie).some((name) => PERSONAL_COOKIES.has(name))) return null;
  const encoding = String(request.headers["accept-encoding"] ?? "").replace(/\s+/g, "").toLowerCase();
  if (encoding.length > ACCEPT_ENCODING_MAX_CHARS) return null;
  return `${encoding} ${url}`;
}

/** A kept answer: status, headers as Next sent them (without the per-connection ones) and the body as sent. */
export interface CachedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
}

/** Headers that belong to one connection or one answer, not to the page. */
const PER_ANSWER_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/**
 * True when Next's answer may be kept: 200, served fresh from Next's route cache (`x-nextjs-cache: HIT`), no
 * Set-Cookie, not private or no-store. Headers are Node's lower-cased names.
 */
export function isKeepableAnswer(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || String(headers["x-nextjs-cache"] ?? "") !== "HIT" || headers["set-cookie"] !== undefined) return false;
  return !/\b(private|no-store)\b/i.test(String(headers["cache-control"] ?? ""));
}

/** The headers to replay from a kept answer (per-connection ones left out). */
export function pageHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !PER_ANSWER_HEADERS.has(name)) kept[name] = value;
  return kept;
}

export interface ReadingPageCacheOptions {
  /** Bytes of bodies kept in all (default 64 MB); the least recently used go first. */
  maxBytes?: number;
  /** Entries kept at most (default 512). */
  maxEntries?: number;
  /** How long a copy is served (ms, default 10,000): bounds what it adds to Next's 300 s backstop. */
  maxAgeMs?: number;
  /** The clock (ms); tests pass their own. */
  now?: () => number;
}

/** The in-memory store: one write generation at a time, LRU by bytes and entries, each copy for maxAgeMs. */
export class ReadingPageCache {
  private readonly entries = new Map<string, CachedPage>();
  private generation = "";
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: ReadingPageCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxEntries = options.maxEntries ?? 512;
    this.maxAgeMs = options.maxAgeMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Entries and body bytes held now. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Drops every copy when the generation is not the one held (a save happened): old copies are never served. */
  private enter(generation: string): void {
    if (generation === this.generation) return;
    this.entries.clear();
    this.bytes = 0;
    this.generation = generation;
  }

  /** The copy for `key` under `generation`, or null (none, or older than maxAgeMs). */
  get(generation: string, key: string): CachedPage | null {
    this.enter(generation);
    const page = this.entries.get(key);
    if (!page) return null;
    this.entries.delete(key);
    if (this.now() - page.storedAt > this.maxAgeMs) {
      this.bytes -= page.body.length;
      return null;
    }
    this.entries.set(key, page); // most recently used last
    return page;
  }

  /** Keeps a copy under `generation` (ignored when larger than maxBytes / 4), evicting the least recently used. */
  set(generation: string, key: string, page: Omit<CachedPage, "storedAt">): void {
    this.enter(generation);
    if (page.body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
    }
    this.entries.set(key, { ...page, storedAt: this.now() });
    this.bytes += page.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes && this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}

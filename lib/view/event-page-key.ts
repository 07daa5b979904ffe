import { isWriteGeneration } from "./write-generation";

/**
 * The event page's URL query and the write generation (lib/view/write-generation.ts) packed into one path segment and
 * back, so the proxy can rewrite `/events/<slug>?<query>` to the cached route `/events/<slug>/view/<segment>`: one
 * cache entry per (generation, query), so a page rendered before a write is never the one served after it.
 * Segment: `<generation>~<query>`, the query being "-" when empty, else the query string in base64url (no "/", "=" or
 * "~" to escape).
 */
export function queryToSegment(search: string, generation: string): string {
  if (!isWriteGeneration(generation)) throw new Error(`Not a write generation: "${generation}"`);
  const query = search.startsWith("?") ? search.slice(1) : search;
  return `${generation}~${query ? Buffer.from(query, "utf8").toString("base64url") : "-"}`;
}

/** A segment of the cached route that queryToSegment did not make. */
export class MalformedPageKeyError extends Error {}

const QUERY_PART = /^(-|[A-Za-z0-9_-]+)$/;

/**
 * The inverse of queryToSegment: the generation, and the query with names of one value mapped to a string, repeated
 * names to the array of values. Throws MalformedPageKeyError for a segment without a well-formed generation and query.
 */
export function segmentToQuery(segment: string): { generation: string; query: Record<string, string | string[]> } {
  const decoded = decodeURIComponent(segment);
  const cut = decoded.indexOf("~");
  const generation = cut < 0 ? "" : decoded.slice(0, cut);
  const packed = cut < 0 ? "" : decoded.slice(cut + 1);
  if (!isWriteGeneration(generation) || !QUERY_PART.test(packed)) throw new MalformedPageKeyError(`Not an event page key: "${segment}"`);
  const text = packed === "-" ? "" : Buffer.from(packed, "base64url").toString("utf8");
  // A Map, then fromEntries: names such as "constructor" or "__proto__" stay plain own keys.
  const query = new Map<string, string | string[]>();
  for (const [name, value] of new URLSearchParams(text)) {
    const seen = query.get(name);
    query.set(name, seen === undefined ? value : [seen, value].flat());
  }
  return { generation, query: Object.fromEntries(query) };
}

/** The event page's own query names (lib/view/event-view-state.ts, plus `q`, the search words to mark). */
const EVENT_QUERY_NAMES = new Set(["view", "show", "statement", "base", "filter", "only", "all", "sort", "threshold", "exchange", "verdict", "a", "b", "mode", "page", "q"]);

/** Longest query (characters) served from the route cache; longer ones are rendered each time. */
export const CACHEABLE_QUERY_MAX_CHARS = 512;

/**
 * True when the event page for this query may come from (and be stored in) the route cache: only the page's own
 * names, each at most once, and a bounded length — so made-up parameters cannot fill the cache's disk with copies.
 */
export function isCacheableQuery(search: string): boolean {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > CACHEABLE_QUERY_MAX_CHARS) return false;
  const seen = new Set<string>();
  for (const [name] of new URLSearchParams(query)) {
    if (!EVENT_QUERY_NAMES.has(name) || (seen.has(name) && name !== "statement")) return false;
    seen.add(name);
  }
  return true;
}

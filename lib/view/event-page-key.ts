/**
 * The event page's URL query packed into one path segment and back, so the proxy can rewrite
 * `/events/<slug>?<query>` to the cached route `/events/<slug>/view/<segment>`: one cache entry per query.
 * The empty query is "-"; anything else is the query string in base64url (no "/" or "=" to escape).
 */
export function queryToSegment(search: string): string {
  const query = search.startsWith("?") ? search.slice(1) : search;
  return query ? Buffer.from(query, "utf8").toString("base64url") : "-";
}

/** The inverse of queryToSegment: names with one value map to a string, repeated names to the array of values. */
export function segmentToQuery(segment: string): Record<string, string | string[]> {
  const text = segment === "-" ? "" : Buffer.from(decodeURIComponent(segment), "base64url").toString("utf8");
  // A Map, then fromEntries: names such as "constructor" or "__proto__" stay plain own keys.
  const query = new Map<string, string | string[]>();
  for (const [name, value] of new URLSearchParams(text)) {
    const seen = query.get(name);
    query.set(name, seen === undefined ? value : [seen, value].flat());
  }
  return Object.fromEntries(query);
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

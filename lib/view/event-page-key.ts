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
